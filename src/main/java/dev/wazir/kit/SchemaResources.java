package dev.wazir.kit;

import dev.wazir.WazirException;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The schema resources a validation can reach and how {@code $ref} finds its target: every
 * {@code $id} (resolved against its parent's base URI), every {@code $anchor} and
 * {@code $dynamicAnchor}, and JSON-pointer fragments, as Ajv resolves them.
 */
final class SchemaResources {
    private final Map<String, JsonNode> byUri = new HashMap<>();
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private final Map<JsonNode, String> baseOf = new IdentityHashMap<>();

    private List<String> addedUris;
    private List<String> addedAnchors;

    /** Registers a schema document (and every resource embedded in it) under its base URI. */
    void add(JsonNode schema, String retrievalUri) {
        index(schema, retrievalUri == null ? "" : retrievalUri, 0);
    }

    /**
     * Registers a schema and returns an action that removes exactly what was registered (used
     * when the schema then fails to compile, so a later, corrected schema can take its id).
     */
    Runnable addUndoable(JsonNode schema, String retrievalUri) {
        addedUris = new ArrayList<>();
        addedAnchors = new ArrayList<>();
        try {
            add(schema, retrievalUri);
            List<String> uris = addedUris;
            List<String> anchorKeys = addedAnchors;
            return () -> {
                uris.forEach(byUri::remove);
                anchorKeys.forEach(anchors::remove);
            };
        } finally {
            addedUris = null;
            addedAnchors = null;
        }
    }

    private void index(JsonNode node, String base, int depth) {
        if (depth > 200) {
            throw new WazirException("schema is nested too deeply");
        }
        if (node.isObject()) {
            JsonNode id = node.get("$id");
            if (id != null && id.isString()) {
                base = normalize(resolve(base, id.stringValue()));
                register(byUri, addedUris, base, node);
            } else if (depth == 0) {
                register(byUri, addedUris, normalize(base), node);
            }
            baseOf.put(node, base);
            for (String key : new String[] {"$anchor", "$dynamicAnchor"}) {
                JsonNode anchor = node.get(key);
                if (anchor != null && anchor.isString()) {
                    register(anchors, addedAnchors, base + "#" + anchor.stringValue(), node);
                }
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getKey().equals("enum") && !e.getKey().equals("const")) {
                    index(e.getValue(), base, depth + 1);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                index(item, base, depth + 1);
            }
        }
    }

    private static void register(Map<String, JsonNode> map, List<String> added, String key, JsonNode node) {
        if (map.putIfAbsent(key, node) == null && added != null) {
            added.add(key);
        }
    }

    /** The base URI in effect for a schema object (its own $id, or its resource's). */
    String baseOf(JsonNode schema, String fallback) {
        String base = baseOf.get(schema);
        return base == null ? fallback : base;
    }

    /** The schema a reference points to from {@code base}, or null if it cannot be resolved. */
    JsonNode resolveRef(String base, String ref) {
        String absolute;
        try {
            absolute = resolve(base, ref);
        } catch (RuntimeException e) {
            return null;
        }
        int hash = absolute.indexOf('#');
        String uri = hash < 0 ? absolute : absolute.substring(0, hash);
        String fragment = hash < 0 ? "" : absolute.substring(hash + 1);
        JsonNode resource = byUri.get(normalize(uri));
        if (fragment.isEmpty()) {
            return resource;
        }
        if (!fragment.startsWith("/")) {
            return anchors.get(normalize(uri) + "#" + fragment);
        }
        if (resource == null) {
            return null;
        }
        JsonNode node = resource;
        for (String raw : fragment.substring(1).split("/", -1)) {
            String token = decodePointer(raw);
            if (node.isObject()) {
                node = node.get(token);
            } else if (node.isArray() && token.matches("0|[1-9][0-9]{0,8}")) {
                node = node.get(Integer.parseInt(token));
            } else {
                return null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static String decodePointer(String raw) {
        String s = raw;
        if (s.indexOf('%') >= 0) {
            try {
                s = java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // keep the raw text
            }
        }
        return s.replace("~1", "/").replace("~0", "~");
    }

    /** Ajv's normalizeId: the id without a trailing {@code #} or {@code #/}. */
    static String normalize(String id) {
        if (id == null) {
            return "";
        }
        if (id.endsWith("#/")) {
            return id.substring(0, id.length() - 2);
        }
        if (id.endsWith("#")) {
            return id.substring(0, id.length() - 1);
        }
        return id;
    }

    static String resolve(String base, String ref) {
        if (base == null || base.isEmpty()) {
            return ref;
        }
        try {
            URI baseUri = new URI(base);
            if (ref.startsWith("#")) {
                String withoutFragment = base.contains("#") ? base.substring(0, base.indexOf('#')) : base;
                return withoutFragment + ref;
            }
            return baseUri.resolve(new URI(ref)).toString();
        } catch (URISyntaxException e) {
            return ref;
        }
    }

    /** All registered resource URIs (for tests and diagnostics). */
    Iterator<String> uris() {
        return byUri.keySet().iterator();
    }
}
