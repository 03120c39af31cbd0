-- Several coders on one library: each edit records who made it and when, and every row a person edits counts its
-- changes, so that an edit made from a stale view (another coder changed the row since it was read) is refused
-- instead of silently overwriting theirs. Rows the parser wrote have no coder and start at version 0.
ALTER TABLE statement ADD COLUMN coder TEXT;
ALTER TABLE statement ADD COLUMN modified TEXT;
ALTER TABLE statement ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

ALTER TABLE source ADD COLUMN coder TEXT;
ALTER TABLE source ADD COLUMN modified TEXT;
ALTER TABLE source ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
