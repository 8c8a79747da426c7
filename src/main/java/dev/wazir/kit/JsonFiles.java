package dev.wazir.kit;

import dev.wazir.WazirException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;

/**
 * Strict JSON loading ({@code JSON.parse}) with V8-style error texts.
 * (First cut: the exact error texts are refined in the kit-core work.)
 */
public final class JsonFiles {
    private JsonFiles() {
    }

    private static final class Holder {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    public static JsonNode read(Path file) {
        return parse(TextFiles.read(file));
    }

    public static JsonNode parse(String text) {
        try {
            return Holder.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new WazirException(e.getOriginalMessage());
        }
    }
}
