package dev.wazir.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Text rules shared by every generated file: LF line ends, UTF-8 without BOM, SHA-256 hashes. */
final class ExportText {
    private ExportText() {
    }

    /**
     * Reads CRLF as LF, so that a checkout whose text files got CRLF line ends (Windows, autocrlf)
     * hashes and compares the same as the LF original. A lone CR is kept.
     */
    static String lf(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
    }

    /** Generated host files never start with a BOM (hosts read front matter from the first byte). */
    static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The host name as 1.0.0 titles it: first character upper-cased. */
    static String title(String host) {
        return host.isEmpty() ? host : host.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + host.substring(1);
    }
}
