-- PostgreSQL twin of ../V9__coding.sql.
CREATE TABLE coding (
    statement_id BIGINT NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    coder        TEXT   NOT NULL,
    kind         TEXT   NOT NULL,
    source       TEXT,
    party        TEXT,
    stance       TEXT   NOT NULL,
    status       TEXT   NOT NULL,
    modified     TEXT   NOT NULL,
    PRIMARY KEY (statement_id, coder)
);
CREATE INDEX coding_coder ON coding (coder, statement_id);

INSERT INTO coding (statement_id, coder, kind, source, party, stance, status, modified)
SELECT s.id, s.coder, s.kind, src.name, p.name, s.stance, s.status, s.modified
FROM statement s
LEFT JOIN source src ON src.id = s.source_id
LEFT JOIN party p ON p.id = COALESCE(s.party_id, src.party_id)
WHERE s.coder IS NOT NULL AND s.modified IS NOT NULL;
