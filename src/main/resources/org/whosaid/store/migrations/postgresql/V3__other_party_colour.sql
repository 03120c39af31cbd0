-- PostgreSQL twin of ../V3__other_party_colour.sql.
UPDATE party SET colour = '#d08a1f' WHERE name = 'Other' AND colour = '#8a8f98';
