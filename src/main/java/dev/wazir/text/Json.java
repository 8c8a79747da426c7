package dev.wazir.text;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON text exactly as JavaScript's {@code JSON.stringify} writes it: the same escapes, the
 * same number forms and the same key order (integer-like keys first, ascending, then the
 * rest in insertion order), pretty with two-space indent or compact.
 */
public final class Json {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** {@code JSON.stringify(value, null, 2)}; no trailing line feed. */
    public static String pretty(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(out, value, "  ", "");
        return out.toString();
    }

    /** {@code JSON.stringify(value)}. */
    public static String compact(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(out, value, null, "");
        return out.toString();
    }

    private static void write(StringBuilder out, JsonNode value, String indent, String current) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            out.append("null");
        } else if (value.isObject()) {
            List<String> keys = orderedKeys(value);
            if (keys.isEmpty()) {
                out.append("{}");
                return;
            }
            String inner = indent == null ? "" : current + indent;
            out.append('{');
            boolean first = true;
            for (String key : keys) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                if (indent != null) {
                    out.append('\n').append(inner);
                }
                quote(out, key);
                out.append(indent == null ? ":" : ": ");
                write(out, value.get(key), indent, inner);
            }
            if (indent != null) {
                out.append('\n').append(current);
            }
            out.append('}');
        } else if (value.isArray()) {
            if (value.isEmpty()) {
                out.append("[]");
                return;
            }
            String inner = indent == null ? "" : current + indent;
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                if (indent != null) {
                    out.append('\n').append(inner);
                }
                write(out, value.get(i), indent, inner);
            }
            if (indent != null) {
                out.append('\n').append(current);
            }
            out.append(']');
        } else if (value.isBoolean()) {
            out.append(value.booleanValue() ? "true" : "false");
        } else if (value.isNumber()) {
            out.append(number(value));
        } else if (value.isString()) {
            quote(out, value.stringValue());
        } else {
            quote(out, value.asString());
        }
    }

    /** JavaScript's key order for a plain object: array-index keys ascending, then insertion order. */
    public static List<String> orderedKeys(JsonNode object) {
        List<String> indexKeys = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (isArrayIndex(e.getKey())) {
                indexKeys.add(e.getKey());
            } else {
                others.add(e.getKey());
            }
        }
        if (indexKeys.isEmpty()) {
            return others;
        }
        indexKeys.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        indexKeys.addAll(others);
        return indexKeys;
    }

    /** A canonical decimal integer in 0 .. 2^32-2, which JavaScript engines order first. */
    public static boolean isArrayIndex(String key) {
        int n = key.length();
        if (n == 0 || n > 10) {
            return false;
        }
        if (n > 1 && key.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return Long.parseLong(key) <= 4294967294L;
    }

    /** A number as JavaScript prints it (non-finite values become null, as in JSON.stringify). */
    public static String number(JsonNode value) {
        if (value.isIntegralNumber() && !value.isBigInteger()) {
            long v = value.longValue();
            if (Math.abs(v) <= 9007199254740991L) {
                return Long.toString(v);
            }
        }
        return number(value.doubleValue());
    }

    /** {@code String(x)} for a finite double; non-finite values print as JSON's null. */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "null";
        }
        if (d == 0) {
            return "0";
        }
        if (d == Math.rint(d) && Math.abs(d) <= 9007199254740992d) {
            return new BigDecimal(d).toPlainString();
        }
        String repr = Double.toString(Math.abs(d));
        String sign = d < 0 ? "-" : "";
        // Java writes d.dddE[-]n; JavaScript uses plain notation for 1e-7 <= |d| < 1e21.
        BigDecimal bd = new BigDecimal(repr);
        String digits = bd.unscaledValue().toString();
        int scale = bd.scale();
        // Strip trailing zeros from the digits.
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
            scale--;
        }
        digits = digits.substring(0, end);
        int k = digits.length();
        int n = k - scale; // position of the decimal point relative to the digits
        StringBuilder out = new StringBuilder(sign);
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int e = n - 1;
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(e < 0 ? "-" : "+").append(Math.abs(e));
        }
        return out.toString();
    }

    /** Appends a JSON string literal with JSON.stringify's escapes (lone surrogates as \\uXXXX). */
    public static void quote(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        appendUnicodeEscape(out, c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            appendUnicodeEscape(out, c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        appendUnicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        quote(out, s);
        return out.toString();
    }

    private static void appendUnicodeEscape(StringBuilder out, char c) {
        String hex = Integer.toHexString(c);
        out.append("\\u");
        for (int i = hex.length(); i < 4; i++) {
            out.append('0');
        }
        out.append(hex);
    }
}
