package org.whosaid.app;

import org.whosaid.app.common.NameScript;

/**
 * What the app remembers between runs: the window's place and size, the theme, the last database, the coder's
 * name (asked on first start; every edit is stamped with it) and the script source names are shown in. Saved as JSON by
 * {@link org.whosaid.service.settings.SettingsFile} beside the database.
 */
public record Settings(double x, double y, double width, double height, boolean maximized, Theme theme,
                       String lastDatabase, String coder, NameScript names) {
    public static final Settings DEFAULTS = new Settings(Double.NaN, Double.NaN, 1280, 820, false, Theme.LIGHT, null,
            null, NameScript.LATIN);

    public Settings {
        width = width < 400 || Double.isNaN(width) ? 1280 : width;
        height = height < 300 || Double.isNaN(height) ? 820 : height;
        theme = theme == null ? Theme.LIGHT : theme;
        coder = coder == null || coder.isBlank() ? null : coder.strip();
        names = names == null ? NameScript.LATIN : names; // a settings file from before the choice existed
    }

    public Settings withTheme(Theme value) {
        return new Settings(x, y, width, height, maximized, value, lastDatabase, coder, names);
    }

    public Settings withWindow(double newX, double newY, double newWidth, double newHeight, boolean isMaximized) {
        return new Settings(newX, newY, newWidth, newHeight, isMaximized, theme, lastDatabase, coder, names);
    }

    public Settings withLastDatabase(String value) {
        return new Settings(x, y, width, height, maximized, theme, value, coder, names);
    }

    public Settings withCoder(String value) {
        return new Settings(x, y, width, height, maximized, theme, lastDatabase, value, names);
    }

    public Settings withNames(NameScript value) {
        return new Settings(x, y, width, height, maximized, theme, lastDatabase, coder, value);
    }
}
