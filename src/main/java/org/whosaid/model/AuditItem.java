package org.whosaid.model;

/**
 * A statement an editor should look at, with why: {@code unattributed}, {@code vague-source} or
 * {@code anonymous-source}.
 */
public record AuditItem(Account account, String reason) {
    public static final String UNATTRIBUTED = "unattributed";
    public static final String VAGUE_SOURCE = "vague-source";
    public static final String ANONYMOUS_SOURCE = "anonymous-source";
}
