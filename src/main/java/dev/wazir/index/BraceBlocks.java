package dev.wazir.index;

import java.util.Arrays;

/**
 * 1.0.0's block-end estimate for brace languages. From the symbol's line {@code s}: add the line's
 * {@code {} count and subtract its {@code }} count; once a {@code {} has been seen, the first line after
 * {@code s} where the running depth is at most zero ends the block (1-based result = its index + 1); never
 * balanced gives the number of lines, never a brace gives {@code s + 1}. Braces in strings and comments count.
 *
 * <p>The original rescans from every symbol, which is quadratic on long unbalanced files. Here each
 * estimate first scans linearly (cheap for ordinary files); once the scans of a file have cost more than a
 * few passes over it, the depth becomes a prefix sum and a small min-tree answers each symbol in
 * O(log lines), with identical results.
 */
final class BraceBlocks {
    private final int[] opens;
    private final int[] closes;
    private final int lines;
    private long budget;
    private long[] prefix;   // prefix[k] = sum over lines i < k of (opens - closes)
    private int[] nextOpen;  // smallest j >= i whose line holds a '{', or lines
    private long[] tree;     // min over prefix ranges
    private int size;

    BraceBlocks(int[] opens, int[] closes, int lines) {
        this.opens = opens;
        this.closes = closes;
        this.lines = lines;
        this.budget = 4L * lines + 1024;
    }

    /** The 1-based end line of a block starting at 0-based line {@code s}. */
    int end(int s) {
        if (tree == null && budget > 0) {
            long depth = 0;
            boolean seen = false;
            for (int i = s; i < lines; i++) {
                depth += opens[i] - closes[i];
                seen |= opens[i] > 0;
                if (seen && depth <= 0 && i > s) {
                    budget -= i - s + 1;
                    return i + 1;
                }
            }
            budget -= lines - s;
            return seen ? lines : s + 1;
        }
        if (tree == null) {
            buildTree();
        }
        int firstOpen = nextOpen[s];
        if (firstOpen >= lines) {
            return s + 1;
        }
        int from = Math.max(s + 1, firstOpen) + 1; // prefix index i+1 for candidate line i
        int found = from > lines ? -1 : descend(1, 0, size - 1, from, prefix[s]);
        return found < 0 ? lines : found;
    }

    private void buildTree() {
        prefix = new long[lines + 1];
        for (int i = 0; i < lines; i++) {
            prefix[i + 1] = prefix[i] + opens[i] - closes[i];
        }
        nextOpen = new int[lines + 1];
        nextOpen[lines] = lines;
        for (int i = lines - 1; i >= 0; i--) {
            nextOpen[i] = opens[i] > 0 ? i : nextOpen[i + 1];
        }
        int n = 1;
        while (n < lines + 1) {
            n <<= 1;
        }
        size = n;
        tree = new long[2 * n];
        Arrays.fill(tree, Long.MAX_VALUE);
        System.arraycopy(prefix, 0, tree, n, lines + 1);
        for (int i = n - 1; i >= 1; i--) {
            tree[i] = Math.min(tree[2 * i], tree[2 * i + 1]);
        }
    }

    /** Smallest k >= from in this node's range with prefix[k] <= limit, or -1. */
    private int descend(int node, int lo, int hi, int from, long limit) {
        if (hi < from || tree[node] > limit) {
            return -1;
        }
        if (lo == hi) {
            return lo;
        }
        int mid = (lo + hi) >>> 1;
        int left = descend(2 * node, lo, mid, from, limit);
        return left >= 0 ? left : descend(2 * node + 1, mid + 1, hi, from, limit);
    }
}
