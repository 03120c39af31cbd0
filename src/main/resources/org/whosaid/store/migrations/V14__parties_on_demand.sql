-- Parties are created as the library needs them, each with a palette colour, when the first source that speaks for
-- one is stored (issue 11): a new library starts with none. The five parties V1 seeded are removed where nothing uses
-- them and the user has neither recoloured them nor put them in a side.
DELETE FROM party
WHERE ((name = 'Russia' AND colour = '#d64545') OR (name = 'Ukraine' AND colour = '#2f7fd8')
        OR (name = 'United States' AND colour = '#7a4fc9') OR (name = 'Analysts' AND colour = '#2e9e6b')
        OR (name = 'Other' AND colour IN ('#d08a1f', '#8a8f98')))
    AND side_id IS NULL
    AND NOT EXISTS (SELECT 1 FROM source WHERE source.party_id = party.id)
    AND NOT EXISTS (SELECT 1 FROM statement WHERE statement.party_id = party.id);
