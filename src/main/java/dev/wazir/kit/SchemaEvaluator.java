package dev.wazir.kit;

import dev.wazir.text.JsNumbers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a draft 2020-12 schema to a value and lists the failures exactly as Ajv 8 does with
 * {@code allErrors: true}: the same keyword groups and order (type-independent keywords, then
 * number, string, array, object keywords), the same placement of the {@code type} error, the
 * same messages and instance paths, the same short-circuits inside {@code anyOf}/{@code oneOf}/
 * {@code contains}, and the same {@code uniqueItems} index conventions.
 */
final class SchemaEvaluator {
    /** One failure: the JSON pointer of the value ("" for the root) and Ajv's message. */
    record Failure(String instancePath, String message) {
    }

    private static final List<String> NUMBER_KEYWORDS =
            List.of("maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "multipleOf", "format");
    private static final List<String> STRING_KEYWORDS = List.of("maxLength", "minLength", "pattern", "format");
    private static final List<String> ARRAY_KEYWORDS = List.of("maxItems", "minItems", "prefixItems", "items",
            "contains", "uniqueItems", "maxContains", "minContains", "unevaluatedItems");
    private static final List<String> OBJECT_KEYWORDS = List.of("maxProperties", "minProperties", "required",
            "propertyNames", "additionalProperties", "dependencies", "properties", "patternProperties",
            "dependentRequired", "dependentSchemas", "unevaluatedProperties");
    /** Keywords that make a schema "have rules" for Ajv (all others are annotations or unknown). */
    static final Set<String> RULE_KEYWORDS = Set.of("$ref", "$dynamicRef", "$recursiveRef", "const", "enum",
            "not", "anyOf", "oneOf", "allOf", "if", "then", "else", "type", "nullable",
            "maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "multipleOf", "format",
            "maxLength", "minLength", "pattern", "maxItems", "minItems", "prefixItems", "items", "contains",
            "uniqueItems", "maxContains", "minContains", "unevaluatedItems", "maxProperties", "minProperties",
            "required", "propertyNames", "additionalProperties", "dependencies", "properties",
            "patternProperties", "dependentRequired", "dependentSchemas", "unevaluatedProperties",
            "$dynamicAnchor", "$recursiveAnchor");
    /** Names a parsed JSON object inherits from Object.prototype (Ajv's `required` sees them). */
    private static final Set<String> PROTOTYPE_NAMES = Set.of("constructor", "__defineGetter__",
            "__defineSetter__", "hasOwnProperty", "__lookupGetter__", "__lookupSetter__", "isPrototypeOf",
            "propertyIsEnumerable", "toString", "valueOf", "__proto__", "toLocaleString");

    private final SchemaResources resources;
    private final Map<String, JsonNode> dynamicAnchors = new HashMap<>();
    private int depth;

    SchemaEvaluator(SchemaResources resources) {
        this.resources = resources;
    }

    List<Failure> evaluate(JsonNode schema, JsonNode data, String base) {
        List<Failure> out = new ArrayList<>();
        validate(schema, data, "", base, out);
        return out;
    }

    private void validate(JsonNode schema, JsonNode data, String path, String base, List<Failure> out) {
        if (schema.isBoolean()) {
            if (!schema.booleanValue()) {
                out.add(new Failure(path, "boolean schema is false"));
            }
            return;
        }
        if (!schema.isObject()) {
            return;
        }
        if (++depth > 500) {
            depth = 0;
            throw new dev.wazir.WazirException("Schema validation is nested too deeply (more than 500 levels)");
        }
        try {
            apply(schema, data, path, resources.baseOf(schema, base), out);
        } finally {
            depth--;
        }
    }

    private void apply(JsonNode schema, JsonNode data, String path, String base, List<Failure> out) {
        JsonNode anchor = schema.get("$dynamicAnchor");
        if (anchor != null && anchor.isString()) {
            dynamicAnchors.putIfAbsent(anchor.stringValue(), schema);
        }
        JsonNode typeKeyword = schema.get("type");
        List<String> types = types(typeKeyword);
        boolean typeCheckedFirst = !types.isEmpty()
                && !(types.size() == 1 && hasGroupRules(schema, types.get(0)));
        if (typeCheckedFirst && !matchesAny(types, data)) {
            out.add(typeError(path, typeKeyword));
        }
        anyTypeKeywords(schema, data, path, base, out);
        group(schema, data, path, base, out, "number", types, typeCheckedFirst);
        group(schema, data, path, base, out, "string", types, typeCheckedFirst);
        group(schema, data, path, base, out, "array", types, typeCheckedFirst);
        group(schema, data, path, base, out, "object", types, typeCheckedFirst);
    }

    private void group(JsonNode schema, JsonNode data, String path, String base, List<Failure> out,
                       String type, List<String> types, boolean typeCheckedFirst) {
        if (!hasGroupRules(schema, type)) {
            return;
        }
        if (isType(data, type)) {
            switch (type) {
                case "number":
                    SchemaKeywords.numberKeywords(schema, data.doubleValue(), path, out);
                    break;
                case "string":
                    SchemaKeywords.stringKeywords(schema, data.stringValue(), path, out);
                    break;
                case "array":
                    arrayKeywords(schema, data, path, base, out);
                    break;
                default:
                    objectKeywords(schema, data, path, base, out);
                    break;
            }
        } else if (!typeCheckedFirst && types.size() == 1 && types.get(0).equals(type)) {
            out.add(typeError(path, schema.get("type")));
        }
    }

    static boolean hasGroupRules(JsonNode schema, String type) {
        List<String> keywords;
        switch (type) {
            case "number":
                keywords = NUMBER_KEYWORDS;
                break;
            case "string":
                keywords = STRING_KEYWORDS;
                break;
            case "array":
                keywords = ARRAY_KEYWORDS;
                break;
            case "object":
                keywords = OBJECT_KEYWORDS;
                break;
            default:
                return false;
        }
        for (String k : keywords) {
            if (schema.has(k)) {
                return true;
            }
        }
        return false;
    }

    private static Failure typeError(String path, JsonNode typeKeyword) {
        return new Failure(path, "must be " + (typeKeyword.isArray()
                ? String.join(",", types(typeKeyword)) : typeKeyword.stringValue()));
    }

    static List<String> types(JsonNode typeKeyword) {
        List<String> types = new ArrayList<>();
        if (typeKeyword == null) {
            return types;
        }
        if (typeKeyword.isString()) {
            types.add(typeKeyword.stringValue());
        } else if (typeKeyword.isArray()) {
            for (JsonNode t : typeKeyword) {
                types.add(t.isString() ? t.stringValue() : dev.wazir.text.JsValues.toJsString(t));
            }
        }
        return types;
    }

    static boolean matchesAny(List<String> types, JsonNode data) {
        for (String t : types) {
            if (isType(data, t)) {
                return true;
            }
        }
        return false;
    }

    static boolean isType(JsonNode data, String type) {
        switch (type) {
            case "string":
                return data.isString();
            case "number":
                return data.isNumber();
            case "integer":
                if (!data.isNumber()) {
                    return false;
                }
                if (data.isIntegralNumber()) {
                    return true;
                }
                double d = data.doubleValue();
                return !Double.isNaN(d) && (Double.isInfinite(d) || d % 1 == 0);
            case "boolean":
                return data.isBoolean();
            case "null":
                return data.isNull();
            case "array":
                return data.isArray();
            case "object":
                return data.isObject();
            default:
                return false;
        }
    }

    /** Ajv's alwaysValidSchema: {@code true}, {@code {}}, or an object with no rule keyword. */
    static boolean alwaysValid(JsonNode schema) {
        if (schema.isBoolean()) {
            return schema.booleanValue();
        }
        if (!schema.isObject()) {
            return true;
        }
        for (String key : schema.propertyNames()) {
            if (RULE_KEYWORDS.contains(key)) {
                return false;
            }
        }
        return true;
    }

    private void anyTypeKeywords(JsonNode schema, JsonNode data, String path, String base, List<Failure> out) {
        JsonNode dynamicRef = schema.get("$dynamicRef");
        if (dynamicRef != null && dynamicRef.isString() && dynamicRef.stringValue().startsWith("#")) {
            JsonNode target = dynamicAnchors.get(dynamicRef.stringValue().substring(1));
            if (target == null) {
                target = resources.resolveRef(base, "#");
            }
            if (target != null) {
                validate(target, data, path, base, out);
            }
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isString()) {
            JsonNode target = resources.resolveRef(base, ref.stringValue());
            if (target != null) {
                validate(target, data, path, resources.baseOf(target, base), out);
            }
        }
        JsonNode constant = schema.get("const");
        if (constant != null && !JsEquality.deepEqual(data, constant)) {
            out.add(new Failure(path, "must be equal to constant"));
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null && allowed.isArray()) {
            boolean found = false;
            for (JsonNode option : allowed) {
                if (JsEquality.deepEqual(data, option)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                out.add(new Failure(path, "must be equal to one of the allowed values"));
            }
        }
        JsonNode not = schema.get("not");
        if (not != null && passes(not, data, path, base)) {
            out.add(new Failure(path, "must NOT be valid"));
        }
        anyOf(schema.get("anyOf"), data, path, base, out);
        oneOf(schema.get("oneOf"), data, path, base, out);
        JsonNode allOf = schema.get("allOf");
        if (allOf != null && allOf.isArray()) {
            for (JsonNode sub : allOf) {
                if (!alwaysValid(sub)) {
                    validate(sub, data, path, base, out);
                }
            }
        }
        ifThenElse(schema, data, path, base, out);
    }

    private boolean passes(JsonNode schema, JsonNode data, String path, String base) {
        List<Failure> scratch = new ArrayList<>();
        validate(schema, data, path, base, scratch);
        return scratch.isEmpty();
    }

    private void anyOf(JsonNode anyOf, JsonNode data, String path, String base, List<Failure> out) {
        if (anyOf == null || !anyOf.isArray()) {
            return;
        }
        for (JsonNode sub : anyOf) {
            if (alwaysValid(sub)) {
                return;
            }
        }
        int mark = out.size();
        for (JsonNode sub : anyOf) {
            int before = out.size();
            validate(sub, data, path, base, out);
            if (out.size() == before) {
                out.subList(mark, out.size()).clear();
                return;
            }
        }
        out.add(new Failure(path, "must match a schema in anyOf"));
    }

    private void oneOf(JsonNode oneOf, JsonNode data, String path, String base, List<Failure> out) {
        if (oneOf == null || !oneOf.isArray()) {
            return;
        }
        int mark = out.size();
        boolean valid = false;
        for (int i = 0; i < oneOf.size(); i++) {
            JsonNode sub = oneOf.get(i);
            boolean subValid;
            if (alwaysValid(sub)) {
                subValid = true;
            } else {
                int before = out.size();
                validate(sub, data, path, base, out);
                subValid = out.size() == before;
            }
            if (i > 0 && subValid && valid) {
                valid = false;
                break;
            }
            if (subValid) {
                valid = true;
            }
        }
        if (valid) {
            out.subList(mark, out.size()).clear();
        } else {
            out.add(new Failure(path, "must match exactly one schema in oneOf"));
        }
    }

    private void ifThenElse(JsonNode schema, JsonNode data, String path, String base, List<Failure> out) {
        JsonNode condition = schema.get("if");
        if (condition == null) {
            return;
        }
        JsonNode then = schema.get("then");
        JsonNode otherwise = schema.get("else");
        boolean hasThen = then != null && !alwaysValid(then);
        boolean hasElse = otherwise != null && !alwaysValid(otherwise);
        if (!hasThen && !hasElse) {
            return;
        }
        boolean conditionHolds = passes(condition, data, path, base);
        if (conditionHolds && hasThen) {
            int before = out.size();
            validate(then, data, path, base, out);
            if (out.size() > before) {
                out.add(new Failure(path, "must match \"then\" schema"));
            }
        } else if (!conditionHolds && hasElse) {
            int before = out.size();
            validate(otherwise, data, path, base, out);
            if (out.size() > before) {
                out.add(new Failure(path, "must match \"else\" schema"));
            }
        }
    }

    private void arrayKeywords(JsonNode schema, JsonNode data, String path, String base, List<Failure> out) {
        int size = data.size();
        SchemaKeywords.limit(schema, "maxItems", size, path, out, true, "items");
        SchemaKeywords.limit(schema, "minItems", size, path, out, false, "items");
        JsonNode prefixItems = schema.get("prefixItems");
        int prefixLength = 0;
        if (prefixItems != null && prefixItems.isArray()) {
            prefixLength = prefixItems.size();
            for (int i = 0; i < Math.min(size, prefixLength); i++) {
                if (!alwaysValid(prefixItems.get(i))) {
                    validate(prefixItems.get(i), data.get(i), path + "/" + i, base, out);
                }
            }
        }
        JsonNode items = schema.get("items");
        if (items != null && !alwaysValid(items)) {
            if (prefixItems != null && items.isBoolean()) {
                if (size > prefixLength) {
                    out.add(new Failure(path, "must NOT have more than " + prefixLength + " items"));
                }
            } else {
                for (int i = prefixItems != null ? prefixLength : 0; i < size; i++) {
                    validate(items, data.get(i), path + "/" + i, base, out);
                }
            }
        }
        contains(schema, data, path, base, out);
        JsonNode unique = schema.get("uniqueItems");
        if (unique != null && unique.isBoolean() && unique.booleanValue() && size > 1) {
            String duplicate = SchemaKeywords.duplicateItems(data, items);
            if (duplicate != null) {
                out.add(new Failure(path, "must NOT have duplicate items (items ## " + duplicate + " are identical)"));
            }
        }
    }

    private void contains(JsonNode schema, JsonNode data, String path, String base, List<Failure> out) {
        JsonNode contains = schema.get("contains");
        if (contains == null) {
            return;
        }
        JsonNode minNode = schema.get("minContains");
        JsonNode maxNode = schema.get("maxContains");
        double min = minNode != null && minNode.isNumber() ? minNode.doubleValue() : 1;
        Double max = maxNode != null && maxNode.isNumber() ? maxNode.doubleValue() : null;
        String message = "must contain at least " + dev.wazir.text.JsNumbers.toString(min)
                + (max == null ? "" : " and no more than " + dev.wazir.text.JsNumbers.toString(max)) + " valid item(s)";
        if (max == null && min == 0) {
            return;
        }
        if (max != null && min > max) {
            out.add(new Failure(path, message));
            return;
        }
        int size = data.size();
        if (alwaysValid(contains)) {
            if (!(size >= min && (max == null || size <= max))) {
                out.add(new Failure(path, message));
            }
            return;
        }
        int mark = out.size();
        boolean valid = min == 0;
        int count = 0;
        for (int i = 0; i < size; i++) {
            int before = out.size();
            validate(contains, data.get(i), path + "/" + i, base, out);
            if (out.size() != before) {
                continue;
            }
            count++;
            if (max == null) {
                if (count >= min) {
                    valid = true;
                    break;
                }
            } else {
                if (count > max) {
                    valid = false;
                    break;
                }
                if (count >= min) {
                    valid = true;
                }
            }
        }
        if (valid) {
            out.subList(mark, out.size()).clear();
        } else {
            out.add(new Failure(path, message));
        }
    }

    private void objectKeywords(JsonNode schema, JsonNode data, String path, String base, List<Failure> out) {
        SchemaKeywords.limit(schema, "maxProperties", data.size(), path, out, true, "properties");
        SchemaKeywords.limit(schema, "minProperties", data.size(), path, out, false, "properties");
        JsonNode required = schema.get("required");
        if (required != null && required.isArray()) {
            for (JsonNode name : required) {
                String key = dev.wazir.text.JsValues.toJsString(name);
                if (!data.has(key) && !PROTOTYPE_NAMES.contains(key)) {
                    out.add(new Failure(path, "must have required property '" + key + "'"));
                }
            }
        }
        JsonNode propertyNames = schema.get("propertyNames");
        if (propertyNames != null && !alwaysValid(propertyNames)) {
            for (String key : data.propertyNames()) {
                int before = out.size();
                validate(propertyNames, StringNode.valueOf(key), path, base, out);
                if (out.size() > before) {
                    out.add(new Failure(path, "property name must be valid"));
                }
            }
        }
        additionalProperties(schema, data, path, base, out);
        JsonNode dependencies = schema.get("dependencies");
        if (dependencies != null && dependencies.isObject()) {
            SchemaKeywords.propertyDependencies(dependencies, data, path, out);
            for (Map.Entry<String, JsonNode> e : dependencies.properties()) {
                if (!e.getValue().isArray() && data.has(e.getKey()) && !alwaysValid(e.getValue())) {
                    validate(e.getValue(), data, path, base, out);
                }
            }
        }
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.isObject()) {
            for (Map.Entry<String, JsonNode> e : properties.properties()) {
                JsonNode value = data.get(e.getKey());
                if (value != null && !e.getKey().equals("__proto__") && !alwaysValid(e.getValue())) {
                    validate(e.getValue(), value, path + "/" + SchemaKeywords.escape(e.getKey()), base, out);
                }
            }
        }
        JsonNode patternProperties = schema.get("patternProperties");
        if (patternProperties != null && patternProperties.isObject()) {
            for (Map.Entry<String, JsonNode> p : patternProperties.properties()) {
                if (alwaysValid(p.getValue())) {
                    continue;
                }
                java.util.regex.Pattern regex = EcmaRegex.compile(p.getKey());
                for (Map.Entry<String, JsonNode> e : data.properties()) {
                    if (regex.matcher(e.getKey()).find()) {
                        validate(p.getValue(), e.getValue(), path + "/" + SchemaKeywords.escape(e.getKey()), base, out);
                    }
                }
            }
        }
        JsonNode dependentRequired = schema.get("dependentRequired");
        if (dependentRequired != null && dependentRequired.isObject()) {
            SchemaKeywords.propertyDependencies(dependentRequired, data, path, out);
        }
        JsonNode dependentSchemas = schema.get("dependentSchemas");
        if (dependentSchemas != null && dependentSchemas.isObject()) {
            for (Map.Entry<String, JsonNode> e : dependentSchemas.properties()) {
                if (data.has(e.getKey()) && !alwaysValid(e.getValue())) {
                    validate(e.getValue(), data, path, base, out);
                }
            }
        }
    }

    private void additionalProperties(JsonNode schema, JsonNode data, String path, String base, List<Failure> out) {
        JsonNode additional = schema.get("additionalProperties");
        if (additional == null || (additional.isObject() && alwaysValid(additional))
                || (additional.isBoolean() && additional.booleanValue())) {
            return;
        }
        JsonNode properties = schema.get("properties");
        JsonNode patterns = schema.get("patternProperties");
        for (Map.Entry<String, JsonNode> e : data.properties()) {
            String key = e.getKey();
            if (properties != null && properties.isObject() && properties.has(key) && !key.equals("__proto__")) {
                continue;
            }
            if (matchesPattern(patterns, key)) {
                continue;
            }
            if (additional.isBoolean()) {
                out.add(new Failure(path, "must NOT have additional properties"));
            } else {
                validate(additional, e.getValue(), path + "/" + SchemaKeywords.escape(key), base, out);
            }
        }
    }

    private static boolean matchesPattern(JsonNode patterns, String key) {
        if (patterns == null || !patterns.isObject()) {
            return false;
        }
        for (String pattern : patterns.propertyNames()) {
            if (EcmaRegex.compile(pattern).matcher(key).find()) {
                return true;
            }
        }
        return false;
    }

    /** Ajv's multipleOf test: the quotient must survive {@code parseInt}. */
    static boolean isMultiple(double data, double divisor) {
        double q = data / divisor;
        return q == JsNumbers.parseInt(dev.wazir.text.JsNumbers.toString(q));
    }
}
