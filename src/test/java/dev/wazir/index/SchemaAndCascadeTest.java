package dev.wazir.index;

import dev.wazir.WazirException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 1.0.0 schema, foreign keys ON with their cascades (spec §3.2, §3.3; original tests 5, 20–21). */
class SchemaAndCascadeTest {
    @TempDir
    Path state;

    private List<String> columns(String table) {
        return IndexDatabase.with(state, db -> {
            List<String> out = new java.util.ArrayList<>();
            try (var rs = db.prepare("SELECT name FROM pragma_table_info('" + table + "')").executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Test
    void tablesColumnsAndIndexesAreThoseOfTheOriginal() {
        assertEquals(List.of("file_id", "relative_path", "language", "size_bytes", "line_count", "content_hash",
                "indexed_at"), columns("files"));
        assertEquals(List.of("symbol_id", "file_id", "relative_path", "name", "kind", "signature", "line_start",
                "line_end"), columns("symbols"));
        assertEquals(List.of("outline_id", "file_id", "relative_path", "label", "kind", "level", "line_start",
                "line_end"), columns("outlines"));
        assertEquals(List.of("file_id", "content_hash", "updated_at"), columns("hashes"));
        assertEquals(List.of("run_id", "mode", "started_at", "completed_at", "file_count", "updated_file_count",
                "removed_file_count", "symbol_count", "outline_count"), columns("ingestion_runs"));
        assertEquals(List.of("log_id", "type", "query", "result_count", "created_at"), columns("retrieval_logs"));
        assertEquals(List.of("summary_id", "file_id", "tier", "content", "content_hash", "source_hash", "generator",
                "generated_at"), columns("summaries"));
        assertEquals(List.of("summary_id", "symbol_id", "file_id", "tier", "content", "content_hash", "source_hash",
                "generator", "generated_at"), columns("symbol_summaries"));
        Path db = Sql.db(state);
        assertEquals(List.of("files", "symbols", "outlines", "hashes", "ingestion_runs", "retrieval_logs", "summaries",
                "symbol_summaries", "idx_symbols_name", "idx_outlines_relative_path", "idx_files_relative_path",
                "idx_summaries_file_id", "idx_symbol_summaries_file_id"),
                Sql.rows(db, "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY rowid"));
        assertEquals("delete", Sql.one(db, "PRAGMA journal_mode"));
    }

    private void exec(String... statements) {
        IndexDatabase.with(state, db -> {
            for (String sql : statements) {
                db.execute(sql);
            }
            return null;
        });
    }

    @Test
    void foreignKeysAreEnforcedWithCascades() {
        exec("INSERT INTO files VALUES ('f1', 'a.js', 'javascript', 1, 1, 'h', 't')",
                "INSERT INTO symbols VALUES ('s1', 'f1', 'a.js', 'fn', 'function', 'function fn() {', 1, 1)",
                "INSERT INTO summaries VALUES ('m1', 'f1', 'L0', 'c', 'ch', 'h', 'heuristic', 't')",
                "INSERT INTO symbol_summaries VALUES ('m2', 's1', 'f1', 'L0', 'c', 'ch', 'h', 'heuristic', 't')");
        WazirException e = assertThrows(WazirException.class,
                () -> exec("INSERT INTO summaries VALUES ('m3', 'nope', 'L1', 'c', 'ch', 'h', 'heuristic', 't')"));
        assertTrue(e.getMessage().contains("FOREIGN KEY constraint failed"), e.getMessage());
        assertThrows(WazirException.class,
                () -> exec("INSERT INTO summaries VALUES ('m4', 'f1', 'L2', 'c', 'ch', 'h', 'heuristic', 't')"));
        exec("DELETE FROM symbols WHERE file_id = 'f1'");
        assertEquals("0", Sql.one(Sql.db(state), "SELECT COUNT(*) FROM symbol_summaries"));
        assertEquals("1", Sql.one(Sql.db(state), "SELECT COUNT(*) FROM summaries"));
        exec("DELETE FROM files WHERE file_id = 'f1'");
        assertEquals("0", Sql.one(Sql.db(state), "SELECT COUNT(*) FROM summaries"));
    }

    @Test
    void statsCountSummariesByTierAndGenerator() {
        exec("INSERT INTO files VALUES ('f1', 'a.js', 'javascript', 1, 1, 'h', 't')",
                "INSERT INTO files VALUES ('f2', 'b.js', 'javascript', 1, 1, 'h', 't')",
                "INSERT INTO symbols VALUES ('s1', 'f1', 'a.js', 'fn', 'function', 'function fn() {', 1, 1)",
                "INSERT INTO summaries VALUES ('m1', 'f1', 'L0', 'c', 'ch', 'h', 'heuristic', 't')",
                "INSERT INTO summaries VALUES ('m2', 'f2', 'L0', 'c', 'ch', 'h', 'heuristic', 't')",
                "INSERT INTO summaries VALUES ('m3', 'f1', 'L1', 'c', 'ch', 'h', 'heuristic', 't')",
                "INSERT INTO symbol_summaries VALUES ('m4', 's1', 'f1', 'L0', 'c', 'ch', 'h', 'heuristic', 't')");
        String stats = dev.wazir.text.Json.compact(IndexQueries.stats(state));
        assertTrue(stats.endsWith(",\"summary_counts\":{\"file_summaries\":{\"L0\":2,\"L1\":1},"
                + "\"symbol_summaries\":{\"L0\":1,\"L1\":0},\"generators\":{\"heuristic\":4}}}"), stats);
    }
}
