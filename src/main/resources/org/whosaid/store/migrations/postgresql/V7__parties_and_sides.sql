-- PostgreSQL twin of ../V7__parties_and_sides.sql.
CREATE TABLE side (
    id   BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE nocase
);

ALTER TABLE party ADD COLUMN side_id BIGINT REFERENCES side (id) ON DELETE SET NULL;

ALTER TABLE statement ADD COLUMN party_id BIGINT REFERENCES party (id) ON DELETE SET NULL;
