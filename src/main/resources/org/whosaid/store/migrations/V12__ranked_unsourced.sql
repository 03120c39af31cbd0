-- The whole-library Audit lists the reader's own unsourced marks first, then the most check-worthy: V10's
-- statement_unsourced lacked that first key, so at 100,000 articles every unsourced statement (some 280,000) was
-- sorted to list 500. This index holds them in the Audit's own order, so the first 500 are read straight off it.
DROP INDEX statement_unsourced;
CREATE INDEX statement_unsourced ON statement
    ((CASE WHEN origin = 'user' THEN 0 ELSE 1 END), confidence DESC, article_id, start, end)
    WHERE status = 'active' AND (source_id IS NULL OR kind = 'unattributed');
