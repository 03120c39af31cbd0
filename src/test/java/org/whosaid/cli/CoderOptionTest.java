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
}
