package org.whosaid.export;

import java.util.Locale;

import org.whosaid.model.Account;
import org.whosaid.model.Article;
import org.whosaid.model.AuditItem;
import org.whosaid.model.AuditReport;
import org.whosaid.model.Counts;

/** Wording shared by the Markdown and HTML reports, so both say the same thing. */
final class ReportText {
    private ReportText() {
    }

    /** What the attributed share is a share of: unattributed counts only check-worthy factual claims. */
    static final String CHECK_WORTHY_ONLY = "only check-worthy factual claims count as unattributed";
    static final String UNATTRIBUTED_HEADING = "Unattributed claims, most check-worthy first";

    static String share(AuditReport audit) {
        return String.format(Locale.ROOT, "%.0f%%", audit.attributedShare() * 100);
    }

    static String summary(AuditReport audit) {
        return Counts.of(audit.articles(), "article") + ", " + Counts.of(audit.statements(), "statement") + ": " + audit.attributed()
                + " attributed, " + audit.unattributed() + " unattributed (" + share(audit) + " attributed; "
                + CHECK_WORTHY_ONLY + ").";
    }

    /** "Russian Defence Ministry · asserts · Levant Wire, 2025-02-07" */
    static String byline(Account a) {
        StringBuilder s = new StringBuilder();
        s.append(a.source() == null ? "no source" : a.source()).append(" \u00b7 ").append(a.stance().code());
        if (a.quote()) {
            s.append(" \u00b7 quote");
        }
        s.append(" \u00b7 ").append(place(a.outlet(), a.published()));
        return s.toString();
    }

    static String place(String outlet, String published) {
        String where = outlet == null ? "unknown outlet" : outlet;
        return published == null ? where : where + ", " + date(published);
    }

    static String place(Article article) {
        return place(article.outlet(), article.published());
    }

    /** The date part of an ISO date or date-time. */
    static String date(String published) {
        return published.length() > 10 && published.charAt(10) == 'T' ? published.substring(0, 10) : published;
    }

    static String quoted(Account a) {
        return a.quote() ? "\u201c" + a.text() + "\u201d" : a.text();
    }

    static String reason(AuditItem item) {
        return switch (item.reason()) {
            case AuditItem.VAGUE_SOURCE -> "vague source";
            case AuditItem.ANONYMOUS_SOURCE -> "anonymous source";
            default -> "no source";
        };
    }
}
