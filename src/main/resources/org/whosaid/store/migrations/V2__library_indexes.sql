-- The library list counts each article's active statements by kind and collects their parties:
-- a covering index answers that without reading the statement rows.
CREATE INDEX statement_by_article_status ON statement (article_id, status, kind, source_id);

-- Ordering and filtering the library by date and outlet.
CREATE INDEX article_by_published ON article (published);
CREATE INDEX article_by_outlet ON article (outlet COLLATE NOCASE);
