package dev.wazir.export;

/**
 * One canonical source of the host exports: its project-relative path (always with {@code /}),
 * its text with CRLF line ends read as LF, and the SHA-256 of that text.
 */
public record SourceFile(String path, String text, String hash) {
}
