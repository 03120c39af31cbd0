-- Telegram and feed imports ask whether a post's URL is stored before analysing it.
CREATE INDEX article_by_url ON article (url);
