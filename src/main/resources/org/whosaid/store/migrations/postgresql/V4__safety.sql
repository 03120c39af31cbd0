-- PostgreSQL twin of ../V4__safety.sql: SQLite's file-header marker has no counterpart on a server, where the
-- whosaid_schema table marks a WhoSaid library. Kept so that the versions of both databases count alike.
SELECT 1;
