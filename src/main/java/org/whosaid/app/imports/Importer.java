package org.whosaid.app.imports;

import java.util.List;

import org.whosaid.service.ImportReport;
import org.whosaid.service.Progress;

/** Imports files, folders and URLs: {@code services.imports()::importAll} in the app, a fake in tests. */
@FunctionalInterface
public interface Importer {
    ImportReport importAll(List<String> inputs, Progress progress);
}
