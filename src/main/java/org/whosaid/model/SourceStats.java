package org.whosaid.model;

/** A source with how many active statements it has and in how many articles. */
public record SourceStats(Source source, int statements, int articles) {
}
