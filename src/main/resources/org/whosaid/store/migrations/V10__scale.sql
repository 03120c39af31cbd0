-- The Library pages, filters and sorts in SQL at 100,000 articles: the filters by outlet and language and the
-- sorts by them walk these indexes instead of reading every article row (whose text makes the table large).
CREATE INDEX article_by_outlet_exact ON article (outlet);
CREATE INDEX article_by_language ON article (language);
