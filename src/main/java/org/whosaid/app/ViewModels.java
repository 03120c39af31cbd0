package org.whosaid.app;

import java.util.function.Consumer;

import org.whosaid.app.agreement.AgreementViewModel;
import org.whosaid.app.audit.AuditViewModel;
import org.whosaid.app.common.SourceNames;
import org.whosaid.app.compare.CompareViewModel;
import org.whosaid.app.compare.PartiesViewModel;
import org.whosaid.app.imports.ImportViewModel;
import org.whosaid.app.library.LibraryViewModel;
import org.whosaid.app.reader.InspectorViewModel;
import org.whosaid.app.reader.ReaderViewModel;
import org.whosaid.app.sources.SourcesViewModel;
import org.whosaid.service.Services;

/**
 * The one place where the app's view-models are built from the services, the task executor and the undo history;
 * the main window injects each into its view, and no view builds its own. {@code names} is the script source names
 * are shown in, shared by Sources, Compare and the Reader's inspector.
 */
public record ViewModels(LibraryViewModel library, ReaderViewModel reader, InspectorViewModel inspector,
                         ImportViewModel imports, CompareViewModel compare, SourcesViewModel sources,
                         AuditViewModel audit, PartiesViewModel parties, AgreementViewModel agreement,
                         SourceNames names) {

    /** @param openStatement shows a statement in the Reader (what "open" does on Compare, Sources and Audit) */
    public static ViewModels wire(AppContext context, Consumer<Long> openStatement) {
        Services services = context.services();
        SourceNames names = SourceNames.of(services.library());
        ReaderViewModel reader = new ReaderViewModel(services.library(), services.annotation(), context.undoRedo(),
                context.executor());
        CompareViewModel compare = new CompareViewModel(services.compare(), context.undoRedo().history(),
                context.executor(), openStatement, names);
        return new ViewModels(
                new LibraryViewModel(services.library(), context.executor(), context.undoRedo()),
                reader,
                new InspectorViewModel(reader, services.library(), services.annotation(), names),
                new ImportViewModel(context.importer(), context.executor()),
                compare,
                new SourcesViewModel(services.sources(), services.library(), context.undoRedo().history(),
                        context.executor(), openStatement, names),
                new AuditViewModel(services.audit(), services.library(), context.executor(), openStatement),
                new PartiesViewModel(services.parties(), context.undoRedo().history(), compare::refresh),
                new AgreementViewModel(services.agreement(), context.undoRedo().history(), context.executor(),
                        openStatement),
                names);
    }
}
