package org.whosaid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.whosaid.service.Coder;
import org.whosaid.service.DatabaseLocation;
import org.whosaid.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code whosaid} command: global options and the subcommands that share one database. */
@Command(name = "whosaid", mixinStandardHelpOptions = true, version = "WhoSaid 0.1",
        description = "Reads news articles and finds who says what. Without a command, opens the desktop app.",
        subcommands = {CommandLine.HelpCommand.class, ImportCommand.class, ListCommand.class, ShowCommand.class, ExportCommand.class,
                ExtractCommand.class, EvalCommand.class, CompareCommand.class, BenchCommand.class,
                ScreenshotCommand.class, ImportAnnotationsCommand.class, ReanalyseCommand.class, FeedsCommand.class,
                AgreementCommand.class, CopyCommand.class})
public final class WhoSaidCommand implements Runnable {
    @Option(names = "--db", paramLabel = "FILE|URL", scope = ScopeType.INHERIT,
            description = "Database file, or a shared library as postgresql://user@host:port/database (default:"
                    + " $WHOSAID_DB, else ~/.whosaid/whosaid.db).")
    String database;

    @Option(names = "--coder", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Your name as a coder: every edit is saved with it (default: $WHOSAID_CODER, else your"
                    + " user name).")
    String coder;

    private final Map<String, String> environment;
    private final Consumer<List<String>> desktopApp;
    private final ScreenCapture screenCapture;
    private Services services;

    /**
     * @param desktopApp opens the desktop app, when no command is given, with its arguments: the chosen library
     *                   ({@code --db=FILE|URL}) and the coder, when {@code --coder} or {@code $WHOSAID_CODER} names one
     */
    public WhoSaidCommand(Map<String, String> environment, Consumer<List<String>> desktopApp,
                          ScreenCapture screenCapture) {
        this.environment = environment;
        this.desktopApp = desktopApp;
        this.screenCapture = screenCapture;
    }

    @Override
    public void run() {
        List<String> arguments = new ArrayList<>();
        arguments.add("--db=" + sharedLibrary().orElseGet(() -> databaseFile().toString()));
        givenCoder().ifPresent(name -> arguments.add("--coder=" + name));
        desktopApp.accept(arguments);
    }

    public Path databaseFile() {
        return DatabaseLocation.resolve(database, environment);
    }

    /** The shared library's URL, when {@code --db} or {@code $WHOSAID_DB} names one. */
    java.util.Optional<String> sharedLibrary() {
        return DatabaseLocation.sharedUrl(database, environment);
    }

    /** True when the chosen library exists already: a file that is there, or any shared library (its server says). */
    boolean hasLibrary() {
        return sharedLibrary().isPresent() || java.nio.file.Files.exists(databaseFile());
    }

    ScreenCapture screenCapture() {
        return screenCapture;
    }

    /**
     * The services on a database that must exist already: reading commands refuse to create an empty library
     * where a mistyped {@code --db} points.
     */
    Services existingServices() {
        requireLibrary();
        return services();
    }

    private void requireLibrary() {
        if (sharedLibrary().isPresent()) {
            return;
        }
        Path file = databaseFile();
        if (services == null && !java.nio.file.Files.exists(file)) {
            throw new IllegalArgumentException("no library at " + file.toAbsolutePath()
                    + " yet: import articles first, or check --db and $WHOSAID_DB");
        }
    }

    /**
     * The services of a reading command (list, show, compare, export): the library must exist and is opened
     * read-only, so a read-only library can be listed and reading never changes it.
     */
    Services readingServices() {
        requireLibrary();
        if (sharedLibrary().isPresent()) {
            return services();
        }
        if (services == null) {
            services = Services.openReadOnly(databaseFile());
        }
        return services;
    }

    /** The services on the chosen database, opened on first use and closed by {@link #execute}. */
    Services services() {
        if (services == null) {
            services = sharedLibrary().map(Services::openShared).orElseGet(() -> Services.open(databaseFile()));
            services.coder().rename(coderName());
        }
        return services;
    }

    /** Who edits: {@code --coder}, else {@code $WHOSAID_CODER}, else the operating system's user. */
    String coderName() {
        return givenCoder().orElseGet(Coder::systemUserName);
    }

    /** The coder named by {@code --coder} or {@code $WHOSAID_CODER}, if either names one. */
    private Optional<String> givenCoder() {
        if (coder != null && !coder.isBlank()) {
            return Optional.of(coder.strip());
        }
        String fromEnvironment = environment.get("WHOSAID_CODER");
        return fromEnvironment != null && !fromEnvironment.isBlank() ? Optional.of(fromEnvironment.strip())
                : Optional.empty();
    }

    /** Runs the command line and returns the exit status; a problem with the database is reported, not thrown. */
    public static int execute(String[] args, Map<String, String> environment, Consumer<List<String>> desktopApp,
                              PrintWriter out, PrintWriter err) {
        return execute(args, environment, desktopApp, (db, view, article, theme, file) -> {
            throw new IllegalStateException("screenshots need the desktop app, which this build does not include");
        }, out, err);
    }

    /** As {@link #execute(String[], Map, Consumer, PrintWriter, PrintWriter)}, with screenshots of the desktop app. */
    public static int execute(String[] args, Map<String, String> environment, Consumer<List<String>> desktopApp,
                              ScreenCapture screenCapture, PrintWriter out, PrintWriter err) {
        WhoSaidCommand root = new WhoSaidCommand(environment, desktopApp, screenCapture);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("whosaid: " + e.getMessage());
            cmd.usage(cmd.getErr());
            return ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("whosaid: " + e.getMessage());
            return e instanceof DatabaseLocation.NotAFilePath ? ExitCode.USAGE : ExitCode.SOME_FAILED;
        });
        try {
            return commandLine.execute(args);
        } finally {
            if (root.services != null) {
                root.services.close();
            }
            out.flush();
            err.flush();
        }
    }
}
