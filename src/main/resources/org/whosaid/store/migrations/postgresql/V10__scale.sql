-- PostgreSQL twin of ../V10__scale.sql.
CREATE INDEX article_by_outlet_exact ON article (outlet);
CREATE INDEX article_by_language ON article (language);
CREATE INDEX statement_tally ON statement (source_id, party_id, kind, flags, status);
CREATE INDEX statement_unsourced ON statement (confidence DESC, article_id, start)
    WHERE status = 'active' AND (source_id IS NULL OR kind = 'unattributed');
CREATE INDEX statement_topic_tally ON statement (topic_id, source_id, party_id, stance, status);
