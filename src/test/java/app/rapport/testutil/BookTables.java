package app.rapport.testutil;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a book holds, table by table and row by row (with each row's rowid), read beside the
 * app's own connection: to check that a change was taken back exactly. Leaves out the change
 * count and the agendas saved ahead, which record the writes rather than the book's contents.
 */
public final class BookTables {
    private static final List<String> NOT_CONTENTS = List.of("book_changes", "agenda_snapshots");

    private BookTables() {
    }

    public static Map<String, List<String>> contents(Path bookFile) {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + bookFile); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            names.removeAll(NOT_CONTENTS);
            for (String name : names) {
                tables.put(name, rows(s, name));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + bookFile, e);
        }
        return tables;
    }

    private static List<String> rows(Statement s, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT rowid, * FROM \"" + table + "\" ORDER BY rowid")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " | ").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
