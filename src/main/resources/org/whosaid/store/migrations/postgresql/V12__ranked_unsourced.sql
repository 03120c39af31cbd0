-- PostgreSQL twin of ../V12__ranked_unsourced.sql.
DROP INDEX statement_unsourced;
CREATE INDEX statement_unsourced ON statement
    ((CASE WHEN origin = 'user' THEN 0 ELSE 1 END), confidence DESC, article_id, start, "end")
    WHERE status = 'active' AND (source_id IS NULL OR kind = 'unattributed');
