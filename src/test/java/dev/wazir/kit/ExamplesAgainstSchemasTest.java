package dev.wazir.kit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example in templates/examples/ validates against its schema in schemas/, and a broken
 * copy of it does not (kit-content.md §2.6, §2.7.2).
 */
class ExamplesAgainstSchemasTest {
    private static final Path ROOT = KitContent.root();

    static Stream<Object[]> examplePairs() {
        return Stream.of(
                new Object[] {"wazir-manifest.example.yaml", "wazir-manifest.schema.json"},
                new Object[] {"run-manifest.example.json", "run-manifest.schema.json"},
                new Object[] {"clarification.example.json", "clarification.schema.json"},
                new Object[] {"research.example.json", "research.schema.json"},
                new Object[] {"spec.example.json", "spec.schema.json"},
                new Object[] {"spec-challenge.example.json", "spec-challenge.schema.json"},
                new Object[] {"implementation-plan.example.json", "implementation-plan.schema.json"},
                new Object[] {"verification-proof.example.json", "verification-proof.schema.json"},
                new Object[] {"review.example.json", "review.schema.json"},
                new Object[] {"proposed-learning.example.json", "proposed-learning.schema.json"},
                new Object[] {"accepted-learning.example.json", "accepted-learning.schema.json"},
                new Object[] {"host-export-package.example.json", "host-export-package.schema.json"},
                new Object[] {"export-manifest.example.json", "export-manifest.schema.json"},
                new Object[] {"docs-claim.example.json", "docs-claim.schema.json"},
                new Object[] {"author.example.json", "author-artifact.schema.json"});
    }

    @Test
    void examplesFolderHoldsTheSixteenExamples() throws Exception {
        List<String> names;
        try (Stream<Path> list = Files.list(ROOT.resolve("templates/examples"))) {
            names = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> expected = new ArrayList<>(examplePairs().map(p -> (String) p[0]).toList());
        expected.add("research.example.md");
        assertEquals(expected.stream().sorted().toList(), names);
    }

    @ParameterizedTest
    @MethodSource("examplePairs")
    void exampleValidatesAgainstItsSchema(String example, String schema) {
        JsonNode document = loadExample(example);
        SchemaValidator.Result result = SchemaValidator.validate(schemaFile(schema), document);
        assertEquals(List.of(), result.errors(), example + " against " + schema);
        assertTrue(result.valid());
    }

    @ParameterizedTest
    @MethodSource("examplePairs")
    void exampleWithoutARequiredFieldIsRejected(String example, String schema) {
        JsonNode schemaNode = JsonFiles.read(ROOT.resolve("schemas").resolve(schema));
        String required = schemaNode.get("required").get(0).stringValue();
        ObjectNode broken = (ObjectNode) loadExample(example).deepCopy();
        assertNotNull(broken.remove(required), example + " must carry " + required);
        SchemaValidator.Result result = SchemaValidator.validate(schemaFile(schema), broken);
        assertFalse(result.valid(), example + " without " + required + " must fail " + schema);
        assertTrue(result.errors().stream().anyMatch(e -> e.contains(required)),
                "the error names the missing property: " + result.errors());
    }

    @ParameterizedTest
    @MethodSource("examplePairs")
    void exampleWithAWrongTypedFieldIsRejected(String example, String schema) {
        JsonNode schemaNode = JsonFiles.read(ROOT.resolve("schemas").resolve(schema));
        ObjectNode broken = (ObjectNode) loadExample(example).deepCopy();
        // Every required top-level field is constrained to a type or a constant; a nested
        // array of numbers satisfies none of them.
        String required = schemaNode.get("required").get(schemaNode.get("required").size() - 1).stringValue();
        broken.putArray(required).addArray().add(42);
        assertFalse(SchemaValidator.validate(schemaFile(schema), broken).valid(),
                example + " with a nonsense " + required + " must fail " + schema);
    }

    @Test
    void researchMarkdownExampleMatchesItsJsonTwin() {
        String md = KitContent.read(ROOT.resolve("templates/examples/research.example.md"));
        JsonNode json = loadExample("research.example.json");
        assertEquals(json.get("run_id").stringValue(), KitContent.frontMatter(md).get("run_id"));
        assertTrue(md.lines().filter(l -> l.startsWith("- ")).count() >= json.get("findings").size());
    }

    private static JsonNode loadExample(String example) {
        Path file = ROOT.resolve("templates/examples").resolve(example);
        return example.endsWith(".yaml") ? Yaml.read(file) : JsonFiles.read(file);
    }

    private static Path schemaFile(String file) {
        return ROOT.resolve("schemas").resolve(file);
    }
}
