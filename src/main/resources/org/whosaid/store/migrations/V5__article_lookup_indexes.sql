-- An imported annotation names its article by URL or title (besides its content hash, already unique):
-- these indexes let an import look the article up instead of scanning the library for every annotation.
CREATE INDEX article_by_url ON article (url);
CREATE INDEX article_by_title ON article (title);
