package org.whosaid.app;

import org.whosaid.app.common.UndoRedo;
import org.whosaid.app.imports.Importer;
import org.whosaid.app.task.TaskExecutor;
import org.whosaid.service.Services;

/**
 * What every screen of one window shares: the services of the open database, the task executor, the undo history,
 * and the importer (the services' own, or a stand-in in tests).
 */
public record AppContext(Services services, TaskExecutor executor, UndoRedo undoRedo, Importer importer) {
    /** The usual context: the services import with their own importer. */
    public static AppContext of(Services services, TaskExecutor executor) {
        return new AppContext(services, executor, new UndoRedo(), services.imports()::importAll);
    }
}
