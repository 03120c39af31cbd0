-- PostgreSQL twin of ../V5__article_lookup_indexes.sql.
CREATE INDEX article_by_url ON article (url);
CREATE INDEX article_by_title ON article (title);
