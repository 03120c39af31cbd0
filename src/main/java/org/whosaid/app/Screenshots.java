package org.whosaid.app;

import java.lang.management.ManagementFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.model.ArticleTitle;
import org.whosaid.service.Services;

/**
 * The {@code screenshot} command: opens the real main window on a database, shows a view (for the Reader an article:
 * the given one or the first), waits until it has rendered, and writes the window's scene as a PNG.
 */
public final class Screenshots {
    private static final long TIMEOUT_SECONDS = 60;

    private Screenshots() {
    }

    /**
     * Captures {@code view} ("library", "reader", "compare", "sources", "audit") of the database in a theme ("light"
     * or "dark") to {@code out}. Starts JavaFX if it is not running, and stops it again if it started it.
     *
     * @return how long after this JVM started the window was first laid out and rendered, in milliseconds
     */
    public static long capture(String library, String view, Long articleId, String theme, Path out) {
        return capture(library, view, articleId, theme, out, window -> { });
    }

    /** As {@link #capture(String, String, Long, String, Path)}, with {@code prepare} run on the window before it shows. */
    static long capture(Path db, String view, Long articleId, String theme, Path out,
                        java.util.function.Consumer<MainWindow> prepare) {
        return capture(db.toString(), view, articleId, theme, out, prepare);
    }

    /** As {@link #capture(String, String, Long, String, Path)} of a library file or a shared library's URL. */
    static long capture(String library, String view, Long articleId, String theme, Path out,
                        java.util.function.Consumer<MainWindow> prepare) {
        ViewId id = ViewId.fromName(view);
        boolean started = startToolkit();
        AtomicReference<Stage> stage = new AtomicReference<>();
        AtomicReference<Services> services = new AtomicReference<>();
        CompletableFuture<Long> firstPulse = new CompletableFuture<>();
        try {
            onFxThread(() -> {
                services.set(org.whosaid.service.DatabaseLocation.isShared(library) ? Services.openShared(library)
                        : Services.open(Path.of(library)));
                Stage window = new Stage();
                stage.set(window);
                MainWindow main = new MainWindow(window, AppContext.of(services.get(),
                        new CurrentThreadTaskExecutor()), Optional.empty(), Settings.DEFAULTS);
                main.applyTheme(Theme.fromName(theme));
                if (id == ViewId.READER) {
                    Long article = articleId != null ? articleId : services.get().library().titles().stream()
                            .map(ArticleTitle::id).findFirst().orElse(null);
                    if (article != null) {
                        main.openArticle(article);
                    }
                }
                main.show(id);
                prepare.accept(main);
                window.getScene().addPostLayoutPulseListener(() -> firstPulse.complete(
                        ManagementFactory.getRuntimeMXBean().getUptime()));
                window.show();
                return null;
            });
            long renderedAfter = firstPulse.join();
            waitForRendering();
            WritableImage image = onFxThread(() -> stage.get().getScene().snapshot(null));
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
            return renderedAfter;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        } finally {
            onFxThread(() -> {
                if (stage.get() != null) {
                    stage.get().close();
                }
                if (services.get() != null) {
                    services.get().close();
                }
                return null;
            });
            if (started) {
                Platform.exit();
            }
        }
    }

    private static boolean startToolkit() {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.startup(() -> ready.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
        Platform.setImplicitExit(false);
        ready.join();
        return true;
    }

    /** Lets layout, CSS and the text area's virtual flow settle: several pulses and a short pause. */
    private static void waitForRendering() {
        for (int i = 0; i < 6; i++) {
            onFxThread(() -> null);
            try {
                Thread.sleep(120);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static <T> T onFxThread(java.util.concurrent.Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for JavaFX", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("JavaFX did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
