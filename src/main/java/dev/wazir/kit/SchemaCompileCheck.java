package dev.wazir.kit;

import dev.wazir.WazirException;
import tools.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What Ajv checks when it compiles a schema (after the meta-schema check): every {@code $ref}
 * reachable through applicator keywords resolves ({@code can't resolve reference <ref> from id
 * <base>}), {@code $dynamicRef} is a fragment, and every {@code pattern} compiles.
 */
final class SchemaCompileCheck {
    private static final String[] SINGLE = {"not", "if", "then", "else", "items", "contains",
        "additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties"};
    private static final String[] LISTS = {"anyOf", "oneOf", "allOf", "prefixItems"};
    private static final String[] MAPS = {"properties", "patternProperties", "dependentSchemas", "dependencies"};

    /** Internal base URI prefix for schemas without {@code $id} (Ajv reports their id as empty). */
    static final String ANONYMOUS = "wazir-anonymous:schema-";

    private final SchemaResources resources;
    private final Set<JsonNode> visited = Collections.newSetFromMap(new IdentityHashMap<>());

    SchemaCompileCheck(SchemaResources resources) {
        this.resources = resources;
    }

    void check(JsonNode schema, String base) {
        walk(schema, base, 0);
    }

    private void walk(JsonNode schema, String base, int depth) {
        if (!schema.isObject() || !visited.add(schema)) {
            return;
        }
        if (depth > 500) {
            throw new WazirException("schema is nested too deeply");
        }
        base = resources.baseOf(schema, base);
        JsonNode dynamicRef = schema.get("$dynamicRef");
        if (dynamicRef != null && dynamicRef.isString() && !dynamicRef.stringValue().startsWith("#")) {
            throw new WazirException("\"$dynamicRef\" only supports hash fragment reference");
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isString()) {
            JsonNode target = resources.resolveRef(base, ref.stringValue());
            if (target == null) {
                throw new WazirException("can't resolve reference " + ref.stringValue() + " from id "
                        + (base.startsWith(ANONYMOUS) ? "" : base));
            }
            walk(target, resources.baseOf(target, base), depth + 1);
        }
        JsonNode pattern = schema.get("pattern");
        if (pattern != null && pattern.isString()) {
            EcmaRegex.compile(pattern.stringValue());
        }
        for (String key : SINGLE) {
            JsonNode sub = schema.get(key);
            if (sub != null) {
                walk(sub, base, depth + 1);
            }
        }
        for (String key : LISTS) {
            JsonNode list = schema.get(key);
            if (list != null && list.isArray()) {
                for (JsonNode sub : list) {
                    walk(sub, base, depth + 1);
                }
            }
        }
        for (String key : MAPS) {
            JsonNode map = schema.get(key);
            if (map != null && map.isObject()) {
                for (Map.Entry<String, JsonNode> e : map.properties()) {
                    if (key.equals("patternProperties")) {
                        EcmaRegex.compile(e.getKey());
                    }
                    walk(e.getValue(), base, depth + 1);
                }
            }
        }
    }
}
