-- PostgreSQL twin of ../V10__scale.sql.
CREATE INDEX article_by_outlet_exact ON article (outlet);
CREATE INDEX article_by_language ON article (language);
CREATE INDEX statement_tally ON statement (status, source_id, party_id, kind, flags);
