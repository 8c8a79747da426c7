package dev.wazir.text;

import java.nio.charset.StandardCharsets;

/**
 * JavaScript string facts the port needs: the {@code \s} / {@code trim()} whitespace set, and UTF-8
 * encoding of lone surrogates (Node writes U+FFFD for them when hashing or storing text).
 */
public final class JsText {
    /** The ECMAScript {@code \s} set as a regex character-class body, for use inside {@code [...]}. */
    public static final String WHITESPACE_CLASS =
            "\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

    private JsText() {
    }

    /** True for the ECMAScript white space and line terminator characters (JS {@code \s}). */
    public static boolean isWhitespace(char c) {
        switch (c) {
            case '\t':
            case '\n':
            case 0x0B:
            case '\f':
            case '\r':
            case ' ':
            case 0x00A0:
            case 0x1680:
            case 0x2028:
            case 0x2029:
            case 0x202F:
            case 0x205F:
            case 0x3000:
            case 0xFEFF:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }

    /** JavaScript {@code String.prototype.trim}. */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /** True when {@link #trim} would give the empty string. */
    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Replaces lone surrogates by U+FFFD, which is what Node stores and hashes for them. */
    public static String wellFormed(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return replaceLoneSurrogates(s);
            }
        }
        return s;
    }

    private static String replaceLoneSurrogates(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** UTF-8 bytes as Node encodes a JS string (lone surrogates become EF BF BD). */
    public static byte[] utf8(String s) {
        return wellFormed(s).getBytes(StandardCharsets.UTF_8);
    }
}
