-- Each coder's own coding of a statement, so that two coders who code the same articles in one library each keep
-- theirs (the statement row holds the current, or curated, coding). One row per coder per statement, written
-- whenever that coder edits or adds it: the kind, the source and party by name (a coding is a record of what the
-- coder said, and names survive a merge of sources or parties), the stance, and whether they keep it at all.
CREATE TABLE coding (
    statement_id INTEGER NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    coder        TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    source       TEXT,
    party        TEXT,
    stance       TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    modified     TEXT    NOT NULL,
    PRIMARY KEY (statement_id, coder)
);
CREATE INDEX coding_coder ON coding (coder, statement_id);

-- A statement a coder edited before codings were kept is that coder's coding as it stands.
INSERT INTO coding (statement_id, coder, kind, source, party, stance, status, modified)
SELECT s.id, s.coder, s.kind, src.name, p.name, s.stance, s.status, s.modified
FROM statement s
LEFT JOIN source src ON src.id = s.source_id
LEFT JOIN party p ON p.id = COALESCE(s.party_id, src.party_id)
WHERE s.coder IS NOT NULL AND s.modified IS NOT NULL;
