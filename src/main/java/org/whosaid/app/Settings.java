package org.whosaid.app;

/**
 * What the app remembers between runs: the window's place and size, the theme and the last database.
 * Saved as JSON by {@link org.whosaid.service.settings.SettingsFile} beside the database.
 */
public record Settings(double x, double y, double width, double height, boolean maximized, Theme theme,
                       String lastDatabase) {
    public static final Settings DEFAULTS = new Settings(Double.NaN, Double.NaN, 1280, 820, false, Theme.LIGHT, null);

    public Settings {
        width = width < 400 || Double.isNaN(width) ? 1280 : width;
        height = height < 300 || Double.isNaN(height) ? 820 : height;
        theme = theme == null ? Theme.LIGHT : theme;
    }

    public Settings withTheme(Theme value) {
        return new Settings(x, y, width, height, maximized, value, lastDatabase);
    }

    public Settings withWindow(double newX, double newY, double newWidth, double newHeight, boolean isMaximized) {
        return new Settings(newX, newY, newWidth, newHeight, isMaximized, theme, lastDatabase);
    }

    public Settings withLastDatabase(String value) {
        return new Settings(x, y, width, height, maximized, theme, value);
    }
}
