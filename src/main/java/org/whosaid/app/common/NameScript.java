package org.whosaid.app.common;

/** How the app shows the names of sources: as the article wrote them (Cyrillic stays Cyrillic) or in Latin script. */
public enum NameScript {
    AS_WRITTEN("as written"), LATIN("in Latin script");

    private final String label;

    NameScript(String label) {
        this.label = label;
    }

    /** The words of the View menu's "Names: …" choice. */
    public String label() {
        return label;
    }
}
