package org.whosaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WhoSaidAppTest {
    @Test
    void theDbOptionWinsOverTheEnvironment() {
        assertThat(WhoSaidApp.database(Map.of("db", "a.db"), List.of("--db=a.db"), Map.of("WHOSAID_DB", "b.db")))
                .isEqualTo(Path.of("a.db"));
        assertThat(WhoSaidApp.database(Map.of(), List.of("--db", "c.db"), Map.of())).isEqualTo(Path.of("c.db"));
    }

    @Test
    void theEnvironmentIsUsedWithoutAnOption() {
        assertThat(WhoSaidApp.database(Map.of(), List.of(), Map.of("WHOSAID_DB", "b.db"))).isEqualTo(Path.of("b.db"));
    }

    @Test
    void settingsHaveSaneDefaults() {
        Settings settings = new Settings(Double.NaN, Double.NaN, 0, 0, false, null, null);
        assertThat(settings.width()).isEqualTo(1280);
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(Theme.fromName("dark")).isEqualTo(Theme.DARK);
        assertThat(ViewId.fromName("reader")).isEqualTo(ViewId.READER);
    }
}
