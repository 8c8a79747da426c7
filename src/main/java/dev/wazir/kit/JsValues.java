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
 * JavaScript value semantics over Jackson trees: numbers are doubles (an integral value is
 * stored as an integer node, so {@code 1.0} and {@code 1} are the same), objects keep JS key
 * order (array-index keys ascending first, then insertion order), and {@code String(value)}.
 */
public final class JsValues {
    private static final double MAX_SAFE = 9007199254740991d;

    private JsValues() {
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

    /** {@code String(n)} for a JS number. */
    public static String numberToString(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return Json.number(d);
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

    /**
     * {@code String(value)} as JavaScript renders it in a template literal: a missing value
     * (Java null or a missing node) is {@code undefined}, objects are {@code [object Object]},
     * arrays are their elements joined by {@code ,} with null/undefined elements empty.
     */
    public static String render(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "undefined";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() && !value.isBigInteger()
                    ? Long.toString(value.longValue()) : numberToString(value.doubleValue());
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "true" : "false";
        }
        if (value.isArray()) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsonNode element = value.get(i);
                if (element != null && !element.isNull()) {
                    out.append(render(element));
                }
            }
            return out.toString();
        }
        return "[object Object]";
    }
}
