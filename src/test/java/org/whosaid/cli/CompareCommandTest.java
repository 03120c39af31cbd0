package org.whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.fixtures.ToretskLibrary;

class CompareCommandTest {
    @TempDir
    Path dir;
    Path database;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        database = ToretskLibrary.create(dir);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--db";
        all[1] = database.toString();
        all[2] = "compare";
        System.arraycopy(args, 0, all, 3, args.length);
        return WhoSaidCommand.execute(all, java.util.Map.of(), db -> {
        }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void listsTopicsWithCountsAndMarksConflicts() {
        assertThat(run()).isEqualTo(ExitCode.OK);

        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).contains("toretsk-control", "21", "CONFLICT", "Does Russia control Toretsk?");
        assertThat(lines[1]).contains("trump-zelensky-meeting").doesNotContain("CONFLICT");
    }

    @Test
    void printsATopicsStatementsGroupedByPartyAcrossArticles() {
        assertThat(run("toretsk-control")).isEqualTo(ExitCode.OK);

        String text = out.toString();
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
        assertThat(run("Does Russia control Toretsk?")).isEqualTo(ExitCode.OK);
        assertThat(run("who-won")).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(err.toString()).contains("no topic", "who-won");
    }
}
