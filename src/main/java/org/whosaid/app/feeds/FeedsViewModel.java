package org.whosaid.app.feeds;

import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whosaid.app.task.BackgroundTask;
import org.whosaid.app.task.TaskExecutor;
import org.whosaid.model.Feed;
import org.whosaid.service.FeedService;
import org.whosaid.service.FeedUpdateReport;
import org.whosaid.service.ImportOutcome;

/** The feeds dialog's state: the subscribed feeds, the address being added, an update's progress and its report. */
public final class FeedsViewModel {
    private final FeedService service;
    private final TaskExecutor executor;
    private final Runnable imported;
    private final ObservableList<Feed> feeds = FXCollections.observableArrayList();
    private final StringProperty address = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private BackgroundTask<?> task;

    /** @param imported called after an update that imported something, so the library can reload */
    public FeedsViewModel(FeedService service, TaskExecutor executor, Runnable imported) {
        this.service = Objects.requireNonNull(service);
        this.executor = Objects.requireNonNull(executor);
        this.imported = Objects.requireNonNull(imported);
    }

    public void refresh() {
        run(progress -> service.list(), list -> feeds.setAll(list));
    }

    /** Subscribes to the address typed; a bad address or feed leaves the reason in the status line. */
    public void add() {
        String url = address.get() == null ? "" : address.get().strip();
        if (url.isEmpty()) {
            status.set("Type the address of an RSS or Atom feed.");
            return;
        }
        run(progress -> service.add(url), feed -> {
            address.set("");
            status.set("Subscribed to " + (feed.title() == null ? feed.url() : feed.title()) + ".");
            feeds.setAll(service.list());
        });
    }

    public void remove(Feed feed) {
        if (feed == null) {
            return;
        }
        run(progress -> service.remove(feed.id()), removed -> {
            status.set("Unsubscribed from " + (feed.title() == null ? feed.url() : feed.title())
                    + "; its articles stay in the library.");
            feeds.setAll(service.list());
        });
    }

    /** Updates every feed, or only {@code feed} when it is not null. */
    public void update(Feed feed) {
        run(progress -> service.update(feed == null ? null : feed.id(), progress), result -> {
            status.set(result.summary());
            report.set(reportText(result));
            feeds.setAll(service.list());
            if (result.imported() > 0) {
                imported.run();
            }
        });
    }

    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Every feed's outcome and every item's, one a line. */
    static String reportText(FeedUpdateReport result) {
        StringBuilder text = new StringBuilder(result.summary()).append('\n');
        for (FeedUpdateReport.FeedResult feed : result.feeds()) {
            text.append('\n').append(feed.describe()).append('\n');
            for (ImportOutcome item : feed.items()) {
                text.append("  ").append(item.describe()).append('\n');
            }
        }
        return text.toString();
    }

    private <T> void run(BackgroundTask.Work<T> work, java.util.function.Consumer<T> done) {
        if (running.get()) {
            return;
        }
        running.set(true);
        progress.set(-1);
        task = BackgroundTask.wrap(work)
                .onProgress((d, total, message) -> {
                    progress.set(total > 0 ? (double) d / total : -1);
                    status.set(message);
                })
                .onSuccess(result -> {
                    running.set(false);
                    progress.set(0);
                    done.accept(result);
                })
                .onFailure(error -> {
                    running.set(false);
                    progress.set(0);
                    status.set(error.getMessage() == null ? error.toString() : error.getMessage());
                })
                .executeWith(executor);
    }

    public ObservableList<Feed> feeds() {
        return feeds;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
