package org.whosaid.export;

import java.util.List;

import org.whosaid.model.AuditReport;
import org.whosaid.model.TopicComparison;

/** What a readable report shows: the articles with their statements, each topic's accounts by party, the audit. */
public record ReportInput(ExportInput library, List<TopicComparison> topics, AuditReport audit) {
    public ReportInput {
        topics = List.copyOf(topics);
    }
}
