package org.whosaid;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

import javafx.application.Application;

import org.whosaid.app.Screenshots;
import org.whosaid.app.WhoSaidApp;
import org.whosaid.cli.WhoSaidCommand;

/**
 * The jar's entry point. It does not extend {@code Application}, so {@code java -jar} works without JavaFX on the
 * module path: with a command it runs the command line, without one it opens the desktop app. An import runs in a
 * JVM of its own ({@link BatchJvm}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (BatchJvm.isImport(args)) { // asked first: the JVM's options cost class loading every start would pay
            List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
            if (BatchJvm.wanted(args, System.getenv(), jvmOptions)) {
                OptionalInt status = BatchJvm.run(args, jvmOptions);
                if (status.isPresent()) {
                    System.exit(status.getAsInt());
                }
            }
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = WhoSaidCommand.execute(args, System.getenv(),
                arguments -> Application.launch(WhoSaidApp.class, arguments.toArray(String[]::new)), Screenshots::capture, out, err);
        System.exit(status);
    }
}
