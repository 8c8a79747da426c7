package dev.wazir.kit;

import dev.wazir.text.JsNumbers;
import dev.wazir.text.JsValues;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The leaf keywords of {@link SchemaEvaluator} (no sub-schemas), with Ajv's messages. */
final class SchemaKeywords {
    private SchemaKeywords() {
    }

    /** A JSON-pointer segment: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escape(String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return key;
        }
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String number(JsonNode n) {
        return n.isIntegralNumber() && !n.isBigInteger() ? Long.toString(n.longValue())
                : JsNumbers.toString(n.doubleValue());
    }

    static void numberKeywords(JsonNode schema, double value, String path, List<SchemaEvaluator.Failure> out) {
        compare(schema, "maximum", "<=", value, path, out);
        compare(schema, "minimum", ">=", value, path, out);
        compare(schema, "exclusiveMaximum", "<", value, path, out);
        compare(schema, "exclusiveMinimum", ">", value, path, out);
        JsonNode multipleOf = schema.get("multipleOf");
        if (multipleOf != null && multipleOf.isNumber()
                && !SchemaEvaluator.isMultiple(value, multipleOf.doubleValue())) {
            out.add(new SchemaEvaluator.Failure(path, "must be multiple of " + number(multipleOf)));
        }
    }

    private static void compare(JsonNode schema, String keyword, String ok, double value, String path,
                                List<SchemaEvaluator.Failure> out) {
        JsonNode limit = schema.get(keyword);
        if (limit == null || !limit.isNumber()) {
            return;
        }
        double l = limit.doubleValue();
        boolean fails;
        switch (ok) {
            case "<=":
                fails = value > l;
                break;
            case ">=":
                fails = value < l;
                break;
            case "<":
                fails = value >= l;
                break;
            default:
                fails = value <= l;
                break;
        }
        if (fails) {
            out.add(new SchemaEvaluator.Failure(path, "must be " + ok + " " + number(limit)));
        }
    }

    static void stringKeywords(JsonNode schema, String value, String path, List<SchemaEvaluator.Failure> out) {
        int length = value.codePointCount(0, value.length());
        limit(schema, "maxLength", length, path, out, true, "characters");
        limit(schema, "minLength", length, path, out, false, "characters");
        JsonNode pattern = schema.get("pattern");
        if (pattern != null && pattern.isString()
                && !EcmaRegex.compile(pattern.stringValue()).matcher(value).find()) {
            out.add(new SchemaEvaluator.Failure(path, "must match pattern \"" + pattern.stringValue() + "\""));
        }
    }

    /** maxLength/minLength, maxItems/minItems, maxProperties/minProperties. */
    static void limit(JsonNode schema, String keyword, int count, String path,
                      List<SchemaEvaluator.Failure> out, boolean max, String unit) {
        JsonNode limit = schema.get(keyword);
        if (limit == null || !limit.isNumber()) {
            return;
        }
        double l = limit.doubleValue();
        if (max ? count > l : count < l) {
            out.add(new SchemaEvaluator.Failure(path, "must NOT have " + (max ? "more" : "fewer") + " than "
                    + number(limit) + " " + unit));
        }
    }

    /** dependencies (array form) and dependentRequired: one error per missing property. */
    static void propertyDependencies(JsonNode dependencies, JsonNode data, String path,
                                     List<SchemaEvaluator.Failure> out) {
        for (Map.Entry<String, JsonNode> e : dependencies.properties()) {
            JsonNode deps = e.getValue();
            if (!deps.isArray() || deps.isEmpty() || !data.has(e.getKey())) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode d : deps) {
                names.add(JsValues.toJsString(d));
            }
            String message = "must have " + (names.size() == 1 ? "property" : "properties") + " "
                    + String.join(", ", names) + " when property " + e.getKey() + " is present";
            for (String name : names) {
                if (!data.has(name)) {
                    out.add(new SchemaEvaluator.Failure(path, message));
                }
            }
        }
    }

    /**
     * The first duplicate pair the way Ajv finds it, rendered {@code "<a> and <b>"}, or null.
     * Arrays whose {@code items} declare only scalar types are scanned from the end remembering
     * where each value was seen ("remembered index and current index"); others compare every pair.
     */
    static String duplicateItems(JsonNode data, JsonNode items) {
        List<String> itemTypes = items != null && items.isObject()
                ? SchemaEvaluator.types(items.get("type")) : List.of();
        boolean typed = !itemTypes.isEmpty() && !itemTypes.contains("object") && !itemTypes.contains("array");
        int size = data.size();
        if (typed) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = size - 1; i >= 0; i--) {
                JsonNode item = data.get(i);
                if (!SchemaEvaluator.matchesAny(itemTypes, item)) {
                    continue;
                }
                String key = JsValues.toJsString(item);
                if (itemTypes.size() > 1 && item.isString()) {
                    key += "_";
                }
                Integer j = seen.get(key);
                if (j != null) {
                    return j + " and " + i;
                }
                if (!key.equals("__proto__")) {
                    seen.put(key, i);
                }
            }
            return null;
        }
        // Ajv compares every pair (i from the last index down, j from i-1 down) and names the first
        // equal pair. Grouping the indexes by a hash consistent with deep equality finds the same
        // pair without the quadratic scan.
        Map<Integer, List<Integer>> byHash = new HashMap<>();
        for (int i = 0; i < size; i++) {
            byHash.computeIfAbsent(JsEquality.hash(data.get(i)), h -> new ArrayList<>()).add(i);
        }
        for (int i = size - 1; i >= 0; i--) {
            List<Integer> candidates = byHash.get(JsEquality.hash(data.get(i)));
            for (int k = candidates.size() - 1; k >= 0; k--) {
                int j = candidates.get(k);
                if (j < i && JsEquality.deepEqual(data.get(i), data.get(j))) {
                    return j + " and " + i;
                }
            }
        }
        return null;
    }
}
