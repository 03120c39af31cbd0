-- "Other" was the grey of unattributed claims, so an article of mostly local voices read as all unattributed.
-- Only the shipped default changes; a colour the user chose stays.
UPDATE party SET colour = '#d08a1f' WHERE name = 'Other' AND colour = '#8a8f98';
