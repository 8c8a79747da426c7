package dev.wazir.recall;

import dev.wazir.WazirException;
import dev.wazir.index.IndexQueries;
import dev.wazir.index.IndexQueries.IndexedFile;
import dev.wazir.index.IndexQueries.StoredSummary;
import dev.wazir.index.IndexedSymbol;
import dev.wazir.index.LineIndex;
import dev.wazir.index.SourceReadException;
import dev.wazir.index.SourceReader;
import dev.wazir.index.SourceText;
import dev.wazir.text.Json;
import dev.wazir.text.JsNumbers;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;

/**
 * {@code wazir recall}: a line slice of an indexed file or symbol from the live file (with context lines),
 * or its stored L0/L1 summary with a freshness flag. Successful recalls are logged in the index.
 * The payload's text form is always the slice (or summary) itself.
 */
public final class Recall {
    private Recall() {
    }

    /** A recall's payload; the text output is {@code slice}. */
    public record Output(ObjectNode json, String slice) {
    }

    /**
     * {@code recall file <path> --start-line s --end-line e [--context c]}: the path must be indexed, then
     * both lines are required and must be positive integers (start checked first).
     */
    public static Output fileLines(Path projectRoot, Path stateRoot, String relativePath, String startLine,
            String endLine, double context) {
        requireIndexed(stateRoot, relativePath);
        if (startLine == null || endLine == null) {
            throw new WazirException("wazir recall file requires --start-line and --end-line");
        }
        double start = positiveInteger(startLine, "--start-line");
        double end = positiveInteger(endLine, "--end-line");
        ObjectNode slice = slice(projectRoot, relativePath, start, end, context);
        IndexQueries.logRetrieval(stateRoot, "recall-file", relativePath, 1);
        return new Output(slice, slice.get("slice").stringValue());
    }

    /** 1.0.0's positive-integer option check: JS parseInt, then an integer of at least 1. */
    public static double positiveInteger(String value, String option) {
        double parsed = JsNumbers.parseInt(value);
        if (!JsNumbers.isInteger(parsed) || parsed < 1) {
            throw new WazirException(option + " must be a positive integer");
        }
        return parsed;
    }

    /** The indexed file or the 1.0.0 error. */
    public static IndexedFile requireIndexed(Path stateRoot, String relativePath) {
        IndexedFile file = IndexQueries.indexedFile(stateRoot, relativePath);
        if (file == null) {
            throw new WazirException("File is not indexed: " + relativePath);
        }
        return file;
    }

    /** {@code recall file <path> --tier L0|L1}. */
    public static Output fileTier(Path projectRoot, Path stateRoot, String relativePath, String tier) {
        IndexedFile file = requireIndexed(stateRoot, relativePath);
        StoredSummary summary = IndexQueries.fileSummary(stateRoot, file.fileId(), tier);
        if (summary == null) {
            throw new WazirException("No " + tier + " summary found for " + relativePath
                    + ". Run 'wazir index summarize' first.");
        }
        boolean fresh = liveHash(projectRoot, relativePath).equals(summary.sourceHash());
        IndexQueries.logRetrieval(stateRoot, "recall-file", relativePath, 1);
        ObjectNode o = Json.object();
        o.put("relative_path", relativePath);
        o.put("tier", tier);
        o.put("slice", summary.content());
        o.put("generator", summary.generator());
        o.put("generated_at", summary.generatedAt());
        o.put("fresh", fresh);
        return new Output(o, summary.content());
    }

    /** The symbol for a recall, or the 1.0.0 error. */
    public static IndexedSymbol requireSymbol(Path stateRoot, String query) {
        IndexedSymbol symbol = IndexQueries.findSymbol(stateRoot, query);
        if (symbol == null) {
            throw new WazirException("No indexed symbol found for \"" + query + "\"");
        }
        return symbol;
    }

    /** {@code recall symbol <name-or-id> [--context c]}. */
    public static Output symbolLines(Path projectRoot, Path stateRoot, String query, double context) {
        IndexedSymbol symbol = requireSymbol(stateRoot, query);
        ObjectNode slice = slice(projectRoot, symbol.relativePath(), symbol.lineStart(), symbol.lineEnd(), context);
        IndexQueries.logRetrieval(stateRoot, "recall-symbol", query, 1);
        ObjectNode o = IndexQueries.toJson(symbol);
        o.setAll(slice);
        return new Output(o, slice.get("slice").stringValue());
    }

    /** {@code recall symbol <name-or-id> --tier L0|L1}. */
    public static Output symbolTier(Path projectRoot, Path stateRoot, String query, String tier) {
        IndexedSymbol symbol = requireSymbol(stateRoot, query);
        StoredSummary summary = IndexQueries.symbolSummary(stateRoot, symbol.symbolId(), tier);
        if (summary == null) {
            throw new WazirException("No " + tier + " summary found for " + symbol.name()
                    + ". Run 'wazir index summarize' first.");
        }
        boolean fresh = liveHash(projectRoot, symbol.relativePath()).equals(summary.sourceHash());
        IndexQueries.logRetrieval(stateRoot, "recall-symbol", query, 1);
        ObjectNode o = Json.object();
        o.put("relative_path", symbol.relativePath());
        o.put("name", symbol.name());
        o.put("kind", symbol.kind());
        o.put("signature", symbol.signature());
        o.put("tier", tier);
        o.put("slice", summary.content());
        o.put("generator", summary.generator());
        o.put("generated_at", summary.generatedAt());
        o.put("fresh", fresh);
        return new Output(o, summary.content());
    }

    private static String liveHash(Path projectRoot, String relativePath) {
        try {
            return SourceText.decode(SourceReader.readBytes(projectRoot.resolve(relativePath))).contentHash();
        } catch (SourceReadException e) {
            if (e.missing()) {
                throw new WazirException("File not found on disk: " + relativePath);
            }
            throw new WazirException("Cannot read file: " + relativePath + ": " + e.reason());
        }
    }

    /**
     * 1.0.0's slice of the live file: bounds clamped to the file ({@code line_start} at least 1,
     * {@code line_end} at most the line count), context lines on either side, no error for reversed or
     * out-of-range requests. Numbers can exceed the int range (parseInt semantics), so they stay doubles.
     */
    static ObjectNode slice(Path projectRoot, String relativePath, double start, double end, double context) {
        String content = SourceText.decode(SourceReader.readBytes(projectRoot.resolve(relativePath))).content();
        LineIndex lines = new LineIndex(content);
        int count = lines.count();
        double boundedStart = Math.max(1, start);
        double boundedEnd = Math.min(count, end);
        double expandedStart = Math.max(1, boundedStart - context);
        double expandedEnd = Math.min(count, boundedEnd + context);
        ObjectNode o = Json.object();
        o.put("relative_path", relativePath);
        number(o, "line_start", boundedStart);
        number(o, "line_end", boundedEnd);
        o.put("slice", lines.join(index(boundedStart - 1, count), index(boundedEnd, count)));
        o.put("context_before", lines.join(index(expandedStart - 1, count), index(boundedStart - 1, count)));
        o.put("context_after", lines.join(index(boundedEnd, count), index(expandedEnd, count)));
        return o;
    }

    /** A JS {@code Array.prototype.slice} bound: clamped to 0..count. */
    private static int index(double value, int count) {
        if (value <= 0) {
            return 0;
        }
        return value >= count ? count : (int) value;
    }

    private static void number(ObjectNode o, String key, double value) {
        if (Math.abs(value) < 9.007199254740992E15 && value == Math.rint(value)) {
            o.put(key, (long) value);
        } else {
            o.put(key, value);
        }
    }
}
