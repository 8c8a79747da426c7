package dev.wazir.index;

import java.nio.charset.StandardCharsets;

/**
 * A file's text as 1.0.0 sees it: the bytes decoded as UTF-8 with U+FFFD for invalid sequences (a BOM is
 * kept), and the size, line count and SHA-256 of that decoded text re-encoded as UTF-8.
 */
public record SourceText(String content, String contentHash, long sizeBytes, int lineCount) {

    public static SourceText decode(byte[] bytes) {
        String content = new String(bytes, StandardCharsets.UTF_8);
        // Valid UTF-8 decodes without U+FFFD and re-encodes to the same bytes, so hash those directly.
        byte[] canonical = content.indexOf('\uFFFD') < 0 ? bytes : content.getBytes(StandardCharsets.UTF_8);
        int newlines = 0;
        for (int at = content.indexOf('\n'); at >= 0; at = content.indexOf('\n', at + 1)) {
            newlines++;
        }
        return new SourceText(content, Ids.sha256(canonical), canonical.length, newlines + 1);
    }

    /** Only the hash (for unchanged-file checks): avoids building the string when the bytes are ASCII. */
    public static String hashOf(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return decode(bytes).contentHash();
            }
        }
        return Ids.sha256(bytes);
    }
}
