package org.whosaid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows read whole (column to value) and written back as they were: what an undoable deletion keeps. */
final class StoredRows {
    private StoredRows() {
    }

    /** The rows {@code sql} selects, its one parameter being {@code id}. */
    static List<Map<String, Object>> select(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> result = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i), rs.getObject(i));
                    }
                    result.add(row);
                }
                return result;
            }
        }
    }

    /** Inserts each row into {@code table} with the values (and so the ids) it had. */
    static void insert(Connection c, String table, List<Map<String, Object>> rows) throws SQLException {
        for (Map<String, Object> row : rows) {
            List<String> columns = new ArrayList<>(row.keySet());
            // quoted: a column may be a reserved word of PostgreSQL ("end")
            String sql = "INSERT INTO " + table + " (\"" + String.join("\", \"", columns) + "\") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < columns.size(); i++) {
                    ps.setObject(i + 1, row.get(columns.get(i)));
                }
                ps.executeUpdate();
            }
        }
    }
}
