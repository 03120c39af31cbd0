-- Subscribed RSS and Atom feeds, with the validators of their last download for conditional GETs.
CREATE TABLE feed (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    title         TEXT,
    etag          TEXT,
    last_modified TEXT,
    added         TEXT NOT NULL,
    checked       TEXT,
    error         TEXT
);

-- The items of a feed already imported, by their guid/id (else link), so an update takes new items only.
CREATE TABLE feed_item (
    feed_id    INTEGER NOT NULL REFERENCES feed (id) ON DELETE CASCADE,
    item_key   TEXT NOT NULL,
    article_id INTEGER REFERENCES article (id) ON DELETE SET NULL,
    seen       TEXT NOT NULL,
    PRIMARY KEY (feed_id, item_key)
);
