-- PostgreSQL twin of ../V2__library_indexes.sql.
CREATE INDEX statement_by_article_status ON statement (article_id, status, kind, source_id);

CREATE INDEX article_by_published ON article (published);
CREATE INDEX article_by_outlet ON article (outlet COLLATE nocase);
