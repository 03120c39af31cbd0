package org.whosaid.model;

/** Whether a statement counts, or a reader rejected it (kept so re-analysis does not bring it back). */
public enum Status {
    ACTIVE, REJECTED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Status fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
