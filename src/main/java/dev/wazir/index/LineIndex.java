package dev.wazir.index;

import java.util.Arrays;

/**
 * The {@code \n}-separated lines of a text (JS {@code split('\n')}: a trailing newline gives a final empty
 * line, and {@code \r} stays on its line), addressed by 0-based index without copying the text.
 */
public final class LineIndex {
    private final String text;
    private final int[] starts;
    private final int count;

    public LineIndex(String text) {
        this.text = text;
        int[] s = new int[Math.max(16, text.length() / 32)];
        int n = 0;
        s[n++] = 0;
        int from = 0;
        int at;
        while ((at = text.indexOf('\n', from)) >= 0) {
            if (n == s.length) {
                s = Arrays.copyOf(s, s.length * 2);
            }
            s[n++] = at + 1;
            from = at + 1;
        }
        this.starts = s;
        this.count = n;
    }

    public int count() {
        return count;
    }

    public int start(int line) {
        return starts[line];
    }

    /** Exclusive end of the line (the position of its {@code \n}, or the text length). */
    public int end(int line) {
        return line + 1 < count ? starts[line + 1] - 1 : text.length();
    }

    public String line(int line) {
        return text.substring(start(line), end(line));
    }

    public String text() {
        return text;
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive) joined with {@code \n}; empty when from >= to. */
    public String join(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(start(from), end(to - 1));
    }
}
