package org.whosaid.model;

import java.util.List;

/**
 * The fields of a statement a reader can change, as one value: applying the value saved before an edit undoes it.
 * {@code sourceId} is null for an unattributed statement; {@code topic} is a topic key or null.
 */
public record StatementEdit(StatementKind kind, Long sourceId, Stance stance, String topic, List<String> tags,
                            String note, Status status, Origin origin) {
    public StatementEdit {
        tags = List.copyOf(tags);
    }

    public static StatementEdit of(Statement s) {
        return new StatementEdit(s.kind(), s.sourceId(), s.stance(), s.topic(), s.tags(), s.note(), s.status(),
                s.origin());
    }

    public StatementEdit withKind(StatementKind value) {
        return new StatementEdit(value, sourceId, stance, topic, tags, note, status, Origin.USER);
    }

    public StatementEdit withSource(Long value) {
        return new StatementEdit(kind, value, stance, topic, tags, note, status, Origin.USER);
    }

    public StatementEdit withStance(Stance value) {
        return new StatementEdit(kind, sourceId, value, topic, tags, note, status, Origin.USER);
    }

    public StatementEdit withTopic(String value) {
        return new StatementEdit(kind, sourceId, stance, value, tags, note, status, Origin.USER);
    }

    public StatementEdit withTags(List<String> value) {
        return new StatementEdit(kind, sourceId, stance, topic, value, note, status, Origin.USER);
    }

    public StatementEdit withNote(String value) {
        return new StatementEdit(kind, sourceId, stance, topic, tags, value, status, Origin.USER);
    }

    public StatementEdit withStatus(Status value) {
        return new StatementEdit(kind, sourceId, stance, topic, tags, note, value, Origin.USER);
    }
}
