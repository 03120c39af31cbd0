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
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO party (name, colour) VALUES (?, ?)")) {
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
