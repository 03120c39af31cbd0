-- Sides: the groups of parties Compare shows as one column ("Hamas" and "Gaza Health Ministry" under one side).
CREATE TABLE side (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

ALTER TABLE party ADD COLUMN side_id INTEGER REFERENCES side (id) ON DELETE SET NULL;

-- A party for one statement only, when the reader gives it one that differs from its source's ("this statement").
ALTER TABLE statement ADD COLUMN party_id INTEGER REFERENCES party (id) ON DELETE SET NULL;
