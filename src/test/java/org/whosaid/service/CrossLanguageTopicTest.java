package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Account;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.PartyAccounts;
import org.whosaid.model.SourceStats;
import org.whosaid.model.TopicComparison;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

/** A Russian claim, a Ukrainian denial and an English report on one town meet in one Compare topic. */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class CrossLanguageTopicTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;
    Services services;

    @BeforeEach
    void open() {
        services = on.services(dir, "w.db");
        services.imports().importContents(List.of(
                new ArticleContent("Освобожден Дзержинск", null, "ТАСС", null, null, null,
                        "Подразделения группировки войск «Центр» полностью освободили населенный пункт Дзержинск,"
                                + " сообщили в Минобороны России."),
                new ArticleContent("Генштаб: Торецьк під контролем ЗСУ", null, "Укрінформ", null, null, null,
                        "Генштаб ЗСУ спростував заяви російського Міноборони про захоплення Торецька."),
                new ArticleContent("Russia says it took Toretsk", null, "Wire", null, null, null,
                        "Russia's Defence Ministry said on Sunday that its forces had taken control of the town of"
                                + " Toretsk after months of fighting.")), Progress.NONE);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void threeLanguagesOneTopicWithTheConflictMarked() {
        TopicComparison toretsk = services.compare().compare("toretsk-control");
        List<Account> accounts = toretsk.columns().stream().map(PartyAccounts::accounts).flatMap(List::stream).toList();
        assertThat(accounts.stream().map(Account::articleId).distinct()).hasSize(3);
        assertThat(toretsk.conflict()).isTrue();
        assertThat(toretsk.asserting()).contains("Russia");
        assertThat(toretsk.denying()).contains("Ukraine");
    }

    @Test
    void theRussianDefenceMinistryIsOneSourceInBothLanguages() {
        List<SourceStats> sources = services.library().sources().stream()
                .filter(s -> s.source().name().equals("Russian Defence Ministry")).toList();
        assertThat(sources).hasSize(1);
        assertThat(sources.get(0).articles()).as("the Russian and the English article").isEqualTo(2);
        assertThat(sources.get(0).source().aliases()).contains("Минобороны России");
    }
}
