package dev.wazir.index;

import dev.wazir.text.JsText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Symbols and outline entries of one file, per language, with 1.0.0's rules and quirks. */
public final class EntryExtractor {
    private static final String S = "[" + JsText.WHITESPACE_CLASS + "]";
    private static final String DOT = "[^\\n\\r\\u2028\\u2029]";
    /** {@code ^(#{1,6})\s+(.+?)\s*$} with JS {@code .} and {@code $} (end of input only). */
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})" + S + "+(" + DOT + "+?)" + S + "*\\z");

    private EntryExtractor() {
    }

    /** What extraction yields for one file. */
    public record Extraction(String language, List<IndexedSymbol> symbols, List<OutlineEntry> outlines) {
    }

    public static Extraction extract(String relativePath, String content) {
        return extract(relativePath, content, null);
    }

    /**
     * As {@link #extract(String, String)}; {@code utf8} may be the file's bytes, which makes brace counting
     * cheaper ({@code {}, {@code }} and line feeds are single bytes that no UTF-8 sequence or replacement
     * can hide, so counting bytes gives the same per-line counts as counting characters).
     */
    public static Extraction extract(String relativePath, String content, byte[] utf8) {
        String language = Languages.detect(relativePath);
        String fileId = Ids.createId(relativePath);
        List<IndexedSymbol> symbols = new ArrayList<>();
        List<OutlineEntry> outlines = new ArrayList<>();
        switch (language) {
            case "markdown":
                markdown(relativePath, content, outlines);
                break;
            case "json":
            case "yaml":
                keys(relativePath, fileId, content, symbols, outlines);
                break;
            case "text":
                break;
            default:
                code(relativePath, fileId, language, content, utf8, symbols, outlines);
        }
        return new Extraction(language, symbols, outlines);
    }

    private static void markdown(String path, String content, List<OutlineEntry> outlines) {
        LineIndex lines = new LineIndex(content);
        for (int i = 0; i < lines.count(); i++) {
            int start = lines.start(i);
            if (start >= content.length() || content.charAt(start) != '#') {
                continue;
            }
            Matcher m = HEADING.matcher(lines.line(i));
            if (m.find()) {
                String label = m.group(2);
                long line = i + 1L;
                outlines.add(new OutlineEntry(Ids.createId(path, "heading", label, Long.toString(line)), label,
                        "heading", m.group(1).length(), line, line));
            }
        }
    }

    private static void keys(String path, String fileId, String content, List<IndexedSymbol> symbols,
            List<OutlineEntry> outlines) {
        LineIndex lines = new LineIndex(content);
        for (int i = 0; i < lines.count(); i++) {
            String key = keyOf(content, lines.start(i), lines.end(i), true);
            if (key == null) {
                continue;
            }
            long line = i + 1L;
            String number = Long.toString(line);
            outlines.add(new OutlineEntry(Ids.createId(path, "outline", key, number), key, "key", 1, line, line));
            symbols.add(new IndexedSymbol(Ids.createId(path, "symbol", key, "key", number), fileId, path, key, "key",
                    JsText.trim(lines.line(i)), line, line));
        }
    }

    /**
     * The key of a JSON/YAML line: group 1 of {@code ^\s*"([^"]+)"\s*:} or, when {@code yamlToo}, of
     * {@code ^([A-Za-z0-9_-]+):}. Hand-written: neither pattern can backtrack into another match.
     */
    static String keyOf(String text, int start, int end, boolean yamlToo) {
        String json = jsonKey(text, start, end);
        if (json != null || !yamlToo) {
            return json;
        }
        return yamlKey(text, start, end);
    }

    static String jsonKey(String text, int start, int end) {
        int i = start;
        while (i < end && JsText.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= end || text.charAt(i) != '"') {
            return null;
        }
        int keyStart = ++i;
        while (i < end && text.charAt(i) != '"') {
            i++;
        }
        if (i >= end || i == keyStart) {
            return null;
        }
        int keyEnd = i++;
        while (i < end && JsText.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < end && text.charAt(i) == ':' ? text.substring(keyStart, keyEnd) : null;
    }

    static String yamlKey(String text, int start, int end) {
        int i = start;
        while (i < end && isYamlKeyChar(text.charAt(i))) {
            i++;
        }
        return i > start && i < end && text.charAt(i) == ':' ? text.substring(start, i) : null;
    }

    private static boolean isYamlKeyChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private static void code(String path, String fileId, String language, String content, byte[] utf8,
            List<IndexedSymbol> symbols, List<OutlineEntry> outlines) {
        LineIndex lines = new LineIndex(content);
        int count = lines.count();
        List<int[]> found = new ArrayList<>();
        List<CodePatterns.Match> matches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<CodePatterns.Rule> rules = CodePatterns.candidates(content, lines.start(i), lines.end(i));
            if (rules == null) {
                continue;
            }
            CodePatterns.Match match = CodePatterns.match(lines.line(i), rules);
            if (match != null) {
                found.add(new int[] {i});
                matches.add(match);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        BraceBlocks blocks = !Languages.usesBraceBlocks(language) ? null
                : utf8 != null ? braceBlocks(utf8, lines.count()) : braceBlocks(content, lines);
        for (int k = 0; k < found.size(); k++) {
            int i = found.get(k)[0];
            CodePatterns.Match match = matches.get(k);
            long lineStart = i + 1L;
            long lineEnd = blocks == null ? lineStart : blocks.end(i);
            String number = Long.toString(lineStart);
            outlines.add(new OutlineEntry(Ids.createId(path, "outline", match.name(), match.kind(), number),
                    match.name(), match.kind(), 1, lineStart, lineEnd));
            symbols.add(new IndexedSymbol(Ids.createId(path, "symbol", match.name(), match.kind(), number), fileId,
                    path, match.name(), match.kind(), JsText.trim(lines.line(i)), lineStart, lineEnd));
        }
    }

    private static BraceBlocks braceBlocks(byte[] utf8, int count) {
        int[] opens = new int[count];
        int[] closes = new int[count];
        int line = 0;
        for (byte b : utf8) {
            if (b == '\n') {
                line++;
            } else if (b == '{') {
                opens[line]++;
            } else if (b == '}') {
                closes[line]++;
            }
        }
        return new BraceBlocks(opens, closes, count);
    }

    private static BraceBlocks braceBlocks(String content, LineIndex lines) {
        int count = lines.count();
        int[] opens = new int[count];
        int[] closes = new int[count];
        int line = 0;
        for (int i = 0, n = content.length(); i < n; i++) {
            char c = content.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                opens[line]++;
            } else if (c == '}') {
                closes[line]++;
            }
        }
        return new BraceBlocks(opens, closes, count);
    }
}
