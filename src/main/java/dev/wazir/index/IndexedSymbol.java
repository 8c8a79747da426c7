package dev.wazir.index;

/** One row of the {@code symbols} table. */
public record IndexedSymbol(String symbolId, String fileId, String relativePath, String name, String kind,
        String signature, long lineStart, long lineEnd) {
}
