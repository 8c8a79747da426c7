package dev.wazir.index;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads an index database directly, the way the sqlite3 shell would. */
public final class Sql {
    private Sql() {
    }

    public static Path db(Path stateRoot) {
        return stateRoot.resolve("index/index.sqlite");
    }

    /** Rows with their columns joined by {@code |} (SQLite shell style). */
    public static List<String> rows(Path database, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    if (i > 1) {
                        b.append('|');
                    }
                    b.append(rs.getString(i));
                }
                out.add(b.toString());
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String one(Path database, String sql) {
        List<String> rows = rows(database, sql);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public static void exec(Path database, String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
