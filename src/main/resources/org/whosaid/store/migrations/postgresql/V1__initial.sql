-- PostgreSQL twin of ../V1__initial.sql: the same tables and columns, so that the same SQL serves both databases.
-- SQLite's case-insensitive NOCASE is a nondeterministic ICU collation of the same name (ignores case, not accents);
-- SQLite's group_concat and instr are supplied as functions; full-text search is a tsvector per article (GIN index)
-- that the store fills with the words FTS5's unicode61 tokenizer would index (see SearchIndex).
CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE FUNCTION group_concat_step(acc TEXT, value TEXT, separator TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN value IS NULL THEN acc WHEN acc IS NULL THEN value ELSE acc || separator || value END
    $$;
CREATE AGGREGATE group_concat(TEXT, TEXT) (SFUNC = group_concat_step, STYPE = TEXT);

CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT strpos(haystack, needle) $$;

CREATE TABLE party (
    id     BIGSERIAL PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE COLLATE nocase,
    colour TEXT NOT NULL
);

INSERT INTO party (name, colour) VALUES
    ('Russia', '#d64545'),
    ('Ukraine', '#2f7fd8'),
    ('United States', '#7a4fc9'),
    ('Analysts', '#2e9e6b'),
    ('Other', '#8a8f98');

CREATE TABLE article (
    id        BIGSERIAL PRIMARY KEY,
    title     TEXT NOT NULL,
    byline    TEXT,
    outlet    TEXT,
    url       TEXT,
    published TEXT,
    imported  TEXT NOT NULL,
    language  TEXT,
    text      TEXT NOT NULL,
    hash      TEXT NOT NULL UNIQUE
);

CREATE TABLE source (
    id       BIGSERIAL PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE nocase,
    kind     TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'group', 'anonymous')),
    party_id BIGINT REFERENCES party (id) ON DELETE SET NULL
);

CREATE TABLE source_alias (
    source_id BIGINT NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL COLLATE nocase,
    PRIMARY KEY (source_id, alias)
);
CREATE INDEX source_alias_by_alias ON source_alias (alias);

CREATE TABLE topic (
    id    BIGSERIAL PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL
);

CREATE TABLE statement (
    id         BIGSERIAL PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('quote', 'claim', 'unattributed')),
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    cue_text   TEXT,
    cue_start  INTEGER,
    cue_end    INTEGER,
    source_id  BIGINT REFERENCES source (id) ON DELETE SET NULL,
    mention    TEXT,
    stance     TEXT NOT NULL DEFAULT 'asserts' CHECK (stance IN ('asserts', 'denies', 'questions')),
    topic_id   BIGINT REFERENCES topic (id) ON DELETE SET NULL,
    flags      TEXT NOT NULL DEFAULT '',
    origin     TEXT NOT NULL CHECK (origin IN ('parser', 'user')),
    rule       TEXT,
    confidence DOUBLE PRECISION NOT NULL DEFAULT 1.0,
    status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'rejected')),
    CHECK (start >= 0 AND "end" >= start)
);
CREATE INDEX statement_by_article ON statement (article_id, start);
CREATE INDEX statement_by_source ON statement (source_id);
CREATE INDEX statement_by_topic ON statement (topic_id);

CREATE TABLE tag (
    id   BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE nocase
);

CREATE TABLE statement_tag (
    statement_id BIGINT NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    tag_id       BIGINT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (statement_id, tag_id)
);

CREATE TABLE note (
    id           BIGSERIAL PRIMARY KEY,
    statement_id BIGINT NOT NULL UNIQUE REFERENCES statement (id) ON DELETE CASCADE,
    text         TEXT NOT NULL,
    updated      TEXT NOT NULL
);

-- The words of each article's title and text, as FTS5's article_fts indexes them; deleted with the article.
CREATE TABLE article_search (
    article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    words      TSVECTOR NOT NULL
);
CREATE INDEX article_search_words ON article_search USING gin (words);
