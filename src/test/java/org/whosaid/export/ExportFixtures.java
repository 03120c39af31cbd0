package org.whosaid.export;

import java.util.List;
import java.util.Map;

import org.whosaid.model.Article;
import org.whosaid.model.Origin;
import org.whosaid.model.Source;
import org.whosaid.model.SourceKind;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.model.Status;

/** Export inputs built by hand, for exporter tests that need text no importer would produce. */
final class ExportFixtures {
    private ExportFixtures() {
    }

    /** One article titled {@code title} with one statement over the whole of {@code text}, credited to {@code source}. */
    static ExportInput oneStatement(String title, String text, String source, String note) {
        Article article = new Article(1, title, null, "Outlet", null, "2024-02-07", "2024-02-08T00:00:00Z", "en",
                text, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", null, null);
        Statement s = new Statement(10, 1, StatementKind.CLAIM, Span.of(text, 0, text.length()), null, 5L, source,
                null, SourceKind.PERSON, "Party", Stance.ASSERTS, null, List.of(), Origin.USER, "user-selection", 1.0,
                Status.ACTIVE, List.of("@tag"), note, 0, null);
        Source src = new Source(5, source, SourceKind.PERSON, "Party", List.of());
        return new ExportInput(List.of(new ExportInput.Entry(article, List.of(s))), Map.of(5L, src), List.of());
    }
}
