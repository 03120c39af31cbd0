package org.whosaid.model;

import java.util.List;

/**
 * Attribution figures for one article ({@code articleId} set) or several, up to the whole library
 * ({@code articleId} null): how many statements have a source, the unattributed ones, those resting on vague or
 * anonymous sources, and the voices of each party. The lists may hold only the first of them (a whole-library
 * audit on screen lists the most check-worthy); {@code unattributed} and {@code weakSourceCount} count them all.
 */
public record AuditReport(Long articleId, int articles, int attributed, int unattributed,
                          List<AuditItem> unattributedClaims, List<AuditItem> weakSources, int weakSourceCount,
                          List<PartyVoices> voices) {
    public AuditReport {
        unattributedClaims = List.copyOf(unattributedClaims);
        weakSources = List.copyOf(weakSources);
        voices = List.copyOf(voices);
    }

    public int statements() {
        return attributed + unattributed;
    }

    /** Share of statements credited to a source, 0..1; 1 when there are no statements at all. */
    public double attributedShare() {
        return statements() == 0 ? 1.0 : (double) attributed / statements();
    }
}
