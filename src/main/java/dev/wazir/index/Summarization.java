package dev.wazir.index;

import dev.wazir.WazirException;
import dev.wazir.text.IsoTime;
import dev.wazir.text.Json;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code index summarize}: heuristic L0/L1 summaries for indexed files and their symbols, in one
 * transaction. Files are read and summarised on all cores and written in 1.0.0's order; a file whose text
 * no longer matches the index is skipped as stale, an unreadable one as missing, a binary one as binary.
 */
public final class Summarization {
    private static final long READ_AHEAD_BYTES = 64L << 20;

    private Summarization() {
    }

    /** The command's payload. */
    public record Result(long summarizedFiles, long summarizedSymbols, long skippedStale, long skippedMissing,
            long skippedBinary, long totalFiles) {
        public ObjectNode toJson() {
            ObjectNode o = Json.object();
            o.put("summarized_files", summarizedFiles);
            o.put("summarized_symbols", summarizedSymbols);
            o.put("skipped_stale", skippedStale);
            o.put("skipped_missing", skippedMissing);
            o.put("skipped_binary", skippedBinary);
            o.put("total_files", totalFiles);
            return o;
        }
    }

    private record Candidate(String fileId, String relativePath, String contentHash, String language, long lineCount,
            List<IndexedSymbol> symbols) {
    }

    private enum Outcome { SUMMARIZED, STALE, MISSING, BINARY }

    private record Generated(Candidate candidate, Outcome outcome, String hash, String fileL0, String fileL1,
            List<String> symbolL0, List<String> symbolL1) {
    }

    /** {@code tier} is {@code L0}, {@code L1} or {@code all}. */
    public static Result run(Path projectRoot, Path stateRoot, String tier, boolean refresh) {
        boolean l0 = tier.equals("L0") || tier.equals("all");
        boolean l1 = tier.equals("L1") || tier.equals("all");
        Result result = IndexDatabase.with(stateRoot, db -> {
            db.begin();
            List<Candidate> candidates = candidates(db, refresh);
            StatCache cache = StatCache.readOnly(db);
            long[] counts = new long[5];
            // On a (file, tier) or (symbol, tier) conflict every column but the key pair is replaced.
            PreparedStatement fileUpsert = db.prepare("INSERT INTO summaries (summary_id, file_id, tier, content,"
                    + " content_hash, source_hash, generator, generated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                    + " ON CONFLICT (file_id, tier) DO UPDATE SET generated_at = excluded.generated_at,"
                    + " generator = excluded.generator, source_hash = excluded.source_hash,"
                    + " content_hash = excluded.content_hash, content = excluded.content,"
                    + " summary_id = excluded.summary_id");
            PreparedStatement symbolUpsert = db.prepare("INSERT INTO symbol_summaries (summary_id, symbol_id, file_id,"
                    + " tier, content, content_hash, source_hash, generator, generated_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (symbol_id, tier) DO UPDATE SET"
                    + " generated_at = excluded.generated_at, generator = excluded.generator,"
                    + " source_hash = excluded.source_hash, content_hash = excluded.content_hash,"
                    + " content = excluded.content, file_id = excluded.file_id, summary_id = excluded.summary_id");
            OrderedPipeline.run(candidates, c -> 16 * 1024, READ_AHEAD_BYTES,
                    c -> generate(projectRoot, c, cache, l0, l1),
                    g -> {
                        switch (g.outcome()) {
                            case STALE:
                                counts[2]++;
                                return;
                            case MISSING:
                                counts[3]++;
                                return;
                            case BINARY:
                                counts[4]++;
                                return;
                            default:
                                break;
                        }
                        Candidate c = g.candidate();
                        if (l0) {
                            upsert(fileUpsert, Ids.createId(c.fileId(), "L0"), null, c.fileId(), "L0", g.fileL0(), g.hash());
                        }
                        if (l1) {
                            upsert(fileUpsert, Ids.createId(c.fileId(), "L1"), null, c.fileId(), "L1", g.fileL1(), g.hash());
                        }
                        for (int i = 0; i < c.symbols().size(); i++) {
                            IndexedSymbol s = c.symbols().get(i);
                            if (l0) {
                                upsert(symbolUpsert, Ids.createId(s.symbolId(), "L0"), s.symbolId(), s.fileId(), "L0",
                                        g.symbolL0().get(i), g.hash());
                            }
                            if (l1) {
                                upsert(symbolUpsert, Ids.createId(s.symbolId(), "L1"), s.symbolId(), s.fileId(), "L1",
                                        g.symbolL1().get(i), g.hash());
                            }
                            counts[1]++;
                        }
                        counts[0]++;
                    });
            db.commit();
            return new Result(counts[0], counts[1], counts[2], counts[3], counts[4], candidates.size());
        });
        if (result.summarizedFiles() == 0) {
            throw new WazirException("No files summarized. Run 'index refresh' first.");
        }
        return result;
    }

    private static void upsert(PreparedStatement st, String summaryId, String symbolId, String fileId, String tier,
            String content, String sourceHash) throws SQLException {
        String stored = HeuristicSummaries.store(content);
        int i = 1;
        st.setString(i++, summaryId);
        if (symbolId != null) {
            st.setString(i++, symbolId);
        }
        st.setString(i++, fileId);
        st.setString(i++, tier);
        st.setString(i++, stored);
        st.setString(i++, Ids.hashContent(stored));
        st.setString(i++, sourceHash);
        st.setString(i++, "heuristic");
        st.setString(i, IsoTime.now());
        st.executeUpdate();
    }

    private static List<Candidate> candidates(IndexDatabase db, boolean refresh) throws SQLException {
        // With --refresh: files lacking a fresh L0 or a fresh L1 summary (missing, or made from other text).
        String sql = "SELECT f.file_id, f.relative_path, f.content_hash, f.language, f.line_count FROM files AS f"
                + (refresh ? " WHERE NOT EXISTS (SELECT 1 FROM summaries AS a WHERE a.file_id = f.file_id"
                        + " AND a.tier = 'L0' AND a.source_hash = f.content_hash) OR NOT EXISTS (SELECT 1 FROM"
                        + " summaries AS b WHERE b.file_id = f.file_id AND b.tier = 'L1'"
                        + " AND b.source_hash = f.content_hash)" : "")
                + " ORDER BY f.relative_path";
        List<String[]> rows = new ArrayList<>();
        List<Long> lineCounts = new ArrayList<>();
        try (ResultSet rs = db.prepare(sql).executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                lineCounts.add(rs.getLong(5));
            }
        }
        // One scan for all symbols: `symbols` has no index on file_id, so a query per file would scan it each time.
        Map<String, List<IndexedSymbol>> byFile = new HashMap<>();
        if (!rows.isEmpty()) {
            try (ResultSet rs = db.prepare("SELECT sym.symbol_id, sym.file_id, sym.relative_path, sym.name, sym.kind,"
                    + " sym.signature, sym.line_start, sym.line_end FROM symbols AS sym ORDER BY sym.line_start")
                    .executeQuery()) {
                while (rs.next()) {
                    IndexedSymbol s = IndexQueries.symbol(rs);
                    byFile.computeIfAbsent(s.fileId(), k -> new ArrayList<>()).add(s);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            candidates.add(new Candidate(r[0], r[1], r[2], r[3], lineCounts.get(i), byFile.getOrDefault(r[0], List.of())));
        }
        return candidates;
    }

    private static Generated generate(Path projectRoot, Candidate c, StatCache cache, boolean l0, boolean l1) {
        Path file = projectRoot.resolve(c.relativePath());
        // Unchanged since it was indexed (same stat as recorded then, same hash as indexed): the text's hash
        // is the indexed one, so hashing it again can be skipped.
        SourceFile now = SourceTree.stat(file, c.relativePath());
        boolean knownFresh = now != null && cache.unchanged(now, c.contentHash());
        byte[] bytes;
        try {
            bytes = SourceReader.readBytes(file);
        } catch (WazirException e) {
            return new Generated(c, Outcome.MISSING, null, null, null, null, null);
        }
        if (knownFresh && bytes.length != now.size()) {
            knownFresh = false; // changed between the stat and the read
        }
        String content;
        if (knownFresh) {
            content = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } else {
            SourceText text = SourceText.decode(bytes);
            if (!text.contentHash().equals(c.contentHash())) {
                return new Generated(c, Outcome.STALE, null, null, null, null, null);
            }
            content = text.content();
        }
        if (HeuristicSummaries.isBinary(content)) {
            return new Generated(c, Outcome.BINARY, null, null, null, null, null);
        }
        String fileL0 = l0 ? HeuristicSummaries.fileL0(c.language(), c.lineCount(), c.symbols(), content) : null;
        String fileL1 = l1 ? HeuristicSummaries.fileL1(c.language(), c.symbols(), content) : null;
        List<String> symbolL0 = new ArrayList<>();
        List<String> symbolL1 = new ArrayList<>();
        LineIndex lines = c.symbols().isEmpty() ? null : new LineIndex(content);
        for (IndexedSymbol s : c.symbols()) {
            symbolL0.add(l0 ? HeuristicSummaries.symbolL0(s) : null);
            symbolL1.add(l1 ? HeuristicSummaries.symbolL1(s, lines) : null);
        }
        return new Generated(c, Outcome.SUMMARIZED, c.contentHash(), fileL0, fileL1, symbolL0, symbolL1);
    }
}
