package org.whosaid.model;

/** Who made an annotation: the parser or a person. A user's annotation is never overwritten by re-analysis. */
public enum Origin {
    PARSER, USER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Origin fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
