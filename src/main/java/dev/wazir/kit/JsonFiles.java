package dev.wazir.kit;

import dev.wazir.WazirException;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

/**
 * Strict JSON loading as {@code JSON.parse} does it: V8's error texts (see {@link JsonParser}),
 * numbers read as JS doubles, a repeated key keeps its first position and takes the last value,
 * objects in JS key order, a BOM is a syntax error.
 */
public final class JsonFiles {
    /** Larger input than this (in UTF-16 units) is refused with a clear error. */
    public static final int MAX_CHARS = 64 * 1024 * 1024;

    private JsonFiles() {
    }

    public static JsonNode read(Path file) {
        return parse(TextFiles.read(file));
    }

    public static JsonNode parse(String text) {
        if (text.length() > MAX_CHARS) {
            throw new WazirException("JSON input is too large (more than " + MAX_CHARS + " characters)");
        }
        return new JsonParser(text).parse();
    }
}
