package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.Stance;
import org.whosaid.model.TopicComparison;
import org.whosaid.model.TopicOverview;
import org.whosaid.testing.OnBothDatabases;

/**
 * Two sides that each assert a different holder of a town contradict each other, though neither denies anything:
 * "Russian forces liberated Kupiansk" against "Kupiansk remains under the control of Ukraine's forces" (a bug found
 * on real Russian and Ukrainian coverage of Kupiansk, November 2025; invented sentences here).
 */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class HolderConflictTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;
    Services services;

    @BeforeEach
    void open() {
        services = on.services(dir, "h.db");
        services.imports().importContents(List.of(
                new ArticleContent("Купянск освобожден", null, "ТАСС", null, "2025-11-20", null,
                        "Подразделения группировки войск «Запад» полностью освободили город Купянск, сообщили в"
                                + " Минобороны России."),
                new ArticleContent("Kupiansk holds", null, "Wire", null, "2025-11-21", null,
                        "Ukraine's General Staff said on Friday that the city of Kupiansk remained under the control"
                                + " of Ukrainian forces.")), Progress.NONE);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void bothAssertAndTheirHoldersConflict() {
        TopicComparison kupiansk = services.compare().compare("kupiansk-control");
        assertThat(kupiansk.columns()).extracting(c -> c.party()).contains("Russia", "Ukraine");
        assertThat(kupiansk.columns().stream().flatMap(c -> c.accounts().stream()).map(a -> a.stance()))
                .as("neither side denies: only the holders tell them apart").containsOnly(Stance.ASSERTS);
        assertThat(kupiansk.conflict()).isTrue();
        assertThat(kupiansk.reasons()).containsExactly("holders differ: Russia per Russia; Ukraine per Ukraine");
    }

    @Test
    void theTopicListSeesTheSameConflict() {
        TopicOverview listed = services.compare().topics().stream()
                .filter(t -> t.topic().key().equals("kupiansk-control")).findFirst().orElseThrow();
        assertThat(listed.conflict()).isTrue();
        assertThat(listed.reason()).isEqualTo(services.compare().compare("kupiansk-control").conflictSummary());
    }
}
