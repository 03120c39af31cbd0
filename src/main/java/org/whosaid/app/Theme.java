package org.whosaid.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The two looks of the app: AtlantaFX Primer light and dark. */
public enum Theme {
    LIGHT, DARK;

    public String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public Theme toggled() {
        return this == DARK ? LIGHT : DARK;
    }

    /** "light" or "dark" (as the screenshot command takes it); anything else is light. */
    public static Theme fromName(String name) {
        return "dark".equalsIgnoreCase(name) ? DARK : LIGHT;
    }
}
