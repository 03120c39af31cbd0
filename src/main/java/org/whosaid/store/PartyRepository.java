package org.whosaid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.whosaid.model.Party;

/** Parties (the sides sources speak for) and their colours. */
public final class PartyRepository {
    private final Database database;

    public PartyRepository(Database database) {
        this.database = database;
    }

    public List<Party> all() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, colour FROM party ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                List<Party> parties = new ArrayList<>();
                while (rs.next()) {
                    parties.add(new Party(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
                return parties;
            }
        });
    }

    /** Adds a party, or changes the colour of an existing one. */
    public void save(String name, String colour) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO party (name, colour) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET colour = excluded.colour""")) {
                ps.setString(1, name);
                ps.setString(2, colour);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Adds the parties this library does not have yet; the colours of parties it has are the user's and stay. */
    public void addMissing(java.util.Map<String, String> colours) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO party (name, colour) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (var party : colours.entrySet()) {
                    ps.setString(1, party.getKey());
                    ps.setString(2, party.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Adds a party with the palette colour fewest parties have; an existing one is left as it is. */
    public void add(String name) {
        database.write(c -> idFor(c, name));
    }

    /** Removes a party that no source speaks for (the undo of an add). */
    public void removeUnused(String name) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM party WHERE name = ? AND id NOT IN (SELECT party_id FROM source WHERE party_id IS NOT NULL)")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Each party's side by party name (lower case), for the parties grouped into one. */
    public java.util.Map<String, String> sides() {
        return database.read(c -> {
            java.util.Map<String, String> sides = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT p.name, s.name FROM party p JOIN side s ON s.id = p.side_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sides.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getString(2));
                }
            }
            return sides;
        });
    }

    /** The side a party is grouped into, or null. */
    public String sideOf(String party) {
        return sides().get(party.toLowerCase(java.util.Locale.ROOT));
    }

    /** Groups a party into a side (created when new); null takes it out of any side. Sides left empty go. */
    public void setSide(String party, String side) {
        database.write(c -> {
            Long sideId = null;
            if (side != null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO side (name) VALUES (?) ON CONFLICT DO NOTHING")) {
                    ps.setString(1, side);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM side WHERE name = ?")) {
                    ps.setString(1, side);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        sideId = rs.getLong(1);
                    }
                }
            }
            long partyId = idFor(c, party);
            try (PreparedStatement ps = c.prepareStatement("UPDATE party SET side_id = ? WHERE id = ?")) {
                ps.setObject(1, sideId);
                ps.setLong(2, partyId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM side WHERE id NOT IN (SELECT side_id FROM party WHERE side_id IS NOT NULL)")) {
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Renames a party; its sources and statements follow. A name another party has is an error. */
    public void rename(String from, String to) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE party SET name = ? WHERE name = ?")) {
                ps.setString(1, to);
                ps.setString(2, from);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("no party " + from);
                }
            } catch (SQLException e) {
                throw new StoreException("cannot rename the party " + from + " to " + to + ": " + e.getMessage(), e);
            }
            return null;
        });
    }

    /** What a merge changed, so it can be undone: the merged party and the sources that moved. */
    public record Merge(Party merged, String into, String side, List<Long> movedSources) {
    }

    /** Merges party {@code from} into {@code into}: its sources take {@code into}, and it disappears. */
    public Merge merge(String from, String into) {
        return database.write(c -> {
            Party merged = find(c, from);
            if (merged == null || find(c, into) == null) {
                throw new StoreException("no party " + (merged == null ? from : into));
            }
            String side = null;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT s.name FROM party p JOIN side s ON s.id = p.side_id WHERE p.id = ?")) {
                ps.setLong(1, merged.id());
                try (ResultSet rs = ps.executeQuery()) {
                    side = rs.next() ? rs.getString(1) : null;
                }
            }
            List<Long> moved = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM source WHERE party_id = ?")) {
                ps.setLong(1, merged.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        moved.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE source SET party_id = (SELECT id FROM party WHERE name = ?) WHERE party_id = ?")) {
                ps.setString(1, into);
                ps.setLong(2, merged.id());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM party WHERE id = ?")) {
                ps.setLong(1, merged.id());
                ps.executeUpdate();
            }
            return new Merge(merged, into, side, moved);
        });
    }

    /** Brings a merged party back, with its colour, side and sources. */
    public void undoMerge(Merge merge) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO party (id, name, colour) VALUES (?, ?, ?)")) {
                ps.setLong(1, merge.merged().id());
                ps.setString(2, merge.merged().name());
                ps.setString(3, merge.merged().colour());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE source SET party_id = ? WHERE id = ?")) {
                for (long id : merge.movedSources()) {
                    ps.setLong(1, merge.merged().id());
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
        if (merge.side() != null) {
            setSide(merge.merged().name(), merge.side());
        }
    }

    private static Party find(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, colour FROM party WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Party(rs.getLong(1), rs.getString(2), rs.getString(3)) : null;
            }
        }
    }

    /** The party's id, creating it with the palette colour fewest parties have when the library has none so named. */
    static long idFor(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM party WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        List<String> used = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT colour FROM party"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                used.add(rs.getString(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO party (name, colour) VALUES (?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, org.whosaid.model.PartyPalette.next(used));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
