-- WhoSaid's own marker in the file header: a library is recognised by it before anything is written, so another
-- program's SQLite file is refused untouched. Libraries of earlier versions are recognised by their exact tables.
PRAGMA application_id = 1466462035;
