-- PostgreSQL twin of ../V6__feeds.sql.
CREATE TABLE feed (
    id            BIGSERIAL PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    title         TEXT,
    etag          TEXT,
    last_modified TEXT,
    added         TEXT NOT NULL,
    checked       TEXT,
    error         TEXT
);

CREATE TABLE feed_item (
    feed_id    BIGINT NOT NULL REFERENCES feed (id) ON DELETE CASCADE,
    item_key   TEXT NOT NULL,
    article_id BIGINT REFERENCES article (id) ON DELETE SET NULL,
    seen       TEXT NOT NULL,
    PRIMARY KEY (feed_id, item_key)
);
