package dev.wazir.text;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * JavaScript's {@code trim()}, white-space splitting, truthiness and {@code String(value)}.
 * Java's {@code trim()}/{@code strip()} and {@code \s} cover different characters, so the
 * 1.0.0 texts need this exact set.
 */
public final class JsWords {
    /** The JS {@code \s} set as a regex character-class body (no brackets). */
    public static final String WHITESPACE_CLASS =
            "\\t-\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

    private JsWords() {
    }

    /** {@code String.prototype.trim}. */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && JsText.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && JsText.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** {@code s.split(/\s+/).filter(Boolean)}. */
    public static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && JsText.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !JsText.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /** JavaScript truthiness of a JSON value (missing counts as undefined). */
    public static boolean truthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            double d = value.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        if (value.isString()) {
            return !value.stringValue().isEmpty();
        }
        return true;
    }

    /** {@code String(value)} for a JSON value: objects give {@code [object Object]}, arrays join with ','. */
    public static String string(JsonNode value) {
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
            double d = value.doubleValue();
            if (Double.isNaN(d)) {
                return "NaN";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "Infinity" : "-Infinity";
            }
            return Json.number(value);
        }
        if (value.isArray()) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsonNode element = value.get(i);
                if (element != null && !element.isNull()) {
                    out.append(string(element));
                }
            }
            return out.toString();
        }
        return "[object Object]";
    }
}
