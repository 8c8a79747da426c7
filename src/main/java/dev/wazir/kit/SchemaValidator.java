package dev.wazir.kit;

import dev.wazir.WazirException;
import dev.wazir.text.Json;
import dev.wazir.text.JsValues;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema (draft 2020-12) validation whose result is wazir 1.0.0's: Ajv 8 with
 * {@code allErrors: true, strict: false, validateFormats: false}, each error rendered
 * {@code <instancePath or "/"> <message>} in Ajv's order.
 *
 * <p>Why not drive networknt's validator and translate its output: its evaluation order, its
 * grouping (e.g. one {@code required} error naming several properties) and its messages differ
 * from Ajv's, and reordering after the fact cannot recover Ajv's keyword-group order, the place
 * of the {@code type} error or Ajv's short-circuits in {@code anyOf}/{@code oneOf}/{@code contains}.
 * So {@link SchemaEvaluator} evaluates the keywords itself, in Ajv's order. The schemas themselves
 * are checked against the official 2020-12 meta-schema documents that ship inside networknt's jar
 * (read as plain JSON resources, so none of networknt's classes load), with the same evaluator,
 * which gives Ajv's {@code schema is invalid: data/...} text. Measured (fresh JVM, C1 only, CPU
 * time of compiling the manifest schema and validating the real manifest): 55-80 ms this way,
 * meta-schema check included, against about 420 ms for networknt's SchemaRegistry + compile +
 * validate of the same pair (which would still need the Ajv rendering on top).
 *
 * <p>Compiled schemas are cached for the life of the process, keyed like the original: the
 * schema's {@code $id}, else its serialized text.
 */
public final class SchemaValidator {
    /** The outcome: valid, and the error strings (empty when valid). */
    public record Result(boolean valid, List<String> errors) {
    }

    static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
    private static final String[] META_DOCUMENTS = {"schema", "meta/core", "meta/applicator", "meta/unevaluated",
        "meta/validation", "meta/meta-data", "meta/format-annotation", "meta/content", "meta/format-assertion"};

    private static final Map<String, JsonNode> COMPILED = new ConcurrentHashMap<>();

    private SchemaValidator() {
    }

    /** Every resource known to this process: the meta-schemas and each compiled schema (Ajv's registry). */
    private static final class Registry {
        static final SchemaResources RESOURCES = new SchemaResources();
        static final Set<String> META_IDS = new HashSet<>();

        static {
            for (String name : META_DOCUMENTS) {
                String id = "https://json-schema.org/draft/2020-12/" + name;
                RESOURCES.add(loadResource("draft/2020-12/" + name), id);
                META_IDS.add(id);
            }
        }

        private static JsonNode loadResource(String resource) {
            try (InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new WazirException("The JSON Schema 2020-12 meta-schema is missing from the build: " + resource);
                }
                return JsonFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new WazirException("Could not read the meta-schema " + resource + ": " + e.getMessage());
            }
        }
    }

    /** Reads the schema file (JSON) and validates {@code data} against it. */
    public static Result validate(Path schemaFile, JsonNode data) {
        return validate(JsonFiles.read(schemaFile), data);
    }

    /** Validates {@code data} against {@code schema}; schema problems throw with Ajv's texts. */
    public static Result validate(JsonNode schema, JsonNode data) {
        JsonNode compiled = compile(schema);
        List<SchemaEvaluator.Failure> failures;
        synchronized (Registry.RESOURCES) {
            failures = new SchemaEvaluator(Registry.RESOURCES).evaluate(compiled, data, baseId(compiled));
        }
        List<String> errors = new ArrayList<>(failures.size());
        for (SchemaEvaluator.Failure f : failures) {
            errors.add((f.instancePath().isEmpty() ? "/" : f.instancePath()) + " " + f.message());
        }
        return new Result(errors.isEmpty(), List.copyOf(errors));
    }

    /** Just the error strings (empty when valid). */
    public static List<String> errors(JsonNode schema, JsonNode data) {
        return validate(schema, data).errors();
    }

    private static String cacheKey(JsonNode schema) {
        if (schema.isObject()) {
            JsonNode id = schema.get("$id");
            if (id != null && !id.isNull()) {
                return "id:" + (id.isString() ? id.stringValue() : Json.compact(id));
            }
        }
        return "text:" + Json.compact(schema);
    }

    private static JsonNode compile(JsonNode schema) {
        if (schema.isNull()) {
            throw new WazirException("Cannot read properties of null (reading '$id')");
        }
        String key = cacheKey(schema);
        JsonNode cached = COMPILED.get(key);
        if (cached != null) {
            return cached;
        }
        if (!schema.isObject() && !schema.isArray() && !schema.isBoolean()) {
            throw new WazirException("schema must be object or boolean");
        }
        synchronized (Registry.RESOURCES) {
            if (!schema.isBoolean()) {
                checkAgainstMetaSchema(schema);
            }
            if (schema.isObject()) {
                String base = baseId(schema);
                if (base.isEmpty()) {
                    base = SchemaCompileCheck.ANONYMOUS + COMPILED.size();
                    ANONYMOUS_BASES.put(schema, base);
                }
                Runnable undo = Registry.RESOURCES.addUndoable(schema, base);
                try {
                    new SchemaCompileCheck(Registry.RESOURCES).check(schema, base);
                } catch (RuntimeException e) {
                    undo.run();
                    ANONYMOUS_BASES.remove(schema);
                    throw e;
                }
            }
        }
        COMPILED.put(key, schema);
        return schema;
    }

    private static final Map<JsonNode, String> ANONYMOUS_BASES =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private static String baseId(JsonNode schema) {
        String anonymous = ANONYMOUS_BASES.get(schema);
        if (anonymous != null) {
            return anonymous;
        }
        JsonNode id = schema.isObject() ? schema.get("$id") : null;
        return id != null && id.isString() ? SchemaResources.normalize(id.stringValue()) : "";
    }

    private static void checkAgainstMetaSchema(JsonNode schema) {
        String meta = META_SCHEMA;
        JsonNode declared = schema.isObject() ? schema.get("$schema") : null;
        if (declared != null) {
            if (!declared.isString()) {
                throw new WazirException("$schema must be a string");
            }
            meta = declared.stringValue();
        }
        String normalized = SchemaResources.normalize(meta);
        if (!Registry.META_IDS.contains(normalized)) {
            throw new WazirException("no schema with key or ref \"" + meta + "\"");
        }
        JsonNode metaSchema = Registry.RESOURCES.resolveRef("", normalized);
        List<SchemaEvaluator.Failure> failures =
                new SchemaEvaluator(Registry.RESOURCES).evaluate(metaSchema, schema, normalized);
        if (!failures.isEmpty()) {
            StringBuilder text = new StringBuilder("schema is invalid: ");
            for (int i = 0; i < failures.size(); i++) {
                if (i > 0) {
                    text.append(", ");
                }
                text.append("data").append(failures.get(i).instancePath()).append(' ').append(failures.get(i).message());
            }
            throw new WazirException(text.toString());
        }
    }

    /** For diagnostics in messages: JS rendering of a schema value. */
    static String render(JsonNode value) {
        return JsValues.toJsString(value);
    }
}
