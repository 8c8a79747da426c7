package dev.wazir.git;

/**
 * The JavaScript text rules the 1.0.0 git-flow validators rely on: {@code String.prototype.trim}
 * and the pieces of its regular expressions whose Java equivalents differ ({@code \s}, {@code .},
 * multi-line {@code ^} and {@code $}).
 */
public final class GitText {
    /** JS {@code \s} as a character class. */
    public static final String SPACE = "[\\t-\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]";
    /** JS {@code .} (no {@code s} flag): anything but LF, CR, U+2028, U+2029. */
    public static final String ANY = "[^\\n\\r\\u2028\\u2029]";
    /** JS {@code ^} under the {@code m} flag: start of input or right after a line terminator. */
    public static final String LINE_START = "(?<![^\\n\\r\\u2028\\u2029])";
    /** JS {@code $} under the {@code m} flag: end of input or right before a line terminator. */
    public static final String LINE_END = "(?![^\\n\\r\\u2028\\u2029])";

    private GitText() {
    }

    public static boolean isJsSpace(char c) {
        return c >= '\t' && c <= '\r' || c == ' ' || c == '\u00A0' || c == '\u1680'
                || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    /** {@code String.prototype.trim}. */
    public static String jsTrim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isJsSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isJsSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
