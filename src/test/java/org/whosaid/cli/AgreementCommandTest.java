package org.whosaid.cli;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.fixtures.TwoCoderExports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code agreement} end to end: two coders' exports of the same article ({@link TwoCoderExports}) give the figures
 * worked out here by hand.
 */
class AgreementCommandTest {
    @TempDir
    Path dir;

    @Test
    void twoCodersExportsGiveTheFiguresWorkedOutByHand() throws Exception {
        List<Path> exports = TwoCoderExports.write(dir);
        Path library = TwoCoderExports.coder(dir.resolve("lead"), "Lead").databaseFile();

        CliRun run = CliRun.in(dir, "--db", library.toString(), "agreement", exports.get(0).toString(),
                exports.get(1).toString());

        assertThat(run.status()).as(run.err()).isZero();
        String out = run.out();
        // The coders are named by their files' creator (each edited under their own name).
        assertThat(out).contains("Agreement of Maria, Ivan on 1 article");
        // Maria exports S1 S3 S4 S5 S6 (5), Ivan S1..S6 and N (7); matched S1 S3 S4 S5 S6:
        // span F1 = 2 * 5 / (5 + 7) = 10/12 = 0.833
        assertThat(out).contains("Maria: 5 statements", "Ivan: 7 statements");
        assertThat(out).contains("Maria / Ivan: span F1 0.833 (5 matched, 0 only Maria, 2 only Ivan)");
        // Over the five matched (S1 S3 S4 S5 S6):
        // kind    Maria claim quote claim claim claim; Ivan claim quote claim claim quote
        //         p_o = 4/5; p_e = (4/5)(3/5) + (1/5)(2/5) = 14/25; kappa = (20 - 14) / (25 - 14) = 6/11 = 0.545
        //         alpha: 10 values, claim 7, quote 3; unlike coincidences 2 (S6);
        //         1 - 9 * 2 / (100 - 49 - 9) = 1 - 18/42 = 4/7 = 0.571
        // party   Maria Ukraine x3, Analysts x2; Ivan Ukraine x3, Analysts, Other
        //         p_o = 4/5; p_e = (3/5)(3/5) + (2/5)(1/5) = 11/25; kappa = (20 - 11) / (25 - 11) = 9/14 = 0.643
        //         alpha: Ukraine 6, Analysts 3, Other 1; 1 - 9 * 2 / (100 - 36 - 9 - 1) = 1 - 18/54 = 2/3 = 0.667
        // stance  Maria denies denies asserts denies asserts; Ivan denies denies asserts questions asserts
        //         p_o = 4/5; p_e = (3/5)(2/5) + (2/5)(2/5) + 0 = 10/25; kappa = (20 - 10) / (25 - 10) = 2/3 = 0.667
        //         alpha: denies 5, asserts 4, questions 1; 1 - 9 * 2 / (100 - 25 - 16 - 1) = 1 - 18/58 = 20/29 = 0.690
        assertThat(out).containsPattern("kind +0\\.545 +0\\.571");
        assertThat(out).containsPattern("party +0\\.643 +0\\.667");
        assertThat(out).containsPattern("stance +0\\.667 +0\\.690");
        // S2 only Ivan's, S5 stance, S6 kind and party, N only Ivan's
        assertThat(out).contains("Disagreements (4):");
        assertThat(out).contains("article #3, \u201cits troops were still fighting inside the city\u201d: only coded by Ivan");
        assertThat(out).contains("\u201cit had not seen evidence that Russian forces had seized the entire to\u2026\u201d: stance");
        assertThat(out).contains(": kind, party");
        assertThat(out).contains("\u201c" + TwoCoderExports.ADDED + "\u201d: only coded by Ivan");
        assertThat(out).contains("Maria        claim, Institute for the Study of War, Analysts, denies");
        assertThat(out).contains("Ivan         quote, Institute for the Study of War, Other, asserts");
    }

    @Test
    void twoCodersWhoseFilesWereImportedIntoOneLibraryAreComparedThere() throws Exception {
        List<Path> exports = TwoCoderExports.write(dir);
        Path library;
        try (var lead = TwoCoderExports.coder(dir.resolve("shared"), "Lead")) {
            library = lead.databaseFile();
        }
        // each coder merges their own file into the shared library, under their name
        CliRun maria = CliRun.in(dir, "--db", library.toString(), "--coder", "Maria", "import-annotations",
                exports.get(0).toString());
        CliRun ivan = CliRun.in(dir, "--db", library.toString(), "--coder", "Ivan", "import-annotations",
                exports.get(1).toString());
        assertThat(maria.status()).as(maria.err()).isZero();
        assertThat(ivan.status()).as(ivan.err()).isZero();

        CliRun run = CliRun.in(dir, "--db", library.toString(), "agreement", "--coders", "Maria,Ivan", "3");

        assertThat(run.status()).as(run.err()).isZero();
        // the library keeps each coder's coding as their file gave it, whatever the merge kept, so the figures are
        // those of the files (worked out in twoCodersExportsGiveTheFiguresWorkedOutByHand)
        String out = run.out();
        assertThat(out).contains("Agreement of Maria, Ivan on 1 article", "Maria: 5 statements", "Ivan: 7 statements");
        assertThat(out).contains("Maria / Ivan: span F1 0.833 (5 matched, 0 only Maria, 2 only Ivan)");
        assertThat(out).containsPattern("kind +0\\.545 +0\\.571");
        assertThat(out).containsPattern("party +0\\.643 +0\\.667");
        assertThat(out).containsPattern("stance +0\\.667 +0\\.690");
        assertThat(out).contains("Disagreements (4):");
        assertThat(out).contains("article #3, \u201cits troops were still fighting inside the city\u201d: only coded by Ivan");

        CliRun other = CliRun.in(dir, "--db", library.toString(), "agreement", "--coders", "Maria,Ivan", "1");
        assertThat(other.out()).contains("Maria: 0 statements");

        // re-analysis keeps the statements the coders' files agreed with the parser on, and so their codings
        CliRun reanalysed = CliRun.in(dir, "--db", library.toString(), "reanalyse", "3");
        assertThat(reanalysed.status()).as(reanalysed.err()).isZero();
        CliRun again = CliRun.in(dir, "--db", library.toString(), "agreement", "--coders", "Maria,Ivan", "3");
        assertThat(again.out()).contains("Maria: 5 statements", "Ivan: 7 statements")
                .containsPattern("kind +0\\.545 +0\\.571");
    }

    @Test
    void libraryCodersThatAreNotThereOrAnIdThatIsNotOneAreRefused() throws Exception {
        Path library;
        try (var lead = TwoCoderExports.coder(dir.resolve("shared"), "Lead")) {
            library = lead.databaseFile();
        }
        CliRun unknown = CliRun.in(dir, "--db", library.toString(), "agreement", "--coders", "Maria,Ivan");
        CliRun file = CliRun.in(dir, "--db", library.toString(), "agreement", "--coders", "Maria,Ivan", "x.jsonld");

        assertThat(unknown.status()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(unknown.err()).contains("nobody coded as \u201cMaria\u201d in this library");
        assertThat(file.status()).isEqualTo(ExitCode.USAGE);
        assertThat(file.err()).contains("\u201cx.jsonld\u201d is not an article id");
    }

    @Test
    void namesGivenOnTheCommandLineAndNoLibraryNeeded() throws Exception {
        List<Path> exports = TwoCoderExports.write(dir);

        CliRun run = CliRun.in(dir, "agreement", "A=" + exports.get(0), "B=" + exports.get(1));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("A / B: span F1 0.833");
        // without the library the disagreements name the article by its title
        assertThat(run.out()).contains("Ukraine\u2019s army says fighting for Torets\u2026, \u201cits troops");
    }

    @Test
    void aMissingOrBrokenFileIsNamed() throws Exception {
        List<Path> exports = TwoCoderExports.write(dir);
        Path broken = CliRun.input(dir, "broken.jsonld", "{\"items\": [");

        CliRun missing = CliRun.in(dir, "agreement", exports.get(0).toString(), dir.resolve("nope.jsonld").toString());
        CliRun bad = CliRun.in(dir, "agreement", exports.get(0).toString(), broken.toString());

        assertThat(missing.status()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(missing.err()).contains("nope.jsonld: no such file");
        assertThat(bad.status()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(bad.err()).contains("broken.jsonld");
        assertThat(CliRun.in(dir, "agreement", exports.get(0).toString()).status()).isEqualTo(ExitCode.USAGE);
    }
}
