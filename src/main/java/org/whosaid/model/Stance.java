package org.whosaid.model;

/** How a source relates to the content it is credited with. */
public enum Stance {
    ASSERTS, DENIES, QUESTIONS;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Stance fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
