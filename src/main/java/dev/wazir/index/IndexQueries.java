package dev.wazir.index;

import dev.wazir.text.IsoTime;
import dev.wazir.text.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The read side of the index: stats, symbol search and lookup, file outlines, indexed files, stored
 * summaries and the retrieval log. The SQL is 1.0.0's, so SQLite decides matching (ASCII-only LIKE with
 * {@code %}/{@code _} wildcards) and ordering (BINARY collation, ties in row order) exactly as it did.
 */
public final class IndexQueries {
    /** The symbol columns in {@link IndexedSymbol} order, qualified by the alias {@code sym}. */
    private static final String SYMBOL_COLUMNS = "sym.symbol_id, sym.file_id, sym.relative_path, sym.name, sym.kind,"
            + " sym.signature, sym.line_start, sym.line_end";

    private IndexQueries() {
    }

    public static ObjectNode stats(Path stateRoot) {
        return IndexDatabase.with(stateRoot, db -> {
            ObjectNode o = Json.object();
            o.put("file_count", db.count("files"));
            o.put("symbol_count", db.count("symbols"));
            o.put("outline_count", db.count("outlines"));
            try (ResultSet rs = db.prepare("SELECT r.run_id, r.mode, r.completed_at FROM ingestion_runs AS r"
                    + " ORDER BY r.completed_at DESC LIMIT 1").executeQuery()) {
                if (rs.next()) {
                    ObjectNode run = o.putObject("last_run");
                    run.put("run_id", rs.getString(1));
                    run.put("mode", rs.getString(2));
                    run.put("completed_at", rs.getString(3));
                } else {
                    o.putNull("last_run");
                }
            }
            o.put("database_path", db.path().toString());
            ObjectNode counts = summaryCounts(db);
            if (counts != null) {
                o.set("summary_counts", counts);
            }
            return o;
        });
    }

    /** {@code summary_counts}, or null when neither summary table has a row. */
    static ObjectNode summaryCounts(IndexDatabase db) throws SQLException {
        if (db.count("summaries") + db.count("symbol_summaries") == 0) {
            return null;
        }
        ObjectNode o = Json.object();
        o.set("file_summaries", tierCounts(db, "SELECT t.tier, COUNT(*) FROM summaries AS t GROUP BY t.tier"));
        o.set("symbol_summaries", tierCounts(db, "SELECT t.tier, COUNT(*) FROM symbol_summaries AS t GROUP BY t.tier"));
        ObjectNode generators = o.putObject("generators");
        try (ResultSet rs = db.prepare("SELECT u.generator, COUNT(*) FROM (SELECT s.generator FROM summaries AS s"
                + " UNION ALL SELECT y.generator FROM symbol_summaries AS y) AS u GROUP BY u.generator").executeQuery()) {
            while (rs.next()) {
                generators.put(rs.getString(1), rs.getLong(2));
            }
        }
        return o;
    }

    private static ObjectNode tierCounts(IndexDatabase db, String sql) throws SQLException {
        ObjectNode o = Json.object();
        o.put("L0", 0);
        o.put("L1", 0);
        try (ResultSet rs = db.prepare(sql).executeQuery()) {
            while (rs.next()) {
                o.put(rs.getString(1), rs.getLong(2));
            }
        }
        return o;
    }

    /** {@code index search-symbols}: every match, exact names first; logs the search. */
    public static ObjectNode searchSymbols(Path stateRoot, String query) {
        return IndexDatabase.with(stateRoot, db -> {
            ObjectNode o = Json.object();
            o.put("query", query);
            ArrayNode results = o.putArray("results");
            PreparedStatement st = db.prepare("SELECT sym.symbol_id, sym.relative_path, sym.name, sym.kind, sym.signature,"
                    + " sym.line_start, sym.line_end FROM symbols AS sym WHERE LOWER(sym.name) LIKE LOWER(?1)"
                    + " ORDER BY (LOWER(sym.name) <> LOWER(?2)), sym.name, sym.line_start");
            st.setString(1, "%" + query + "%");
            st.setString(2, query);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ObjectNode r = results.addObject();
                    r.put("symbol_id", rs.getString(1));
                    r.put("relative_path", rs.getString(2));
                    r.put("name", rs.getString(3));
                    r.put("kind", rs.getString(4));
                    r.put("signature", rs.getString(5));
                    r.put("line_start", rs.getLong(6));
                    r.put("line_end", rs.getLong(7));
                }
            }
            log(db, "search-symbols", query, results.size());
            return o;
        });
    }

    /** {@code index get-symbol}: by exact id, else exact name (lowest line), else first substring match. */
    public static IndexedSymbol findSymbol(Path stateRoot, String query) {
        return IndexDatabase.with(stateRoot, db -> findSymbol(db, query));
    }

    static IndexedSymbol findSymbol(IndexDatabase db, String query) throws SQLException {
        PreparedStatement byId = db.prepare("SELECT " + SYMBOL_COLUMNS + " FROM symbols AS sym WHERE sym.symbol_id = ?1 LIMIT 1");
        byId.setString(1, query);
        IndexedSymbol found = firstSymbol(byId);
        if (found != null) {
            return found;
        }
        PreparedStatement byName = db.prepare("SELECT " + SYMBOL_COLUMNS
                + " FROM symbols AS sym WHERE LOWER(sym.name) = LOWER(?1) ORDER BY sym.line_start LIMIT 1");
        byName.setString(1, query);
        found = firstSymbol(byName);
        if (found != null) {
            return found;
        }
        PreparedStatement like = db.prepare("SELECT " + SYMBOL_COLUMNS
                + " FROM symbols AS sym WHERE LOWER(sym.name) LIKE LOWER(?1) ORDER BY sym.name, sym.line_start LIMIT 1");
        like.setString(1, "%" + query + "%");
        return firstSymbol(like);
    }

    private static IndexedSymbol firstSymbol(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            return rs.next() ? symbol(rs) : null;
        }
    }

    static IndexedSymbol symbol(ResultSet rs) throws SQLException {
        return new IndexedSymbol(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getLong(8));
    }

    /** The JSON of a symbol row, in 1.0.0's column order. */
    public static ObjectNode toJson(IndexedSymbol s) {
        ObjectNode o = Json.object();
        o.put("symbol_id", s.symbolId());
        o.put("file_id", s.fileId());
        o.put("relative_path", s.relativePath());
        o.put("name", s.name());
        o.put("kind", s.kind());
        o.put("signature", s.signature());
        o.put("line_start", s.lineStart());
        o.put("line_end", s.lineEnd());
        return o;
    }

    /** {@code index get-file-outline}: the entries of exactly this relative path. */
    public static ObjectNode fileOutline(Path stateRoot, String relativePath) {
        return IndexDatabase.with(stateRoot, db -> {
            ObjectNode o = Json.object();
            o.put("relative_path", relativePath);
            ArrayNode entries = o.putArray("entries");
            PreparedStatement st = db.prepare("SELECT o.label, o.kind, o.level, o.line_start, o.line_end FROM outlines AS o"
                    + " WHERE o.relative_path = ?1 ORDER BY o.line_start, o.label");
            st.setString(1, relativePath);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ObjectNode e = entries.addObject();
                    e.put("label", rs.getString(1));
                    e.put("kind", rs.getString(2));
                    e.put("level", rs.getLong(3));
                    e.put("line_start", rs.getLong(4));
                    e.put("line_end", rs.getLong(5));
                }
            }
            return o;
        });
    }

    /** An indexed file's id and content hash, or null when the path is not indexed. */
    public record IndexedFile(String fileId, String relativePath, String language, long sizeBytes, long lineCount,
            String contentHash) {
    }

    public static IndexedFile indexedFile(Path stateRoot, String relativePath) {
        return IndexDatabase.with(stateRoot, db -> {
            PreparedStatement st = db.prepare("SELECT f.file_id, f.relative_path, f.language, f.size_bytes, f.line_count,"
                    + " f.content_hash FROM files AS f WHERE f.relative_path = ?1 LIMIT 1");
            st.setString(1, relativePath);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new IndexedFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getString(6)) : null;
            }
        });
    }

    /** A stored summary row. */
    public record StoredSummary(String summaryId, String ownerId, String fileId, String tier, String content,
            String contentHash, String sourceHash, String generator, String generatedAt) {
    }

    public static StoredSummary fileSummary(Path stateRoot, String fileId, String tier) {
        return IndexDatabase.with(stateRoot, db -> fileSummary(db, fileId, tier));
    }

    static StoredSummary fileSummary(IndexDatabase db, String fileId, String tier) throws SQLException {
        PreparedStatement st = db.prepare("SELECT x.summary_id, x.file_id, x.file_id, x.tier, x.content, x.content_hash,"
                + " x.source_hash, x.generator, x.generated_at FROM summaries AS x WHERE x.file_id = ?1 AND x.tier = ?2");
        st.setString(1, fileId);
        st.setString(2, tier);
        return summary(st);
    }

    public static StoredSummary symbolSummary(Path stateRoot, String symbolId, String tier) {
        return IndexDatabase.with(stateRoot, db -> symbolSummary(db, symbolId, tier));
    }

    static StoredSummary symbolSummary(IndexDatabase db, String symbolId, String tier) throws SQLException {
        PreparedStatement st = db.prepare("SELECT x.summary_id, x.symbol_id, x.file_id, x.tier, x.content, x.content_hash,"
                + " x.source_hash, x.generator, x.generated_at FROM symbol_summaries AS x"
                + " WHERE x.symbol_id = ?1 AND x.tier = ?2");
        st.setString(1, symbolId);
        st.setString(2, tier);
        return summary(st);
    }

    private static StoredSummary summary(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            return rs.next() ? new StoredSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)) : null;
        }
    }

    /** Appends a {@code retrieval_logs} row on its own connection (autocommit). */
    public static void logRetrieval(Path stateRoot, String type, String query, long resultCount) {
        IndexDatabase.with(stateRoot, db -> {
            log(db, type, query, resultCount);
            return null;
        });
    }

    /**
     * The log id hashes type, query and the current millisecond, so two identical retrievals within one
     * millisecond collide on the primary key (1.0.0 then failed the command); here the insert waits for the
     * next millisecond instead.
     */
    private static void log(IndexDatabase db, String type, String query, long resultCount) throws SQLException {
        for (int attempt = 0;; attempt++) {
            try {
                insertLog(db, type, query, resultCount);
                return;
            } catch (SQLException e) {
                if ((e.getErrorCode() & 0xFF) != 19 || attempt >= 20) { // SQLITE_CONSTRAINT
                    throw e;
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void insertLog(IndexDatabase db, String type, String query, long resultCount) throws SQLException {
        PreparedStatement st = db.prepare("INSERT INTO retrieval_logs (log_id, type, query, result_count, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)");
        st.setString(1, Ids.createId(type, query, IsoTime.now()));
        st.setString(2, type);
        st.setString(3, query);
        st.setLong(4, resultCount);
        st.setString(5, IsoTime.now());
        st.executeUpdate();
    }
}
