package dev.wazir.text;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/** JavaScript value conversions applied to parsed JSON: {@code String(v)}, truthiness, object spread. */
public final class JsValues {
    private JsValues() {
    }

    /**
     * {@code String(v)} (also what a computed property key or a template literal gives). A Java null or a
     * missing node stands for {@code undefined}.
     */
    public static String toJsString(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "undefined";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "true" : "false";
        }
        if (value.isNumber()) {
            if (value.isIntegralNumber() && !value.isBigInteger()) {
                return Json.number(value);
            }
            return JsNumbers.toString(value.doubleValue());
        }
        if (value.isArray()) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsonNode element = value.get(i);
                if (!element.isNull()) {
                    out.append(toJsString(element));
                }
            }
            return out.toString();
        }
        return "[object Object]";
    }

    /** JavaScript truthiness of a parsed JSON value (a Java null or missing node is undefined: false). */
    public static boolean truthy(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isString()) {
            return !value.stringValue().isEmpty();
        }
        if (value.isNumber()) {
            double d = value.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        return true;
    }

    /** {@code {...value}}: own enumerable properties of an object, array or string; nothing for the rest. */
    public static ObjectNode spread(JsonNode value) {
        ObjectNode out = Json.object();
        if (value == null) {
            return out;
        }
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                out.set(e.getKey(), e.getValue());
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                out.set(Integer.toString(i), value.get(i));
            }
        } else if (value.isString()) {
            String s = value.stringValue();
            for (int i = 0; i < s.length(); i++) {
                out.put(Integer.toString(i), String.valueOf(s.charAt(i)));
            }
        }
        return out;
    }
}
