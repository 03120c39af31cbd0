package org.whosaid.model;

/** What a statement is: a verbatim quote, a reported claim, or a claim nobody is credited with. */
public enum StatementKind {
    QUOTE, CLAIM, UNATTRIBUTED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static StatementKind fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
