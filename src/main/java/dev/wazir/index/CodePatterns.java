package dev.wazir.index;

import dev.wazir.text.JsText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The eighteen 1.0.0 symbol patterns, tried in order on every line of every code language; the first that
 * matches decides the kind and its group 1 is the name. They are JavaScript regular expressions without the
 * {@code u} flag, translated: {@code \s} is the JS whitespace set, {@code \b} an ASCII word boundary,
 * {@code \w} ASCII (never UNICODE_CHARACTER_CLASS), only the SQL one case-insensitive (ASCII only).
 *
 * <p>Every pattern starts with optional whitespace and a keyword followed by whitespace, so a line can only
 * match the patterns of its first word. Looking that word up first skips the regex work on almost every
 * line without changing any result.
 */
final class CodePatterns {
    private static final String S = "[" + JsText.WHITESPACE_CLASS + "]";
    private static final String B = "(?:(?<=\\w)(?!\\w)|(?<!\\w)(?=\\w))";
    private static final String JS_NAME = "([A-Za-z_$][\\w$]*)";
    private static final String NAME = "([A-Za-z_][\\w]*)";

    record Rule(String kind, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule("function", "^" + S + "*export" + S + "+async" + S + "+function" + S + "+" + JS_NAME + S + "*\\(", 0),
            rule("function", "^" + S + "*export" + S + "+function" + S + "+" + JS_NAME + S + "*\\(", 0),
            rule("function", "^" + S + "*async" + S + "+function" + S + "+" + JS_NAME + S + "*\\(", 0),
            rule("function", "^" + S + "*function" + S + "+" + JS_NAME + S + "*\\(", 0),
            rule("function", "^" + S + "*(?:export" + S + "+)?const" + S + "+" + JS_NAME + S + "*=" + S
                    + "*(?:async" + S + "*)?\\(", 0),
            rule("class", "^" + S + "*export" + S + "+class" + S + "+" + JS_NAME + B, 0),
            rule("class", "^" + S + "*class" + S + "+" + JS_NAME + B, 0),
            rule("function", "^" + S + "*def" + S + "+" + NAME + S + "*\\(", 0),
            rule("class", "^" + S + "*class" + S + "+" + NAME + B, 0),
            rule("function", "^" + S + "*func" + S + "+" + NAME + S + "*\\(", 0),
            rule("type", "^" + S + "*type" + S + "+" + NAME + S + "+(?:struct|interface)" + B, 0),
            rule("function", "^" + S + "*pub" + S + "+fn" + S + "+" + NAME + S + "*\\(", 0),
            rule("function", "^" + S + "*fn" + S + "+" + NAME + S + "*\\(", 0),
            rule("type", "^" + S + "*pub" + S + "+(?:struct|enum|trait)" + S + "+" + NAME + B, 0),
            rule("type", "^" + S + "*(?:struct|enum|trait)" + S + "+" + NAME + B, 0),
            rule("type", "^" + S + "*public" + S + "+(?:class|interface|enum|record)" + S + "+" + NAME + B, 0),
            rule("type", "^" + S + "*(?:class|interface|enum|record)" + S + "+" + NAME + B, 0),
            rule("sql", "^" + S + "*create" + S + "+(?:or" + S + "+replace" + S + "+)?(?:table|view|function|procedure)"
                    + S + "+" + NAME, Pattern.CASE_INSENSITIVE));

    /** For each leading keyword, the rules (in table order) that can match a line starting with it. */
    private static final Map<String, List<Rule>> BY_KEYWORD = new HashMap<>();

    static {
        keyword("export", 0, 1, 4, 5);
        keyword("async", 2);
        keyword("function", 3);
        keyword("const", 4);
        keyword("class", 6, 8, 16);
        keyword("def", 7);
        keyword("func", 9);
        keyword("type", 10);
        keyword("pub", 11, 13);
        keyword("fn", 12);
        keyword("struct", 14);
        keyword("enum", 14, 16);
        keyword("trait", 14);
        keyword("public", 15);
        keyword("interface", 16);
        keyword("record", 16);
    }

    private static final List<Rule> CREATE = List.of(RULES.get(17));

    /** ASCII letters that start a keyword (either case of c, for the case-insensitive "create"). */
    private static final boolean[] KEYWORD_INITIALS = new boolean[128];
    @SuppressWarnings("unchecked")
    private static final List<Map.Entry<String, List<Rule>>>[] KEYWORDS_BY_INITIAL = new List[128];

    static {
        for (int c = 0; c < 128; c++) {
            KEYWORDS_BY_INITIAL[c] = new java.util.ArrayList<>();
        }
        for (Map.Entry<String, List<Rule>> e : BY_KEYWORD.entrySet()) {
            char c = e.getKey().charAt(0);
            KEYWORD_INITIALS[c] = true;
            KEYWORDS_BY_INITIAL[c].add(e);
        }
        KEYWORD_INITIALS['c'] = true;
        KEYWORD_INITIALS['C'] = true;
    }

    private CodePatterns() {
    }

    private static Rule rule(String kind, String regex, int flags) {
        return new Rule(kind, Pattern.compile(regex, flags));
    }

    private static void keyword(String word, int... rules) {
        Rule[] list = new Rule[rules.length];
        for (int i = 0; i < rules.length; i++) {
            list[i] = RULES.get(rules[i]);
        }
        BY_KEYWORD.put(word, List.of(list));
    }

    /** A match: the kind and the name. */
    record Match(String kind, String name) {
    }

    /**
     * The rules that could match the line between {@code start} and {@code end} of {@code text}, judged by
     * its first ASCII-letter word after JS whitespace; null when none can.
     */
    static List<Rule> candidates(String text, int start, int end) {
        int i = start;
        while (i < end && JsText.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= end) {
            return null;
        }
        char first = text.charAt(i);
        if (!isAsciiLetter(first) || !KEYWORD_INITIALS[first]) {
            return null; // most lines: no allocation, no lookup
        }
        int wordStart = i;
        while (i < end && i - wordStart <= 9 && isAsciiLetter(text.charAt(i))) {
            i++;
        }
        int length = i - wordStart;
        if (length < 2 || length > 9 || i < end && isAsciiLetter(text.charAt(i))) {
            return null;
        }
        for (Map.Entry<String, List<Rule>> e : KEYWORDS_BY_INITIAL[first]) {
            String word = e.getKey();
            if (word.length() == length && text.regionMatches(false, wordStart, word, 0, length)) {
                return e.getValue();
            }
        }
        return length == 6 && text.regionMatches(true, wordStart, "create", 0, 6) ? CREATE : null;
    }

    static Match match(String line, List<Rule> rules) {
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(line);
            if (m.find()) {
                return new Match(rule.kind(), m.group(1));
            }
        }
        return null;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
