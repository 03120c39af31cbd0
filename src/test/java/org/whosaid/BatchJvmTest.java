package org.whosaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.service.bench.ChildJvm;

/** An import runs in a JVM of its own with the serial collector, unless the user chose the memory options. */
class BatchJvmTest {

    @Test
    void theCommandIsTheFirstWordThatIsNoOptionNorAnOptionsValue() {
        assertThat(BatchJvm.isImport(new String[] {"--db", "x.db", "import", "folder"})).isTrue();
        assertThat(BatchJvm.isImport(new String[] {"--db=x.db", "--coder", "ana", "import", "a.txt"})).isTrue();
        assertThat(BatchJvm.isImport(new String[] {"--db", "import", "list"})).as("a library named import").isFalse();
        assertThat(BatchJvm.isImport(new String[] {"list"})).isFalse();
        assertThat(BatchJvm.isImport(new String[] {})).as("the desktop app").isFalse();
    }

    @Test
    void onlyOnceAndNeverAgainstTheUsersOwnMemoryOptions() {
        String[] args = {"import", "folder"};
        assertThat(BatchJvm.wanted(args, Map.of(), List.of("-Dfile.encoding=UTF-8"))).isTrue();
        assertThat(BatchJvm.wanted(args, Map.of(BatchJvm.STARTED, "1"), List.of())).as("already the batch JVM").isFalse();
        assertThat(BatchJvm.wanted(args, Map.of(), List.of("-Xmx2g"))).isFalse();
        assertThat(BatchJvm.wanted(args, Map.of(), List.of("-XX:+UseZGC"))).isFalse();
        assertThat(BatchJvm.wanted(new String[] {"list"}, Map.of(), List.of())).isFalse();
    }

    @Test
    void theBatchJvmKeepsTheUsersOptionsAndArguments() {
        List<String> command = BatchJvm.command(new String[] {"--db", "x.db", "import", "a b.txt"},
                List.of("-Duser.language=uk"));
        assertThat(command).containsSubsequence("-Duser.language=uk", "-XX:+UseSerialGC", "-cp",
                Launcher.class.getName(), "--db", "x.db", "import", "a b.txt");
        assertThat(command.subList(command.size() - 4, command.size())).containsExactly("--db", "x.db", "import", "a b.txt");
    }

    @Test
    void anImportThroughTheJarsEntryPointStoresTheArticleAndPassesOnTheExitCode(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Troops withdrew overnight\n\nThe ministry said on"
                + " Monday that 40 soldiers had been killed in the attack on the village of Saltmere.\n");
        String library = dir.resolve("w.db").toString();
        ChildJvm.Run imported = ChildJvm.whosaid(List.of("--db", library, "import", article.toString()),
                Duration.ofMinutes(5));
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("1 imported");
        ChildJvm.Run listed = ChildJvm.whosaid(List.of("--db", library, "list"), Duration.ofMinutes(5));
        assertThat(listed.output()).contains("Troops withdrew overnight");
        ChildJvm.Run missing = ChildJvm.whosaid(List.of("--db", library, "import", dir.resolve("none.txt").toString()),
                Duration.ofMinutes(5));
        assertThat(missing.exitCode()).as("the batch JVM's failure is the command's").isNotZero();
        assertThat(missing.output()).contains("none.txt");
    }
}
