package org.whosaid.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.whosaid.model.Account;
import org.whosaid.model.AuditItem;
import org.whosaid.model.AuditReport;
import org.whosaid.model.PartyAccounts;
import org.whosaid.model.PartyVoices;
import org.whosaid.model.Statement;
import org.whosaid.model.TopicComparison;
import org.whosaid.model.XmlText;

/** The report of {@link MarkdownReportExporter} as one self-contained HTML page, party columns in their colours. */
public final class HtmlReportExporter {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
            table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}
            th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}
            th{border-top:4px solid var(--party,#8a8f98)}
            .meta{color:#666;font-size:.85em}.conflict{color:#b3261e;font-weight:bold}
            .stance{font-size:.75em;padding:0 .3em;border:1px solid #999;border-radius:.3em}
            .denies{border-color:#b3261e;color:#b3261e}.asserts{border-color:#1e7b34;color:#1e7b34}""";

    public void write(ReportInput input, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(render(input));
        w.flush();
    }

    public String render(ReportInput input) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>WhoSaid report</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
                .append("<h1>WhoSaid report</h1>\n");
        audit(h, input.audit());
        h.append("<h2>Topics</h2>\n");
        if (input.topics().isEmpty()) {
            h.append("<p>No statement answers a topic yet.</p>\n");
        }
        for (TopicComparison t : input.topics()) {
            topic(h, t);
        }
        h.append("<h2>Articles</h2>\n");
        for (ExportInput.Entry entry : input.library().articles()) {
            article(h, entry);
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void audit(StringBuilder h, AuditReport audit) {
        h.append("<h2>Audit</h2>\n<p>").append(escape(ReportText.summary(audit))).append("</p>\n");
        h.append("<h3>Voices per party</h3>\n<table>\n<tr><th>Party</th><th>Statements</th><th>Direct quotes</th></tr>\n");
        for (PartyVoices v : audit.voices()) {
            h.append("<tr><td>").append(escape(v.party())).append("</td><td>").append(v.statements())
                    .append("</td><td>").append(v.quotes()).append("</td></tr>\n");
        }
        h.append("</table>\n");
        items(h, ReportText.UNATTRIBUTED_HEADING, audit.unattributedClaims());
        items(h, "Vague and anonymous sources", audit.weakSources());
    }

    private static void items(StringBuilder h, String heading, List<AuditItem> items) {
        h.append("<h3>").append(heading).append("</h3>\n");
        if (items.isEmpty()) {
            h.append("<p>None.</p>\n");
            return;
        }
        h.append("<ul>\n");
        for (AuditItem item : items) {
            Account a = item.account();
            h.append("<li>");
            if (a.source() != null) {
                h.append("<b>").append(escape(a.source())).append("</b> (").append(ReportText.reason(item)).append("): ");
            }
            h.append(escape(ReportText.quoted(a))).append(" <span class=\"meta\">\u2014 <i>")
                    .append(escape(a.articleTitle())).append("</i>, ")
                    .append(escape(ReportText.place(a.outlet(), a.published()))).append("</span></li>\n");
        }
        h.append("</ul>\n");
    }

    private static void topic(StringBuilder h, TopicComparison t) {
        h.append("<h3>").append(escape(t.topic().label()));
        if (t.conflict()) {
            h.append(" <span class=\"conflict\">conflict: ").append(escape(t.conflictSummary())).append("</span>");
        }
        h.append("</h3>\n<table>\n<tr>");
        for (PartyAccounts c : t.columns()) {
            h.append("<th style=\"--party:").append(escape(c.colour())).append("\">").append(escape(c.party()))
                    .append("</th>");
        }
        h.append("</tr>\n<tr>");
        for (PartyAccounts c : t.columns()) {
            h.append("<td>");
            for (Account a : c.accounts()) {
                h.append("<p>").append(a.quote() ? "<q>" + escape(a.text()) + "</q>" : escape(a.text()))
                        .append("<br><span class=\"stance ").append(a.stance().code()).append("\">")
                        .append(a.stance().code()).append("</span> <span class=\"meta\">")
                        .append(escape(a.source() == null ? "no source" : a.source())).append(" \u00b7 ")
                        .append(escape(ReportText.place(a.outlet(), a.published()))).append("</span></p>");
            }
            h.append("</td>");
        }
        h.append("</tr>\n</table>\n");
    }

    private static void article(StringBuilder h, ExportInput.Entry entry) {
        h.append("<h3>").append(escape(entry.article().title())).append("</h3>\n<p class=\"meta\">")
                .append(escape(ReportText.place(entry.article()))).append("</p>\n");
        if (entry.statements().isEmpty()) {
            h.append("<p>No statements.</p>\n");
            return;
        }
        h.append("<table>\n<tr><th>Kind</th><th>Source</th><th>Party</th><th>Stance</th><th>Text</th></tr>\n");
        for (Statement s : entry.statements()) {
            h.append("<tr><td>").append(s.kind().code()).append("</td><td>").append(escape(s.sourceName()))
                    .append("</td><td>").append(escape(s.party())).append("</td><td>").append(s.stance().code())
                    .append("</td><td>").append(escape(s.text())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    static String escape(String raw) {
        if (raw == null) {
            return "";
        }
        String text = XmlText.clean(raw);
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
