package org.whosaid.app;

import org.whosaid.app.task.TaskExecutor;
import org.whosaid.service.Services;

/** What every screen of one window shares: the services of the open database, the task executor, the undo history. */
public record AppContext(Services services, TaskExecutor executor, UndoRedo undoRedo) {
}
