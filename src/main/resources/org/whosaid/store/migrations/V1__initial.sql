-- The data model of DESIGN.md. Offsets are character offsets into article.text.
CREATE TABLE party (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    colour TEXT NOT NULL
);

INSERT INTO party (name, colour) VALUES
    ('Russia', '#d64545'),
    ('Ukraine', '#2f7fd8'),
    ('United States', '#7a4fc9'),
    ('Analysts', '#2e9e6b'),
    ('Other', '#8a8f98');

CREATE TABLE article (
    id        INTEGER PRIMARY KEY,
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
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind     TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'group', 'anonymous')),
    party_id INTEGER REFERENCES party (id) ON DELETE SET NULL
);

CREATE TABLE source_alias (
    source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (source_id, alias)
);
CREATE INDEX source_alias_by_alias ON source_alias (alias);

CREATE TABLE topic (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL
);

CREATE TABLE statement (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('quote', 'claim', 'unattributed')),
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    cue_text   TEXT,
    cue_start  INTEGER,
    cue_end    INTEGER,
    source_id  INTEGER REFERENCES source (id) ON DELETE SET NULL,
    mention    TEXT,
    stance     TEXT NOT NULL DEFAULT 'asserts' CHECK (stance IN ('asserts', 'denies', 'questions')),
    topic_id   INTEGER REFERENCES topic (id) ON DELETE SET NULL,
    flags      TEXT NOT NULL DEFAULT '',
    origin     TEXT NOT NULL CHECK (origin IN ('parser', 'user')),
    rule       TEXT,
    confidence REAL NOT NULL DEFAULT 1.0,
    status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'rejected')),
    CHECK (start >= 0 AND end >= start)
);
CREATE INDEX statement_by_article ON statement (article_id, start);
CREATE INDEX statement_by_source ON statement (source_id);
CREATE INDEX statement_by_topic ON statement (topic_id);

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE statement_tag (
    statement_id INTEGER NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    tag_id       INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (statement_id, tag_id)
);

CREATE TABLE note (
    id           INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL UNIQUE REFERENCES statement (id) ON DELETE CASCADE,
    text         TEXT NOT NULL,
    updated      TEXT NOT NULL
);

CREATE VIRTUAL TABLE article_fts USING fts5 (title, text, content = 'article', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article BEGIN
    INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO article_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE VIRTUAL TABLE statement_fts USING fts5 (text, content = 'statement', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement BEGIN
    INSERT INTO statement_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER statement_fts_delete AFTER DELETE ON statement BEGIN
    INSERT INTO statement_fts (statement_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER statement_fts_update AFTER UPDATE OF text ON statement BEGIN
    INSERT INTO statement_fts (statement_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO statement_fts (rowid, text) VALUES (new.id, new.text);
END;
