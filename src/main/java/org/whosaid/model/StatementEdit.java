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

    /**
     * The same coding, whoever made it: the origin aside, a blank note is no note, and tags are compared as the
     * library stores them (in no particular order, blank ones dropped, one per name whatever its case).
     */
    public boolean sameCoding(StatementEdit other) {
        return kind == other.kind && java.util.Objects.equals(sourceId, other.sourceId) && stance == other.stance
                && java.util.Objects.equals(topic, other.topic) && tagSet(tags).equals(tagSet(other.tags))
                && java.util.Objects.equals(blankToNull(note), blankToNull(other.note)) && status == other.status;
    }

    private static java.util.Set<String> tagSet(List<String> tags) {
        java.util.Set<String> set = new java.util.HashSet<>();
        tags.stream().filter(t -> !t.isBlank()).forEach(t -> set.add(t.strip().toLowerCase(java.util.Locale.ROOT)));
        return set;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
