package org.whosaid.app;

/**
 * What the app remembers between runs: the window's place and size, the theme, the last database, and the coder's
 * name (asked on first start; every edit is stamped with it). Saved as JSON by
 * {@link org.whosaid.service.settings.SettingsFile} beside the database.
 */
public record Settings(double x, double y, double width, double height, boolean maximized, Theme theme,
                       String lastDatabase, String coder) {
    public static final Settings DEFAULTS = new Settings(Double.NaN, Double.NaN, 1280, 820, false, Theme.LIGHT, null,
            null);

    public Settings {
        width = width < 400 || Double.isNaN(width) ? 1280 : width;
        height = height < 300 || Double.isNaN(height) ? 820 : height;
        theme = theme == null ? Theme.LIGHT : theme;
        coder = coder == null || coder.isBlank() ? null : coder.strip();
    }

    public Settings withTheme(Theme value) {
        return new Settings(x, y, width, height, maximized, value, lastDatabase, coder);
    }

    public Settings withWindow(double newX, double newY, double newWidth, double newHeight, boolean isMaximized) {
        return new Settings(newX, newY, newWidth, newHeight, isMaximized, theme, lastDatabase, coder);
    }

    public Settings withLastDatabase(String value) {
        return new Settings(x, y, width, height, maximized, theme, value, coder);
    }

    public Settings withCoder(String value) {
        return new Settings(x, y, width, height, maximized, theme, lastDatabase, value);
    }
}
