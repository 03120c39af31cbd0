-- PostgreSQL twin of ../V11__checklist.sql.
ALTER TABLE article ADD COLUMN dateline TEXT;
ALTER TABLE article ADD COLUMN corrections TEXT;
