package dev.wazir.kit;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a YAML error the way the `yaml` npm package's "pretty errors" do:
 * {@code <text> at line L, column C:} + blank line + context line(s) + caret line + LF.
 * Like that package, it counts only line breaks that lie outside scalar tokens, so a
 * position after a multi-line scalar is reported on the same line numbers it would give.
 */
final class YamlErrorText {
    private final String source;
    private final List<Integer> lineStarts = new ArrayList<>();

    /** {@code scalarRanges}: UTF-16 [start, end) pairs of multi-line scalar tokens. */
    YamlErrorText(String source, List<int[]> scalarRanges) {
        this.source = source;
        lineStarts.add(0);
        // One sweep over the ranges sorted by start: a line break is inside a scalar when it lies
        // before the furthest end among the ranges that start at or before it.
        List<int[]> ranges = new ArrayList<>(scalarRanges);
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        int next = 0;
        int coveredUntil = -1;
        for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
            while (next < ranges.size() && ranges.get(next)[0] <= i) {
                coveredUntil = Math.max(coveredUntil, ranges.get(next)[1]);
                next++;
            }
            if (i >= coveredUntil) {
                lineStarts.add(i + 1);
            }
        }
    }

    private int[] linePos(int offset) {
        int low = 0;
        int high = lineStarts.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (lineStarts.get(mid) < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (low < lineStarts.size() && lineStarts.get(low) == offset) {
            return new int[] {low + 1, 1};
        }
        if (low == 0) {
            return new int[] {0, offset};
        }
        return new int[] {low, offset - lineStarts.get(low - 1) + 1};
    }

    private String lineText(int line) {
        int start = lineStarts.get(line - 1);
        int end = line < lineStarts.size() ? lineStarts.get(line) : source.length();
        return source.substring(Math.min(start, source.length()), Math.min(end, source.length()));
    }

    /** The full message for an error covering [start, end) (end may equal start + 1). */
    String render(String text, int start, int end) {
        start = Math.max(0, Math.min(start, source.length()));
        end = Math.max(start + 1, end);
        int[] pos = linePos(start);
        int line = pos[0];
        int col = pos[1];
        StringBuilder message = new StringBuilder(text).append(" at line ").append(line)
                .append(", column ").append(col);
        if (line < 1) {
            return message.toString();
        }
        int ci = col - 1;
        String lineStr = lineText(line).replaceAll("[\\n\\r]+$", "");
        if (ci >= 60 && lineStr.length() > 80) {
            int trimStart = Math.min(ci - 39, lineStr.length() - 79);
            lineStr = "\u2026" + lineStr.substring(trimStart);
            ci -= trimStart - 1;
        }
        if (lineStr.length() > 80) {
            lineStr = lineStr.substring(0, 79) + "\u2026";
        }
        if (line > 1 && lineStr.substring(0, Math.min(ci, lineStr.length())).matches(" *")) {
            String prev = lineText(line - 1);
            if (prev.length() > 80) {
                prev = prev.substring(0, 79) + "\u2026\n";
            }
            lineStr = prev + lineStr;
        }
        if (lineStr.chars().anyMatch(c -> c != ' ')) {
            int count = 1;
            int[] endPos = linePos(Math.min(end, source.length()));
            if (endPos[0] == line && endPos[1] > col) {
                count = Math.max(1, Math.min(endPos[1] - col, 80 - ci));
            }
            message.append(":\n\n").append(lineStr).append('\n')
                    .append(" ".repeat(Math.max(0, ci))).append("^".repeat(count)).append('\n');
        }
        return message.toString();
    }
}
