package dev.wazir.kit;

import dev.wazir.KitFixture;
import dev.wazir.WazirException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaValidatorTest {
    private static final AtomicInteger IDS = new AtomicInteger();

    /** A schema (JSON text without $schema/$id) validated against a value (JSON text). */
    private static List<String> errors(String schema, String data) {
        ObjectNode node = (ObjectNode) JsonFiles.parse(schema);
        node.put("$id", "https://test.example/schema-" + IDS.incrementAndGet() + ".json");
        node.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        return SchemaValidator.validate(node, JsonFiles.parse(data)).errors();
    }

    private static String schemaError(String schema) {
        return assertThrows(WazirException.class,
                () -> SchemaValidator.validate(JsonFiles.parse(schema), JsonFiles.parse("{}"))).getMessage();
    }

    @Test
    void typeMessages() {
        assertEquals(List.of("/ must be object"), errors("{\"type\":\"object\"}", "null"));
        assertEquals(List.of("/ must be string,null"), errors("{\"type\":[\"string\",\"null\"]}", "5"));
        assertEquals(List.of(), errors("{\"type\":[\"string\",\"null\"]}", "null"));
        assertEquals(List.of("/ must be integer"), errors("{\"type\":\"integer\"}", "1.5"));
        assertEquals(List.of(), errors("{\"type\":\"integer\"}", "1.0"));
        assertEquals(List.of("/ must be boolean"), errors("{\"type\":\"boolean\"}", "\"true\""));
        assertEquals(List.of("/ must be number"), errors("{\"type\":\"number\"}", "\"1\""));
        assertEquals(List.of("/ must be array"), errors("{\"type\":\"array\"}", "{}"));
    }

    @Test
    void aSingleTypeWithGroupKeywordsGivesOnlyTheTypeErrorInItsGroupsPlace() {
        assertEquals(List.of("/ must be string"), errors("{\"type\":\"string\",\"minLength\":1}", "5"));
        assertEquals(List.of("/ must be equal to one of the allowed values", "/ must be string"),
                errors("{\"type\":\"string\",\"minLength\":1,\"enum\":[\"a\"]}", "5"));
        assertEquals(List.of("/ must be integer", "/ must be equal to one of the allowed values"),
                errors("{\"type\":\"integer\",\"enum\":[1]}", "\"x\""));
        assertEquals(List.of("/ must be string", "/ must be equal to one of the allowed values"),
                errors("{\"type\":\"string\",\"enum\":[\"a\"]}", "5"));
        assertEquals(List.of("/ must be equal to one of the allowed values", "/ must be string"),
                errors("{\"type\":\"string\",\"format\":\"date-time\",\"enum\":[\"a\"]}", "5"));
    }

    @Test
    void requiredAndAdditionalProperties() {
        assertEquals(List.of("/ must have required property 'b'", "/ must have required property 'a'"),
                errors("{\"required\":[\"b\",\"a\"]}", "{}"));
        assertEquals(List.of(), errors("{\"required\":[\"constructor\"]}", "{}"));
        assertEquals(List.of("/ must NOT have additional properties", "/ must NOT have additional properties"),
                errors("{\"properties\":{\"a\":{}},\"additionalProperties\":false}", "{\"a\":1,\"x\":1,\"y\":2}"));
        assertEquals(List.of("/x must be string"),
                errors("{\"properties\":{\"a\":{}},\"additionalProperties\":{\"type\":\"string\"}}", "{\"a\":1,\"x\":1}"));
        assertEquals(List.of(), errors("{\"patternProperties\":{\"^x\":{}},\"additionalProperties\":false}",
                "{\"xa\":1}"));
        assertEquals(List.of("/xa must be string"),
                errors("{\"patternProperties\":{\"^x\":{\"type\":\"string\"}}}", "{\"xa\":1, \"b\": 2}"));
    }

    @Test
    void propertiesFollowTheSchemaOrderAndEscapePointers() {
        assertEquals(List.of("/b must be string", "/a must be string"),
                errors("{\"properties\":{\"b\":{\"type\":\"string\"},\"a\":{\"type\":\"string\"}}}", "{\"a\":1,\"b\":2}"));
        assertEquals(List.of("/a~1b~0c must be string"),
                errors("{\"additionalProperties\":{\"type\":\"string\"}}", "{\"a/b~c\":1}"));
    }

    @Test
    void scalarKeywordMessages() {
        assertEquals(List.of("/ must be equal to constant"), errors("{\"const\":2}", "3"));
        assertEquals(List.of(), errors("{\"const\":2}", "2.0"));
        assertEquals(List.of(), errors("{\"const\":{\"a\":[1,{\"b\":null}]}}", "{\"a\":[1.0,{\"b\":null}]}"));
        assertEquals(List.of("/ must NOT have fewer than 2 characters"), errors("{\"minLength\":2}", "\"\\ud83d\\ude00\""));
        assertEquals(List.of("/ must NOT have more than 1 characters"), errors("{\"maxLength\":1}", "\"ab\""));
        assertEquals(List.of("/ must NOT have fewer than 1 items"), errors("{\"minItems\":1}", "[]"));
        assertEquals(List.of("/ must NOT have more than 1 items"), errors("{\"maxItems\":1}", "[1,2]"));
        assertEquals(List.of("/ must NOT have fewer than 1 properties"), errors("{\"minProperties\":1}", "{}"));
        assertEquals(List.of("/ must NOT have more than 0 properties"), errors("{\"maxProperties\":0}", "{\"a\":1}"));
        assertEquals(List.of("/ must be >= 0"), errors("{\"minimum\":0}", "-1"));
        assertEquals(List.of("/ must be <= 5"), errors("{\"maximum\":5}", "6"));
        assertEquals(List.of("/ must be > 0"), errors("{\"exclusiveMinimum\":0}", "0"));
        assertEquals(List.of("/ must be < 0.5"), errors("{\"exclusiveMaximum\":0.5}", "0.5"));
        assertEquals(List.of("/ must be multiple of 3"), errors("{\"multipleOf\":3}", "7"));
        assertEquals(List.of(), errors("{\"multipleOf\":0.5}", "1.5"));
        assertEquals(List.of("/ must match pattern \"^[a-z]+$\""), errors("{\"pattern\":\"^[a-z]+$\"}", "\"ab1\""));
        assertEquals(List.of("/ must match pattern \"^a$\""), errors("{\"pattern\":\"^a$\"}", "\"a\\n\""));
        assertEquals(List.of(), errors("{\"format\":\"date-time\"}", "\"not a date\""));
        assertEquals(List.of(), errors("{\"x-unknown\":5,\"description\":\"d\"}", "1"));
        assertEquals(List.of("/ must NOT be valid"), errors("{\"not\":{}}", "1"));
    }

    @Test
    void combinators() {
        assertEquals(List.of("/ must NOT be valid"), errors("{\"not\":{\"type\":\"string\"}}", "\"a\""));
        assertEquals(List.of("/ must be string", "/ must be number", "/ must match a schema in anyOf"),
                errors("{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"number\"}]}", "true"));
        assertEquals(List.of(), errors("{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"number\"}]}", "1"));
        assertEquals(List.of("/ must match exactly one schema in oneOf"),
                errors("{\"oneOf\":[{\"type\":\"number\"},{\"type\":\"integer\"}]}", "1"));
        assertEquals(List.of("/ must be string", "/ must be boolean", "/ must match exactly one schema in oneOf"),
                errors("{\"oneOf\":[{\"type\":\"string\"},{\"type\":\"boolean\"}]}", "1"));
        assertEquals(List.of("/ must be >= 10", "/ must match \"then\" schema"),
                errors("{\"if\":{\"type\":\"integer\"},\"then\":{\"minimum\":10},\"else\":{\"type\":\"string\"}}", "3"));
        assertEquals(List.of("/ must be string", "/ must match \"else\" schema"),
                errors("{\"if\":{\"type\":\"integer\"},\"then\":{\"minimum\":10},\"else\":{\"type\":\"string\"}}", "true"));
        assertEquals(List.of("/ must be string", "/ must be >= 1"),
                errors("{\"allOf\":[{\"type\":\"string\"},{\"minimum\":1}]}", "0"));
        assertEquals(List.of("/a boolean schema is false"), errors("{\"properties\":{\"a\":false}}", "{\"a\":1}"));
    }

    @Test
    void refsResolveWithinTheSchema() {
        assertEquals(List.of("/a/x must be boolean"),
                errors("{\"properties\":{\"a\":{\"$ref\":\"#/$defs/thing\"}},\"$defs\":{\"thing\":"
                        + "{\"properties\":{\"x\":{\"type\":\"boolean\"}}}}}", "{\"a\":{\"x\":1}}"));
    }

    @Test
    void arrays() {
        assertEquals(List.of("/1 must be string"), errors("{\"items\":{\"type\":\"string\"}}", "[\"a\",1]"));
        assertEquals(List.of("/0 must be string", "/ must NOT have more than 1 items"),
                errors("{\"prefixItems\":[{\"type\":\"string\"}],\"items\":false}", "[1,2]"));
        assertEquals(List.of("/0 must be string", "/1 must be string", "/ must contain at least 1 valid item(s)"),
                errors("{\"contains\":{\"type\":\"string\"}}", "[1,2]"));
        assertEquals(List.of(), errors("{\"contains\":{\"type\":\"string\"}}", "[1,\"a\"]"));
    }

    @Test
    void uniqueItemsIndexConventions() {
        assertEquals(List.of("/ must NOT have duplicate items (items ## 2 and 0 are identical)"),
                errors("{\"uniqueItems\":true,\"items\":{\"type\":\"string\"}}", "[\"clarifier\",\"b\",\"clarifier\"]"));
        assertEquals(List.of("/ must NOT have duplicate items (items ## 0 and 2 are identical)"),
                errors("{\"uniqueItems\":true,\"items\":{\"enum\":[\"claude\",\"codex\"]}}", "[\"claude\",\"codex\",\"claude\"]"));
        assertEquals(List.of("/ must NOT have duplicate items (items ## 0 and 1 are identical)"),
                errors("{\"uniqueItems\":true}", "[\"claude\",\"claude\"]"));
        assertEquals(List.of("/ must NOT have duplicate items (items ## 1 and 2 are identical)"),
                errors("{\"uniqueItems\":true}", "[{\"a\":1},{\"a\":2},{\"a\":2.0}]"));
        assertEquals(List.of(), errors("{\"uniqueItems\":true,\"items\":{\"type\":[\"string\",\"number\"]}}", "[\"1\",1]"));
    }

    @Test
    void uniqueItemsPairsWithoutAnItemType() {
        assertEquals(List.of("/ must NOT have duplicate items (items ## 1 and 3 are identical)"),
                errors("{\"uniqueItems\":true}", "[{\"a\":1,\"b\":[2]},{\"b\":[2.0],\"a\":1},[1],{\"a\":1,\"b\":[2]},[0]]"));
        assertEquals(List.of("/ must NOT have duplicate items (items ## 0 and 2 are identical)"),
                errors("{\"uniqueItems\":true}", "[-0,\"0\",0,false,null]"));
        assertEquals(List.of(), errors("{\"uniqueItems\":true}", "[1,\"1\",true,null,[],{},[[]],{\"a\":null}]"));
    }

    @Test
    void uniqueItemsOnLongUntypedArraysIsNotQuadratic() {
        StringBuilder data = new StringBuilder("[");
        for (int i = 0; i < 200_000; i++) {
            data.append(i == 0 ? "" : ",").append("\"h").append(i).append('"');
        }
        String distinct = data + "]";
        String repeated = data + ",\"h7\"]";
        String schema = "{\"uniqueItems\":true,\"items\":{\"enum\":[\"h1\"]}}";
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertEquals(199_999, errors(schema, distinct).size());
            List<String> errors = errors(schema, repeated);
            assertEquals("/ must NOT have duplicate items (items ## 7 and 200000 are identical)",
                    errors.get(errors.size() - 1));
        });
    }

    @Test
    void verifiedManifestExampleAgainstTheProjectSchema() {
        JsonNode schema = KitFixture.projectSchema("wazir-manifest.schema.json");
        ObjectNode manifest = (ObjectNode) Yaml.parse("{\"manifest_version\": 2}");
        List<String> errors = SchemaValidator.validate(schema, manifest).errors();
        assertTrue(errors.contains("/ must have required property 'project'"), errors.toString());
    }

    @Test
    void schemaLevelFailures() {
        assertEquals("schema is invalid: data/properties/id/type must be equal to one of the allowed values, "
                + "data/properties/id/type must be array, data/properties/id/type must match a schema in anyOf",
                schemaError("{\"$id\":\"https://test.example/bad-type.json\","
                        + "\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
                        + "\"properties\":{\"id\":{\"type\":\"strin\"}}}"));
        // A fresh $id: compiled schemas are cached per $id for the whole JVM (as in 1.0.0), and another
        // test class may already have compiled the real manifest schema under its id.
        assertEquals("can't resolve reference #/$defs/nope from id https://wazir.dev/schemas/unresolvable-ref.schema.json",
                schemaError("{\"$id\":\"https://wazir.dev/schemas/unresolvable-ref.schema.json\","
                        + "\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
                        + "\"properties\":{\"a\":{\"$ref\":\"#/$defs/nope\"}}}"));
        assertEquals("no schema with key or ref \"http://json-schema.org/draft-07/schema#\"",
                schemaError("{\"$id\":\"https://test.example/d7.json\","
                        + "\"$schema\":\"http://json-schema.org/draft-07/schema#\"}"));
        assertEquals("schema is invalid: data/minLength must be >= 0",
                schemaError("{\"$id\":\"https://test.example/neg.json\",\"minLength\":-1}"));
    }

    @Test
    void compiledSchemasAreCachedByTheirId() {
        String id = "https://test.example/cached.json";
        JsonNode first = JsonFiles.parse("{\"$id\":\"" + id + "\",\"type\":\"string\"}");
        JsonNode second = JsonFiles.parse("{\"$id\":\"" + id + "\",\"type\":\"number\"}");
        assertEquals(List.of(), SchemaValidator.validate(first, JsonFiles.parse("\"a\"")).errors());
        assertEquals(List.of(), SchemaValidator.validate(second, JsonFiles.parse("\"a\"")).errors());
    }
}
