package dev.wazir.kit;

import dev.wazir.WazirException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;

/**
 * YAML 1.2 loading with the results wazir 1.0.0's parser gives (core schema, one document,
 * unique keys). An empty document is JSON null.
 * (First cut: the exact scalar rules and error texts are refined in the kit-core work.)
 */
public final class Yaml {
    private Yaml() {
    }

    private static final class Holder {
        static final YAMLMapper MAPPER = YAMLMapper.builder().build();
    }

    public static JsonNode read(Path file) {
        return parse(TextFiles.read(file));
    }

    public static JsonNode parse(String text) {
        try {
            JsonNode node = Holder.MAPPER.readTree(text);
            return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
        } catch (JacksonException e) {
            throw new WazirException(e.getOriginalMessage());
        }
    }
}
