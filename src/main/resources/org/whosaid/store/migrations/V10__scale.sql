-- The Library pages, filters and sorts in SQL at 100,000 articles: the filters by outlet and language and the
-- sorts by them walk these indexes instead of reading every article row (whose text makes the table large).
CREATE INDEX article_by_outlet_exact ON article (outlet);
CREATE INDEX article_by_language ON article (language);
-- A whole-library Audit counts active statements by source, party, kind and flags: this covering index, in the
-- order of the GROUP BY, answers it without reading the statement rows (two million at 100,000 articles).
CREATE INDEX statement_tally ON statement (source_id, party_id, kind, flags, status);
-- The Audit lists the most check-worthy unsourced statements first: this partial index holds only those, in
-- that order, so the first 500 are read without sorting every statement.
CREATE INDEX statement_unsourced ON statement (confidence DESC, article_id, start)
    WHERE status = 'active' AND (source_id IS NULL OR kind = 'unattributed');
-- The Compare topic list counts active statements by topic, source, party and stance.
CREATE INDEX statement_topic_tally ON statement (topic_id, source_id, party_id, stance, status);
