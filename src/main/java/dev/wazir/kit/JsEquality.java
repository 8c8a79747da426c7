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
}
