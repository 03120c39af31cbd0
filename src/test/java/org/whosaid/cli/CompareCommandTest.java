package org.whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.fixtures.ToretskLibrary;

class CompareCommandTest {
    @TempDir
    Path dir;
    Path database;

    @BeforeEach
    void open() {
        database = ToretskLibrary.create(dir);
    }

    private CliRun compare(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--db";
        all[1] = database.toString();
        all[2] = "compare";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.run(Map.of(), all);
    }

    @Test
    void listsTopicsWithCountsAndMarksConflicts() {
        CliRun run = compare();
        assertThat(run.status()).isEqualTo(ExitCode.OK);

        String[] lines = run.out().split("\\R");
        assertThat(lines[0]).contains("toretsk-control", "21", "CONFLICT", "Does Russia control Toretsk?");
        assertThat(lines[1]).contains("trump-zelensky-meeting").doesNotContain("CONFLICT");
    }

    @Test
    void printsATopicsStatementsGroupedByPartyAcrossArticles() {
        CliRun run = compare("toretsk-control");
        assertThat(run.status()).isEqualTo(ExitCode.OK);

        String text = run.out();
        assertThat(text).contains("CONFLICT: asserted by Russia, Analysts; denied by Ukraine");
        assertThat(text.indexOf("== Russia")).isLessThan(text.indexOf("== Ukraine"));
        assertThat(text.indexOf("== Ukraine")).isLessThan(text.indexOf("== Analysts"));
        String russia = text.substring(text.indexOf("== Russia"), text.indexOf("== Ukraine"));
        assertThat(russia).contains("Dzerzhinsk", "Moscow Courier", "Levant Wire", "Northern Wire", "asserts")
                .doesNotContain("denies");
        String ukraine = text.substring(text.indexOf("== Ukraine"), text.indexOf("== Analysts"));
        assertThat(ukraine).contains("denies", "Kyiv", "Dnipro Daily");
    }

    @Test
    void acceptsTheLabelAndReportsAnUnknownTopic() {
        assertThat(compare("Does Russia control Toretsk?").status()).isEqualTo(ExitCode.OK);
        CliRun unknown = compare("who-won");
        assertThat(unknown.status()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(unknown.err()).contains("no topic", "who-won");
    }
}
