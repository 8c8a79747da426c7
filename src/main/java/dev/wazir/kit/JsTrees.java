package dev.wazir.kit;

import dev.wazir.text.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jackson trees with JavaScript value semantics, as the loaders build them: numbers are doubles
 * (an integral value is stored as an integer node, so {@code 1.0} and {@code 1} are the same)
 * and objects keep JS key order (array-index keys ascending first, then insertion order).
 */
public final class JsTrees {
    private static final double MAX_SAFE = 9007199254740991d;

    private JsTrees() {
    }

    /** The node for a JS number: integral values up to 2^53 become int/long nodes, -0 becomes 0. */
    public static JsonNode number(double d) {
        if (d == Math.rint(d) && Math.abs(d) <= MAX_SAFE) {
            long v = (long) d;
            if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                return IntNode.valueOf((int) v);
            }
            return LongNode.valueOf(v);
        }
        return DoubleNode.valueOf(d);
    }

    /** Builds an object node in JS key order from entries collected in insertion order. */
    public static ObjectNode object(LinkedHashMap<String, JsonNode> entries) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        List<String> indexKeys = null;
        for (String key : entries.keySet()) {
            if (Json.isArrayIndex(key)) {
                if (indexKeys == null) {
                    indexKeys = new ArrayList<>();
                }
                indexKeys.add(key);
            }
        }
        if (indexKeys != null) {
            indexKeys.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
            for (String key : indexKeys) {
                node.set(key, entries.get(key));
            }
        }
        for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
            if (indexKeys == null || !Json.isArrayIndex(e.getKey())) {
                node.set(e.getKey(), e.getValue());
            }
        }
        return node;
    }
}
