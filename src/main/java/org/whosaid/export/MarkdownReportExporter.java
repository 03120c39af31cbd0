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

/** A readable Markdown report: the audit figures, each topic's accounts side by side, each article's statements. */
public final class MarkdownReportExporter {

    public void write(ReportInput input, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(render(input));
        w.flush();
    }

    public String render(ReportInput input) {
        StringBuilder md = new StringBuilder("# WhoSaid report\n\n");
        audit(md, input.audit());
        md.append("## Topics\n\n");
        if (input.topics().isEmpty()) {
            md.append("No statement answers a topic yet.\n\n");
        }
        for (TopicComparison topic : input.topics()) {
            topic(md, topic);
        }
        md.append("## Articles\n\n");
        for (ExportInput.Entry entry : input.library().articles()) {
            article(md, entry);
        }
        return md.toString();
    }

    private static void audit(StringBuilder md, AuditReport audit) {
        md.append("## Audit\n\n").append(ReportText.summary(audit)).append("\n\n");
        md.append("### Voices per party\n\n| Party | Statements | Direct quotes |\n|---|---:|---:|\n");
        for (PartyVoices v : audit.voices()) {
            md.append("| ").append(cell(v.party())).append(" | ").append(v.statements()).append(" | ")
                    .append(v.quotes()).append(" |\n");
        }
        md.append('\n');
        items(md, ReportText.UNATTRIBUTED_HEADING, audit.unattributedClaims());
        items(md, "Vague and anonymous sources", audit.weakSources());
    }

    private static void items(StringBuilder md, String heading, List<AuditItem> items) {
        md.append("### ").append(heading).append("\n\n");
        if (items.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        for (AuditItem item : items) {
            Account a = item.account();
            md.append("- ").append(a.source() == null ? "" : "**" + inline(a.source()) + "** (" + ReportText.reason(item)
                    + "): ").append(inline(ReportText.quoted(a))).append(" \u2014 *")
                    .append(inline(a.articleTitle())).append("*, ").append(inline(ReportText.place(a.outlet(),
                            a.published()))).append('\n');
        }
        md.append('\n');
    }

    private static void topic(StringBuilder md, TopicComparison t) {
        md.append("### ").append(inline(t.topic().label())).append(t.conflict() ? " \u2014 conflict" : "")
                .append("\n\n");
        if (t.conflict()) {
            md.append("Conflict: ").append(inline(t.conflictSummary())).append(".\n\n");
        }
        md.append('|');
        for (PartyAccounts c : t.columns()) {
            md.append(' ').append(cell(c.party())).append(" |");
        }
        md.append("\n|");
        md.append("---|".repeat(t.columns().size()));
        md.append('\n');
        int rows = t.columns().stream().mapToInt(c -> c.accounts().size()).max().orElse(0);
        for (int row = 0; row < rows; row++) {
            md.append('|');
            for (PartyAccounts c : t.columns()) {
                String value = row < c.accounts().size() ? account(c.accounts().get(row)) : "";
                md.append(' ').append(value).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static String account(Account a) {
        return cell(ReportText.quoted(a)) + "<br>*" + cell(ReportText.byline(a)) + "*";
    }

    private static void article(StringBuilder md, ExportInput.Entry entry) {
        md.append("### ").append(inline(entry.article().title())).append("\n\n*")
                .append(inline(ReportText.place(entry.article()))).append("*\n\n");
        if (entry.statements().isEmpty()) {
            md.append("No statements.\n\n");
            return;
        }
        md.append("| Kind | Source | Party | Stance | Text |\n|---|---|---|---|---|\n");
        for (Statement s : entry.statements()) {
            md.append("| ").append(s.kind().code()).append(" | ").append(cell(orDash(s.sourceName()))).append(" | ")
                    .append(cell(orDash(s.party()))).append(" | ").append(s.stance().code()).append(" | ")
                    .append(cell(s.text())).append(" |\n");
        }
        md.append('\n');
    }

    private static String orDash(String s) {
        return s == null ? "\u2014" : s;
    }

    /** Text inside a table cell: no line breaks, pipes escaped, Markdown markup neutralised. */
    static String cell(String text) {
        return inline(text).replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    /** Running text with Markdown's markup characters escaped, so a quote with * or _ stays a quote. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
}
