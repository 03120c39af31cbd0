package org.whosaid.model;

/** What kind of speaker a source is. */
public enum SourceKind {
    PERSON, ORGANISATION, GROUP, ANONYMOUS;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SourceKind fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
