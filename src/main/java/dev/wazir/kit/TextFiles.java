package dev.wazir.kit;

import dev.wazir.WazirException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads text files the way wazir 1.0.0 does: UTF-8, invalid bytes become U+FFFD, a BOM is kept.
 * Failures carry the original's (Node) error texts.
 */
public final class TextFiles {
    private TextFiles() {
    }

    public static String read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new WazirException("EISDIR: illegal operation on a directory, read");
        }
        try {
            return decode(Files.readAllBytes(absolute));
        } catch (NoSuchFileException e) {
            throw new WazirException("ENOENT: no such file or directory, open '" + absolute + "'");
        } catch (IOException e) {
            throw new WazirException("Could not read " + absolute + ": " + e.getMessage());
        }
    }

    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD");
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
