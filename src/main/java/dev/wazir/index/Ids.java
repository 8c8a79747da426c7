package dev.wazir.index;

import dev.wazir.text.JsText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The 1.0.0 identifiers and hashes: SHA-1 ids of {@code ::}-joined parts, SHA-256 content hashes. */
public final class Ids {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Ids() {
    }

    /** First 16 lower-case hex characters of SHA-1 over the UTF-8 of the parts joined with {@code ::}. */
    public static String createId(String... parts) {
        String joined = String.join("::", parts);
        byte[] digest = digest("SHA-1").digest(JsText.utf8(joined));
        return hex(digest).substring(0, 16);
    }

    /** Lower-case hex SHA-256 of the UTF-8 encoding of a text (Node's {@code hash.update(string)}). */
    public static String hashContent(String text) {
        return sha256(JsText.utf8(text));
    }

    /** Lower-case hex SHA-256 of bytes. */
    public static String sha256(byte[] bytes) {
        return hex(digest("SHA-256").digest(bytes));
    }

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is not available in this Java runtime", e);
        }
    }

    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }
}
