package dev.wazir.check;

/**
 * wazir 1.0.0's prohibited-term test: the term as a literal, with an ASCII word boundary before
 * it when it starts with {@code [A-Za-z0-9_]} and after it when it ends with one, matched
 * case-insensitively the way a JavaScript {@code i} regex without {@code u} does (each UTF-16
 * unit upper-cased on its own; no folding from non-ASCII to ASCII; multi-character upper cases
 * ignored, so {@code ß} only matches itself).
 */
final class ProhibitedTerms {
    private ProhibitedTerms() {
    }

    static boolean contains(String text, String term) {
        int n = term.length();
        if (n == 0) {
            return true;
        }
        boolean boundaryBefore = isWord(term.charAt(0));
        boolean boundaryAfter = isWord(term.charAt(n - 1));
        char[] wanted = new char[n];
        for (int i = 0; i < n; i++) {
            wanted[i] = canonicalize(term.charAt(i));
        }
        for (int start = 0; start + n <= text.length(); start++) {
            if (boundaryBefore && !boundary(text, start)) {
                continue;
            }
            if (boundaryAfter && !boundary(text, start + n)) {
                continue;
            }
            int i = 0;
            while (i < n && canonicalize(text.charAt(start + i)) == wanted[i]) {
                i++;
            }
            if (i == n) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundary(String text, int at) {
        boolean before = at > 0 && isWord(text.charAt(at - 1));
        boolean after = at < text.length() && isWord(text.charAt(at));
        return before != after;
    }

    static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** ECMAScript Canonicalize(ch) for a non-Unicode, ignore-case pattern. */
    static char canonicalize(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
        }
        String upper = String.valueOf(c).toUpperCase(java.util.Locale.ROOT);
        if (upper.length() != 1) {
            return c;
        }
        char u = upper.charAt(0);
        return u < 128 ? c : u;
    }
}
