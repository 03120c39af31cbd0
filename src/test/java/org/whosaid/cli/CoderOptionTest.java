package org.whosaid.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.fixtures.TwoCoderExports;
import org.whosaid.model.Statement;
import org.whosaid.service.Coder;
import org.whosaid.service.Services;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's edits are stamped with {@code --coder}, else {@code $WHOSAID_CODER}, else the user's name. */
class CoderOptionTest {
    @TempDir
    Path dir;

    private String addedBy(Path library) {
        try (Services services = Services.open(library)) {
            Statement added = TwoCoderExports.statement(services, "Moscow calls");
            return added.edited().coder();
        }
    }

    private Path library(String name) throws Exception {
        try (Services services = TwoCoderExports.coder(dir.resolve(name), "nobody")) {
            return services.databaseFile();
        }
    }

    @Test
    void importedAnnotationsAreTheNamedCodersEdits() throws Exception {
        Path ivans = TwoCoderExports.write(dir).get(1);
        Path byOption = library("option");
        Path byEnvironment = library("environment");
        Path byDefault = library("default");

        CliRun option = CliRun.in(dir, "--db", byOption.toString(), "--coder", "Olena", "import-annotations",
                ivans.toString());
        CliRun environment = CliRun.run(Map.of("WHOSAID_CODER", "Petro"), "--db", byEnvironment.toString(),
                "import-annotations", ivans.toString());
        CliRun fallback = CliRun.in(dir, "--db", byDefault.toString(), "import-annotations", ivans.toString());

        for (CliRun run : List.of(option, environment, fallback)) {
            assertThat(run.status()).as(run.err()).isZero();
        }
        assertThat(addedBy(byOption)).isEqualTo("Olena");
        assertThat(addedBy(byEnvironment)).isEqualTo("Petro");
        assertThat(addedBy(byDefault)).isEqualTo(Coder.systemUserName());
    }
    /** The desktop app gets the coder the command line was given, so that a first start need not ask. */
    private List<String> appArguments(Map<String, String> environment, String... args) {
        List<List<String>> launched = new java.util.ArrayList<>();
        int status = WhoSaidCommand.execute(args, environment, launched::add,
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()));
        assertThat(status).isZero();
        assertThat(launched).hasSize(1);
        return launched.get(0);
    }

    @Test
    void theDesktopAppIsOpenedWithTheCoderGivenByOptionOrEnvironment() {
        String db = dir.resolve("w.db").toString();
        assertThat(appArguments(Map.of("WHOSAID_CODER", "Ivan"), "--db", db, "--coder", "Maria"))
                .containsExactly("--db=" + db, "--coder=Maria");
        assertThat(appArguments(Map.of("WHOSAID_CODER", " Ivan "), "--db", db))
                .containsExactly("--db=" + db, "--coder=Ivan");
        assertThat(appArguments(Map.of(), "--db", db)).as("none given: the app asks on first start")
                .containsExactly("--db=" + db);
    }
}
