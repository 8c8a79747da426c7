package dev.wazir.index;

import dev.wazir.text.JsText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 1.0.0's "heuristic" L0/L1 summaries of files and symbols. Pure functions of the indexed data and the
 * file text; every cap counts UTF-16 code units like JavaScript's {@code slice}. Results may end in half a
 * surrogate pair, which Node stores and hashes as U+FFFD; {@link #store} applies that.
 */
public final class HeuristicSummaries {
    static final int L0_CAP = 400;
    static final int L1_CAP = 8000;
    static final int SYMBOL_L1_CODE_CAP = 2000;
    static final int SYMBOL_L1_KEY_CAP = 800;
    private static final int BINARY_CHECK_LIMIT = 8192;

    private static final String S = "[" + JsText.WHITESPACE_CLASS + "]";
    private static final String DOT = "[^\\n\\r\\u2028\\u2029]";
    private static final Pattern HEADING_PREFIX = Pattern.compile("^#{1,6}" + S + "+");
    private static final Pattern IMPORT = Pattern.compile("^" + S + "*(?:import" + S + "|from" + S + "|require\\(|use" + S + ")");
    private static final Pattern JSON_KEY_VALUE = Pattern.compile("^" + S + "*\"([^\"]+)\"" + S + "*:" + S + "*(" + DOT + "*)");
    private static final Pattern YAML_KEY_VALUE = Pattern.compile("^([A-Za-z0-9_-]+):" + S + "*(" + DOT + "*)");

    private HeuristicSummaries() {
    }

    /** The text Node would store for a JS string (lone surrogates become U+FFFD). */
    public static String store(String text) {
        return JsText.wellFormed(text);
    }

    /** Binary test of {@code summarize}: a NUL among the first 8192 characters, unless a "BOM" guard applies. */
    public static boolean isBinary(String content) {
        if (content.isEmpty()) {
            return false;
        }
        if (content.length() >= 4 && (content.startsWith("\u00FF\u00FE\u0000\u0000")
                || content.startsWith("\u0000\u0000\u00FE\u00FF"))) {
            return false;
        }
        if (content.length() >= 2 && (content.startsWith("\u00FF\u00FE") || content.startsWith("\u00FE\u00FF"))) {
            return false;
        }
        int limit = Math.min(content.length(), BINARY_CHECK_LIMIT);
        for (int i = 0; i < limit; i++) {
            if (content.charAt(i) == '\u0000') {
                return true;
            }
        }
        return false;
    }

    static String cut(String s, int cap) {
        return s.length() <= cap ? s : s.substring(0, cap);
    }

    private static String firstNonBlankLine(LineIndex lines) {
        for (int i = 0; i < lines.count(); i++) {
            String line = lines.line(i);
            if (!JsText.isBlank(line)) {
                return line;
            }
        }
        return "";
    }

    public static String fileL0(String language, long lineCount, List<IndexedSymbol> symbols, String content) {
        if (lineCount == 0) {
            return language + " file (empty)";
        }
        if (lineCount == 1) {
            return cut(language + " file (1 line) -- " + cut(JsText.trim(content), 80), L0_CAP);
        }
        LineIndex lines = new LineIndex(content);
        if (language.equals("markdown")) {
            return markdownL0(lines);
        }
        String prefix = language + " file (" + lineCount + " lines) -- ";
        if (language.equals("json") || language.equals("yaml")) {
            List<String> keys = new ArrayList<>();
            boolean json = language.equals("json");
            for (int i = 0; i < lines.count(); i++) {
                String key = json ? EntryExtractor.jsonKey(content, lines.start(i), lines.end(i))
                        : EntryExtractor.yamlKey(content, lines.start(i), lines.end(i));
                if (key != null) {
                    keys.add(key);
                }
            }
            if (!keys.isEmpty()) {
                return cut(prefix + "keys: " + String.join(", ", keys), L0_CAP);
            }
            return cut(prefix + cut(JsText.trim(firstNonBlankLine(lines)), 80), L0_CAP);
        }
        List<String> names = new ArrayList<>();
        for (IndexedSymbol s : symbols) {
            if (names.size() == 5) {
                break;
            }
            if (s.kind().equals("function") || s.kind().equals("class") || s.kind().equals("type")) {
                names.add(s.name());
            }
        }
        if (!names.isEmpty()) {
            return cut(prefix + String.join(", ", names), L0_CAP);
        }
        return cut(prefix + cut(JsText.trim(firstNonBlankLine(lines)), 80), L0_CAP);
    }

    private static String markdownL0(LineIndex lines) {
        String headingText = null;
        String paragraph = null;
        for (int i = 0; i < lines.count() && (headingText == null || paragraph == null); i++) {
            String line = lines.line(i);
            if (headingText == null) {
                Matcher m = HEADING_PREFIX.matcher(line);
                if (m.find()) {
                    headingText = JsText.trim(line.substring(m.end()));
                }
            }
            if (paragraph == null && !JsText.isBlank(line) && !line.startsWith("#")) {
                paragraph = JsText.trim(line);
            }
        }
        List<String> parts = new ArrayList<>();
        if (headingText != null && !headingText.isEmpty()) {
            parts.add(headingText);
        }
        if (paragraph != null && !paragraph.isEmpty()) {
            parts.add(paragraph);
        }
        return cut(String.join(" -- ", parts), L0_CAP);
    }

    public static String fileL1(String language, List<IndexedSymbol> symbols, String content) {
        LineIndex lines = new LineIndex(content);
        if (language.equals("markdown")) {
            List<String> headings = new ArrayList<>();
            for (int i = 0; i < lines.count(); i++) {
                String line = lines.line(i);
                if (line.startsWith("#") && HEADING_PREFIX.matcher(line).find()) {
                    headings.add(line);
                }
            }
            return cut(String.join("\n", headings), L1_CAP);
        }
        if (language.equals("json") || language.equals("yaml")) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < lines.count(); i++) {
                if (EntryExtractor.keyOf(content, lines.start(i), lines.end(i), true) == null) {
                    continue; // neither key pattern can match this line
                }
                String line = lines.line(i);
                Matcher m = JSON_KEY_VALUE.matcher(line);
                if (!m.find()) {
                    m = YAML_KEY_VALUE.matcher(line);
                    if (!m.find()) {
                        continue;
                    }
                }
                parts.add(m.group(1) + ": " + cut(JsText.trim(m.group(2)), 200));
            }
            return cut(String.join("\n", parts), L1_CAP);
        }
        List<String> imports = new ArrayList<>();
        for (int i = 0; i < lines.count() && imports.size() < 10; i++) {
            String line = lines.line(i);
            if (mayBeImport(line) && IMPORT.matcher(line).find()) {
                imports.add(line);
            }
        }
        List<String> sections = new ArrayList<>();
        if (!imports.isEmpty()) {
            sections.add("## Imports\n" + String.join("\n", imports));
        }
        if (!symbols.isEmpty()) {
            StringBuilder b = new StringBuilder("## Symbols");
            for (IndexedSymbol s : symbols) {
                b.append('\n').append(s.kind()).append(' ').append(s.name()).append(": ").append(s.signature());
                if (b.length() > L1_CAP + 16) {
                    break; // everything further is cut anyway
                }
            }
            sections.add(b.toString());
        }
        return cut(String.join("\n\n", sections), L1_CAP);
    }

    /** Cheap pre-check for the import pattern: the first non-blank character starts one of its words. */
    private static boolean mayBeImport(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!JsText.isWhitespace(c)) {
                return c == 'i' || c == 'f' || c == 'r' || c == 'u';
            }
        }
        return false;
    }

    public static String symbolL0(IndexedSymbol symbol) {
        String signature = symbol.signature();
        int newline = signature.indexOf('\n');
        String firstLine = newline < 0 ? signature : signature.substring(0, newline);
        return cut(symbol.kind() + " " + symbol.name() + " -- " + firstLine, L0_CAP);
    }

    public static String symbolL1(IndexedSymbol symbol, LineIndex lines) {
        if (symbol.kind().equals("key")) {
            return cut("key " + symbol.name() + "\n" + cut(symbol.signature(), 200), SYMBOL_L1_KEY_CAP);
        }
        String comment = commentAbove(lines, (int) Math.min(Integer.MAX_VALUE, symbol.lineStart() - 1));
        String text = comment == null ? symbol.signature() : comment + "\n" + symbol.signature();
        return cut(text, SYMBOL_L1_CODE_CAP);
    }

    /** The comment block right above a line: JSDoc-style {@code *} lines up to {@code /**}, or {@code #} lines. */
    private static String commentAbove(LineIndex lines, int symbolLine) {
        List<String> collected = new ArrayList<>();
        for (int i = Math.min(symbolLine, lines.count()) - 1; i >= 0; i--) {
            String line = lines.line(i);
            String trimmed = JsText.trim(line);
            if (trimmed.startsWith("*") || trimmed.startsWith("/**") || trimmed.startsWith("*/")) {
                collected.add(line);
                if (trimmed.startsWith("/**") || trimmed.equals("/*")) {
                    break;
                }
            } else if (trimmed.startsWith("#") && !trimmed.startsWith("#!")) {
                collected.add(line);
            } else if (trimmed.isEmpty() && collected.isEmpty()) {
                continue;
            } else {
                break;
            }
        }
        if (collected.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = collected.size() - 1; i >= 0; i--) {
            b.append(collected.get(i));
            if (i > 0) {
                b.append('\n');
            }
        }
        return b.toString();
    }
}
