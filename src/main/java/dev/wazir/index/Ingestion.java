package dev.wazir.index;

import dev.wazir.text.IsoTime;
import dev.wazir.text.Json;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code index build} and {@code index refresh}: walk the project, read and parse files on all cores, and
 * write files, hashes, symbols and outlines in one transaction, in sorted-path order (row order decides
 * ties in searches, so it must match 1.0.0). Build empties the index first (cascades drop every summary);
 * refresh rewrites only files whose content hash changed and removes files no longer found. Any failure
 * rolls the whole transaction back, leaving the previous index as it was.
 */
public final class Ingestion {
    /** How many bytes of source may be read ahead of the writer. */
    private static final long READ_AHEAD_BYTES = 64L << 20;

    private Ingestion() {
    }

    /** The command's payload. */
    public record Result(String runId, String mode, long fileCount, long updatedFileCount, long removedFileCount,
            long symbolCount, long outlineCount, Path databasePath) {
        public ObjectNode toJson() {
            ObjectNode o = Json.object();
            o.put("run_id", runId);
            o.put("mode", mode);
            o.put("file_count", fileCount);
            o.put("updated_file_count", updatedFileCount);
            o.put("removed_file_count", removedFileCount);
            o.put("symbol_count", symbolCount);
            o.put("outline_count", outlineCount);
            o.put("database_path", databasePath.toString());
            return o;
        }
    }

    /** A file read by a worker: unchanged (hash only), parsed, or gone (null extraction and hash). */
    private record Parsed(SourceFile file, String hash, long sizeBytes, int lineCount,
            EntryExtractor.Extraction extraction) {
        boolean gone() {
            return hash == null;
        }

        boolean changed() {
            return extraction != null;
        }
    }

    public static Result run(Path projectRoot, Path stateRoot, boolean refresh) {
        return run(projectRoot, stateRoot, refresh, SourceReader.SIZE_LIMIT);
    }

    static Result run(Path projectRoot, Path stateRoot, boolean refresh, long sizeLimit) {
        return run(projectRoot, stateRoot, refresh, sizeLimit, () -> { });
    }

    /** {@code afterWalk} runs between the folder walk and the reads (tests change the tree there). */
    static Result run(Path projectRoot, Path stateRoot, boolean refresh, long sizeLimit, Runnable afterWalk) {
        String mode = refresh ? "refresh" : "build";
        return IndexDatabase.with(stateRoot, db -> {
            String runId = Ids.createId(mode, IsoTime.now(), projectRoot.toString());
            String startedAt = IsoTime.now();
            long walkStart = System.currentTimeMillis();
            List<SourceFile> files = SourceTree.walk(projectRoot, stateRoot);
            afterWalk.run();
            db.begin();
            Map<String, String> existing = refresh ? existingHashes(db) : Map.of();
            StatCache cache = StatCache.open(db, refresh, walkStart);
            Writer writer = new Writer(db);
            Set<String> seen = new HashSet<>();
            List<Parsed> changed = new ArrayList<>();
            if (!refresh) {
                db.execute("DELETE FROM symbols");
                db.execute("DELETE FROM outlines");
                db.execute("DELETE FROM hashes");
                db.execute("DELETE FROM files");
                cache.clear();
            }
            List<SourceFile> toRead = new ArrayList<>();
            for (SourceFile file : files) {
                if (refresh && cache.unchanged(file, existing.get(file.relativePath()))) {
                    seen.add(file.relativePath());
                } else {
                    toRead.add(file);
                }
            }
            int[] updated = {0};
            OrderedPipeline.run(toRead, SourceFile::size, READ_AHEAD_BYTES,
                    file -> read(projectRoot, file, existing.get(file.relativePath()), sizeLimit),
                    parsed -> {
                        if (parsed.gone()) {
                            return;
                        }
                        seen.add(parsed.file().relativePath());
                        cache.record(parsed.file(), parsed.hash());
                        if (!parsed.changed()) {
                            return;
                        }
                        updated[0]++;
                        if (refresh) {
                            changed.add(parsed);
                        } else {
                            writer.write(parsed, IsoTime.now());
                        }
                    });
            List<String> removed = new ArrayList<>();
            if (refresh) {
                for (String path : existing.keySet()) {
                    if (!seen.contains(path)) {
                        removed.add(path);
                    }
                }
                applyRefresh(db, writer, cache, changed, removed);
                cache.retainOnly(seen);
            }
            long fileCount = db.count("files");
            long symbolCount = db.count("symbols");
            long outlineCount = db.count("outlines");
            PreparedStatement run = db.prepare("INSERT INTO ingestion_runs (run_id, mode, started_at, completed_at,"
                    + " file_count, updated_file_count, removed_file_count, symbol_count, outline_count)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            run.setString(1, runId);
            run.setString(2, mode);
            run.setString(3, startedAt);
            run.setString(4, IsoTime.now());
            run.setLong(5, fileCount);
            run.setLong(6, updated[0]);
            run.setLong(7, removed.size());
            run.setLong(8, symbolCount);
            run.setLong(9, outlineCount);
            run.executeUpdate();
            db.commit();
            return new Result(runId, mode, fileCount, updated[0], removed.size(), symbolCount, outlineCount, db.path());
        });
    }

    private static Parsed read(Path projectRoot, SourceFile file, String indexedHash, long sizeLimit) {
        byte[] bytes;
        try {
            bytes = SourceReader.readBytes(projectRoot.resolve(file.relativePath()), sizeLimit);
        } catch (SourceReadException e) {
            if (e.missing()) {
                // Removed (or renamed) between the walk and the read: as if it had not been listed.
                return new Parsed(file, null, 0, 0, null);
            }
            throw e;
        }
        if (indexedHash != null) {
            String hash = SourceText.hashOf(bytes);
            if (hash.equals(indexedHash)) {
                return new Parsed(file, hash, 0, 0, null);
            }
        }
        SourceText text = SourceText.decode(bytes);
        EntryExtractor.Extraction extraction = EntryExtractor.extract(file.relativePath(), text.content(), bytes);
        return new Parsed(file, text.contentHash(), text.sizeBytes(), text.lineCount(), extraction);
    }

    private static Map<String, String> existingHashes(IndexDatabase db) throws SQLException {
        Map<String, String> map = new LinkedHashMap<>();
        try (ResultSet rs = db.prepare("SELECT relative_path, content_hash FROM files").executeQuery()) {
            while (rs.next()) {
                map.put(rs.getString(1), rs.getString(2));
            }
        }
        return map;
    }

    /**
     * Refresh writes. 1.0.0 deletes each changed file's symbols and outlines right before inserting its new
     * ones; with no index on {@code file_id} that is a table scan per file, so here all of them go in one
     * pass first. New rows still get row ids above every kept row and in the same order, so searches order
     * ties exactly as 1.0.0 does.
     */
    private static void applyRefresh(IndexDatabase db, Writer writer, StatCache cache, List<Parsed> changed,
            List<String> removed) throws SQLException {
        List<String> removedIds = new ArrayList<>();
        PreparedStatement select = db.prepare("SELECT file_id FROM files WHERE relative_path = ?");
        for (String path : removed) {
            select.setString(1, path);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    removedIds.add(rs.getString(1));
                }
            }
            cache.forget(path);
        }
        if (!changed.isEmpty() || !removedIds.isEmpty()) {
            db.execute("CREATE TEMP TABLE IF NOT EXISTS stale_files (file_id TEXT PRIMARY KEY)");
            db.execute("DELETE FROM temp.stale_files");
            PreparedStatement add = db.prepare("INSERT OR IGNORE INTO temp.stale_files (file_id) VALUES (?)");
            for (Parsed p : changed) {
                add.setString(1, Ids.createId(p.file().relativePath()));
                add.executeUpdate();
            }
            for (String id : removedIds) {
                add.setString(1, id);
                add.executeUpdate();
            }
            db.execute("DELETE FROM symbols WHERE file_id IN (SELECT file_id FROM temp.stale_files)");
            db.execute("DELETE FROM outlines WHERE file_id IN (SELECT file_id FROM temp.stale_files)");
        }
        for (Parsed p : changed) {
            writer.write(p, IsoTime.now());
        }
        PreparedStatement deleteHash = db.prepare("DELETE FROM hashes WHERE file_id = ?");
        PreparedStatement deleteFile = db.prepare("DELETE FROM files WHERE file_id = ?");
        for (String id : removedIds) {
            deleteHash.setString(1, id);
            deleteHash.executeUpdate();
            deleteFile.setString(1, id);
            deleteFile.executeUpdate();
        }
    }

    /** The per-file upserts and inserts of 1.0.0, with prepared statements reused for the whole run. */
    private static final class Writer {
        private final PreparedStatement file;
        private final PreparedStatement hash;
        private final PreparedStatement symbol;
        private final PreparedStatement outline;

        Writer(IndexDatabase db) throws SQLException {
            file = db.prepare("INSERT INTO files (file_id, relative_path, language, size_bytes, line_count,"
                    + " content_hash, indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(relative_path) DO UPDATE SET"
                    + " file_id = excluded.file_id, language = excluded.language, size_bytes = excluded.size_bytes,"
                    + " line_count = excluded.line_count, content_hash = excluded.content_hash,"
                    + " indexed_at = excluded.indexed_at");
            hash = db.prepare("INSERT INTO hashes (file_id, content_hash, updated_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT(file_id) DO UPDATE SET content_hash = excluded.content_hash,"
                    + " updated_at = excluded.updated_at");
            symbol = db.prepare("INSERT INTO symbols (symbol_id, file_id, relative_path, name, kind, signature,"
                    + " line_start, line_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            outline = db.prepare("INSERT INTO outlines (outline_id, file_id, relative_path, label, kind, level,"
                    + " line_start, line_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        }

        void write(Parsed p, String indexedAt) throws SQLException {
            String path = p.file().relativePath();
            String fileId = Ids.createId(path);
            file.setString(1, fileId);
            file.setString(2, path);
            file.setString(3, p.extraction().language());
            file.setLong(4, p.sizeBytes());
            file.setLong(5, p.lineCount());
            file.setString(6, p.hash());
            file.setString(7, indexedAt);
            file.executeUpdate();
            hash.setString(1, fileId);
            hash.setString(2, p.hash());
            hash.setString(3, indexedAt);
            hash.executeUpdate();
            for (IndexedSymbol s : p.extraction().symbols()) {
                symbol.setString(1, s.symbolId());
                symbol.setString(2, fileId);
                symbol.setString(3, path);
                symbol.setString(4, s.name());
                symbol.setString(5, s.kind());
                symbol.setString(6, s.signature());
                symbol.setLong(7, s.lineStart());
                symbol.setLong(8, s.lineEnd());
                symbol.addBatch();
            }
            if (!p.extraction().symbols().isEmpty()) {
                symbol.executeBatch();
            }
            for (OutlineEntry o : p.extraction().outlines()) {
                outline.setString(1, o.outlineId());
                outline.setString(2, fileId);
                outline.setString(3, path);
                outline.setString(4, o.label());
                outline.setString(5, o.kind());
                outline.setLong(6, o.level());
                outline.setLong(7, o.lineStart());
                outline.setLong(8, o.lineEnd());
                outline.addBatch();
            }
            if (!p.extraction().outlines().isEmpty()) {
                outline.executeBatch();
            }
        }
    }
}
