package dev.wazir.index;

import dev.wazir.WazirException;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One connection to {@code <state>/index/index.sqlite}, opened per operation and closed after it, as in
 * 1.0.0: foreign keys ON (sqlite-jdbc's default is off), busy timeout 5000 ms, rollback journal. The schema
 * of 1.0.0 is created when missing, even by read-only commands.
 *
 * <p>Writers (build, refresh, summarize) take the write lock up front with {@code BEGIN IMMEDIATE}, so a
 * second writer waits for the busy timeout instead of failing at its first write. A failed or interrupted
 * write rolls back (SQLite's journal restores the previous index even after a crash), so the previous
 * index, summaries included, stays usable.
 *
 * <p>SQLite failures become one-line messages that say what to do: a locked database, a damaged or
 * foreign file (delete it and rebuild), a read-only or unopenable file, a full disk.
 */
public final class IndexDatabase implements AutoCloseable {
    public static final int BUSY_TIMEOUT_MS = 5000;

    static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS files (\n      file_id TEXT PRIMARY KEY,\n      relative_path TEXT NOT NULL UNIQUE,\n"
                    + "      language TEXT NOT NULL,\n      size_bytes INTEGER NOT NULL,\n      line_count INTEGER NOT NULL,\n"
                    + "      content_hash TEXT NOT NULL,\n      indexed_at TEXT NOT NULL\n    )",
            "CREATE TABLE IF NOT EXISTS symbols (\n      symbol_id TEXT PRIMARY KEY,\n      file_id TEXT NOT NULL,\n"
                    + "      relative_path TEXT NOT NULL,\n      name TEXT NOT NULL,\n      kind TEXT NOT NULL,\n"
                    + "      signature TEXT NOT NULL,\n      line_start INTEGER NOT NULL,\n      line_end INTEGER NOT NULL\n    )",
            "CREATE TABLE IF NOT EXISTS outlines (\n      outline_id TEXT PRIMARY KEY,\n      file_id TEXT NOT NULL,\n"
                    + "      relative_path TEXT NOT NULL,\n      label TEXT NOT NULL,\n      kind TEXT NOT NULL,\n"
                    + "      level INTEGER NOT NULL,\n      line_start INTEGER NOT NULL,\n      line_end INTEGER NOT NULL\n    )",
            "CREATE TABLE IF NOT EXISTS hashes (\n      file_id TEXT PRIMARY KEY,\n      content_hash TEXT NOT NULL,\n"
                    + "      updated_at TEXT NOT NULL\n    )",
            "CREATE TABLE IF NOT EXISTS ingestion_runs (\n      run_id TEXT PRIMARY KEY,\n      mode TEXT NOT NULL,\n"
                    + "      started_at TEXT NOT NULL,\n      completed_at TEXT,\n      file_count INTEGER NOT NULL,\n"
                    + "      updated_file_count INTEGER NOT NULL,\n      removed_file_count INTEGER NOT NULL,\n"
                    + "      symbol_count INTEGER NOT NULL,\n      outline_count INTEGER NOT NULL\n    )",
            "CREATE TABLE IF NOT EXISTS retrieval_logs (\n      log_id TEXT PRIMARY KEY,\n      type TEXT NOT NULL,\n"
                    + "      query TEXT NOT NULL,\n      result_count INTEGER NOT NULL,\n      created_at TEXT NOT NULL\n    )",
            "CREATE TABLE IF NOT EXISTS summaries (\n      summary_id   TEXT PRIMARY KEY,\n"
                    + "      file_id      TEXT NOT NULL REFERENCES files(file_id) ON DELETE CASCADE,\n"
                    + "      tier         TEXT NOT NULL CHECK (tier IN ('L0', 'L1')),\n      content      TEXT NOT NULL,\n"
                    + "      content_hash TEXT NOT NULL,\n      source_hash  TEXT NOT NULL,\n      generator    TEXT NOT NULL,\n"
                    + "      generated_at TEXT NOT NULL,\n      UNIQUE(file_id, tier)\n    )",
            "CREATE TABLE IF NOT EXISTS symbol_summaries (\n      summary_id   TEXT PRIMARY KEY,\n"
                    + "      symbol_id    TEXT NOT NULL REFERENCES symbols(symbol_id) ON DELETE CASCADE,\n"
                    + "      file_id      TEXT NOT NULL REFERENCES files(file_id) ON DELETE CASCADE,\n"
                    + "      tier         TEXT NOT NULL CHECK (tier IN ('L0', 'L1')),\n      content      TEXT NOT NULL,\n"
                    + "      content_hash TEXT NOT NULL,\n      source_hash  TEXT NOT NULL,\n      generator    TEXT NOT NULL,\n"
                    + "      generated_at TEXT NOT NULL,\n      UNIQUE(symbol_id, tier)\n    )",
            "CREATE INDEX IF NOT EXISTS idx_symbols_name ON symbols(name)",
            "CREATE INDEX IF NOT EXISTS idx_outlines_relative_path ON outlines(relative_path)",
            "CREATE INDEX IF NOT EXISTS idx_files_relative_path ON files(relative_path)",
            "CREATE INDEX IF NOT EXISTS idx_summaries_file_id ON summaries(file_id)",
            "CREATE INDEX IF NOT EXISTS idx_symbol_summaries_file_id ON symbol_summaries(file_id)");

    private static final Set<String> SCHEMA_NAMES = Set.of("files", "symbols", "outlines", "hashes", "ingestion_runs",
            "retrieval_logs", "summaries", "symbol_summaries", "idx_symbols_name", "idx_outlines_relative_path",
            "idx_files_relative_path", "idx_summaries_file_id", "idx_symbol_summaries_file_id");

    private final Path path;
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private boolean inTransaction;

    private IndexDatabase(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    public static Path databasePath(Path stateRoot) {
        return stateRoot.resolve("index").resolve("index.sqlite");
    }

    /** Opens (creating folders, file and schema as needed) the index of a state root. */
    public static IndexDatabase open(Path stateRoot) {
        Path file = databasePath(stateRoot);
        try {
            Files.createDirectories(file.getParent());
        } catch (FileAlreadyExistsException e) {
            throw new WazirException("EEXIST: file already exists, mkdir '" + e.getFile() + "'");
        } catch (IOException e) {
            throw new WazirException("Cannot create the index folder " + file.getParent() + ": " + folderError(e));
        }
        if (Files.isDirectory(file)) {
            throw new WazirException("The index database path is a folder, not a file: " + file
                    + ". Remove it and run 'wazir index build'.");
        }
        Connection connection;
        try {
            connection = Driver.connect(file);
        } catch (SQLException e) {
            throw translate(e, file);
        } catch (LinkageError e) {
            throw new WazirException("The SQLite library could not be loaded (" + e.getMessage() + "). It is unpacked"
                    + " into java.io.tmpdir; point TMPDIR at a folder that allows running programs.");
        }
        IndexDatabase db = new IndexDatabase(file, connection);
        try {
            db.ensureSchema();
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e instanceof SQLException ? translate((SQLException) e, file) : (RuntimeException) e;
        }
        return db;
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts loading the SQLite driver on a background thread, so that its start-up (native library, and the
     * date-format and locale data every driver configuration builds) overlaps the caller's project and manifest
     * lookup. Called by {@code index} and {@code recall} once their options are parsed. Nothing here can fail a
     * command: any error is left for {@link #open} to meet and report as before.
     */
    public static void warmUpInBackground() {
        if (!WARMING.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Driver.warmUp();
            } catch (Throwable e) {
                // open() loads the driver again and reports what went wrong.
            }
        }, "wazir-sqlite-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Why a folder could not be made, in the style of Node's messages ({@code NoSuchFileException} names only a path). */
    static String folderError(IOException e) {
        if (!(e instanceof java.nio.file.FileSystemException)) {
            return String.valueOf(e.getMessage());
        }
        java.nio.file.FileSystemException f = (java.nio.file.FileSystemException) e;
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "ENOENT: no such file or directory, mkdir '" + f.getFile() + "'";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "EACCES: permission denied, mkdir '" + f.getFile() + "'";
        }
        return (f.getReason() == null ? "cannot create" : f.getReason()) + ", mkdir '" + f.getFile() + "'";
    }

    /** The SQLite driver, loaded (with its native library) only by the commands that use the index. */
    private static final class Driver {
        static {
            // sqlite-jdbc logs through SLF4J when it is on the class path (another library brings the API
            // without a provider); keep SLF4J's "no providers" notice off stderr, which is part of the output.
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "ERROR");
            }
            NativeLibraryCache.install();
        }

        static void warmUp() throws Exception {
            org.sqlite.SQLiteJDBCLoader.initialize();
            new org.sqlite.SQLiteConfig();
        }

        static Connection connect(Path file) throws SQLException {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setTempStore(org.sqlite.SQLiteConfig.TempStore.MEMORY);
            return config.createConnection("jdbc:sqlite:" + file);
        }
    }

    private void ensureSchema() throws SQLException {
        Set<String> present = new HashSet<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        if (present.containsAll(SCHEMA_NAMES)) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("BEGIN IMMEDIATE");
            try {
                for (String sql : SCHEMA) {
                    st.executeUpdate(sql);
                }
                st.executeUpdate("COMMIT");
            } catch (SQLException e) {
                st.executeUpdate("ROLLBACK");
                throw e;
            }
        }
    }

    public Path path() {
        return path;
    }

    /** A prepared statement, cached for the life of this connection. */
    public PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    public void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    public long count(String table) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) AS count FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public void begin() throws SQLException {
        // A larger page cache for the writer keeps a big build from spilling pages mid-transaction.
        execute("PRAGMA cache_size = -65536");
        execute("BEGIN IMMEDIATE");
        inTransaction = true;
    }

    public void commit() throws SQLException {
        execute("COMMIT");
        inTransaction = false;
    }

    /** Rolls back an open transaction; never throws (the original failure is what the user needs to see). */
    public void rollbackQuietly() {
        if (!inTransaction) {
            return;
        }
        inTransaction = false;
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite already rolled back (e.g. after SQLITE_FULL); nothing else to undo.
        }
    }

    @Override
    public void close() {
        rollbackQuietly();
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                // closing: nothing to report
            }
        }
        statements.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            // closing: nothing to report
        }
    }

    /** Work done on an open index; SQLite errors become clear messages. */
    @FunctionalInterface
    public interface Work<T> {
        T run(IndexDatabase db) throws SQLException;
    }

    /** Opens the index of a state root, runs the work, closes it. */
    public static <T> T with(Path stateRoot, Work<T> work) {
        try (IndexDatabase db = open(stateRoot)) {
            try {
                return work.run(db);
            } catch (SQLException e) {
                db.rollbackQuietly();
                throw translate(e, db.path());
            } catch (RuntimeException | Error e) {
                db.rollbackQuietly();
                throw e;
            }
        }
    }

    /** A one-line message for a SQLite failure on the index file. */
    public static WazirException translate(SQLException e, Path file) {
        int code = e.getErrorCode() & 0xFF;
        if (e instanceof org.sqlite.SQLiteException) {
            code = ((org.sqlite.SQLiteException) e).getResultCode().code & 0xFF;
        }
        String detail = sqliteMessage(e);
        switch (code) {
            case 5: // SQLITE_BUSY
            case 6: // SQLITE_LOCKED
                return new WazirException("The index database is locked by another process (waited "
                        + BUSY_TIMEOUT_MS / 1000 + " s): " + file + ". Try again when the other wazir command has finished.");
            case 11: // SQLITE_CORRUPT
            case 26: // SQLITE_NOTADB
                return new WazirException("The index database is damaged or is not an index (" + detail + "): " + file
                        + ". Delete it and run 'wazir index build' to rebuild it.");
            case 8: // SQLITE_READONLY
                return new WazirException("The index database is read-only (" + detail + "): " + file + ".");
            case 13: // SQLITE_FULL
                return new WazirException("The disk is full; the index database was not changed: " + file + ".");
            case 14: // SQLITE_CANTOPEN
                return new WazirException("Cannot open the index database (" + detail + "): " + file + ".");
            case 1: // SQLITE_ERROR: tables of another shape (an index written by something else) are the likely cause
                if (detail.startsWith("no such column") || detail.startsWith("no such table")
                        || detail.contains("has no column named") || detail.contains(" columns but ")) {
                    return new WazirException("The index database does not have the expected tables (" + detail + "): "
                            + file + ". Delete it and run 'wazir index build' to rebuild it.");
                }
                return new WazirException("Index database error (" + detail + "): " + file);
            default:
                return new WazirException("Index database error (" + detail + "): " + file);
        }
    }

    /** SQLite's own text from a sqlite-jdbc message like {@code [SQLITE_BUSY] The database file is locked (database is locked)}. */
    static String sqliteMessage(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int open = message.lastIndexOf(" (");
        if (message.startsWith("[") && open > 0 && message.endsWith(")")) {
            return message.substring(open + 2, message.length() - 1);
        }
        return message;
    }
}
