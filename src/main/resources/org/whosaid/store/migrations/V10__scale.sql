-- The Library pages, filters and sorts in SQL at 100,000 articles: the filters by outlet and language and the
-- sorts by them walk these indexes instead of reading every article row (whose text makes the table large).
CREATE INDEX article_by_outlet_exact ON article (outlet);
CREATE INDEX article_by_language ON article (language);
-- A whole-library Audit counts active statements by source, party, kind and flags: this covering index answers it
-- without reading the statement rows (two million of them at 100,000 articles).
CREATE INDEX statement_tally ON statement (status, source_id, party_id, kind, flags);
