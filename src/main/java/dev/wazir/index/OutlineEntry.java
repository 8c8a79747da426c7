package dev.wazir.index;

/** One row of the {@code outlines} table (without its file columns, which the file supplies). */
public record OutlineEntry(String outlineId, String label, String kind, int level, long lineStart, long lineEnd) {
}
