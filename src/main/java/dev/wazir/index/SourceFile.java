package dev.wazir.index;

/**
 * A file found by the walk: its relative path (POSIX separators) and what {@code lstat} said about it,
 * which the stat cache compares on the next refresh.
 */
public record SourceFile(String relativePath, long size, long mtimeNanos, long ctimeNanos, long inode) {
}
