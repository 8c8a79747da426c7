package dev.wazir.kit;

import tools.jackson.databind.JsonNode;

import java.util.Map;

/**
 * The deep equality Ajv uses for {@code const}, {@code enum} and {@code uniqueItems}
 * (fast-deep-equal): numbers by value ({@code 1 == 1.0}, {@code -0 == 0}, NaN equals NaN),
 * arrays element-wise, objects by the same key set with equal values in any order.
 */
final class JsEquality {
    private JsEquality() {
    }

    static boolean deepEqual(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            if (a.isIntegralNumber() && b.isIntegralNumber() && !a.isBigInteger() && !b.isBigInteger()) {
                return a.longValue() == b.longValue();
            }
            double x = a.doubleValue();
            double y = b.doubleValue();
            return x == y || (Double.isNaN(x) && Double.isNaN(y));
        }
        if (a.isString() && b.isString()) {
            return a.stringValue().equals(b.stringValue());
        }
        if (a.isBoolean() && b.isBoolean()) {
            return a.booleanValue() == b.booleanValue();
        }
        if (a.isNull() && b.isNull()) {
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!deepEqual(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                JsonNode other = b.get(e.getKey());
                if (other == null || !deepEqual(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
    /** A hash consistent with {@link #deepEqual}: deep-equal values hash alike (object key order ignored). */
    static int hash(JsonNode node) {
        if (node.isNumber()) {
            double d = node.doubleValue();
            return Double.isNaN(d) ? 0x7ff8 : Double.hashCode(d == 0 ? 0d : d);
        }
        if (node.isString()) {
            return node.stringValue().hashCode();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? 1231 : 1237;
        }
        if (node.isArray()) {
            int h = 1;
            for (JsonNode item : node) {
                h = 31 * h + hash(item);
            }
            return h;
        }
        if (node.isObject()) {
            int h = 7;
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                h += e.getKey().hashCode() ^ hash(e.getValue());
            }
            return h;
        }
        return 0;
    }
}
