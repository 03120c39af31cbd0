package org.whosaid.model;

/** A stored topic with its key, label and how many active statements answer it. */
public record Topic(long id, String key, String label, int statementCount) {
}
