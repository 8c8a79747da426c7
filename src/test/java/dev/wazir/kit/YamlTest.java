package dev.wazir.kit;

import dev.wazir.WazirException;
import dev.wazir.text.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlTest {
    private static JsonNode value(String yaml) {
        return Yaml.parse("v: " + yaml + "\n").get("v");
    }

    private static String error(String yaml) {
        return assertThrows(WazirException.class, () -> Yaml.parse(yaml)).getMessage();
    }

    @Test
    void emptyAndCommentOnlyDocumentsAreNull() {
        assertTrue(Yaml.parse("").isNull());
        assertTrue(Yaml.parse("# only a comment\n\n").isNull());
        assertTrue(Yaml.parse("---\n").isNull());
    }

    @Test
    void nullForms() {
        for (String s : List.of("~", "null", "Null", "NULL", "")) {
            assertTrue(Yaml.parse("v: " + s + "\n").get("v").isNull(), s);
        }
        assertEquals("nULL", value("nULL").stringValue());
    }

    @Test
    void onlyCoreBooleans() {
        for (String s : List.of("true", "True", "TRUE")) {
            assertTrue(value(s).isBoolean() && value(s).booleanValue(), s);
        }
        for (String s : List.of("false", "False", "FALSE")) {
            assertTrue(value(s).isBoolean() && !value(s).booleanValue(), s);
        }
        for (String s : List.of("tRUE", "yes", "no", "on", "off", "y", "n", "Yes", "ON")) {
            assertEquals(s, value(s).stringValue(), s);
        }
    }

    @Test
    void integersFollowTheCoreSchema() {
        assertEquals(10, value("010").intValue());
        assertTrue(value("010").isNumber());
        assertEquals(8, value("0o10").intValue());
        assertEquals(31, value("0x1F").intValue());
        assertEquals("0b11", value("0b11").stringValue());
        assertEquals("1_000", value("1_000").stringValue());
        assertEquals(12, value("+12").intValue());
        assertEquals("0", Json.compact(value("-0")));
    }

    @Test
    void floatsAreJsNumbers() {
        assertEquals("1", Json.compact(value("1.0")));
        assertEquals("1", Json.compact(value("1.")));
        assertTrue(value("1.0").isIntegralNumber());
        assertEquals("1000", Json.compact(value("1e3")));
        assertEquals("1.5", Json.compact(value("1.5")));
        assertEquals(Double.POSITIVE_INFINITY, value(".inf").doubleValue());
        assertEquals(Double.NEGATIVE_INFINITY, value("-.Inf").doubleValue());
        assertTrue(Double.isNaN(value(".NaN").doubleValue()));
        assertTrue(Double.isNaN(value(".nan").doubleValue()));
    }

    @Test
    void datesAndTimesStayStrings() {
        assertEquals("2001-12-14", value("2001-12-14").stringValue());
        assertEquals("12:30", value("12:30").stringValue());
        assertEquals("2026-03-11T10:00:00Z", value("2026-03-11T10:00:00Z").stringValue());
    }

    @Test
    void explicitStringTagAndQuotedScalars() {
        assertEquals("5", value("!!str 5").stringValue());
        assertEquals("010", value("'010'").stringValue());
        assertEquals("true", value("\"true\"").stringValue());
        assertEquals(5, value("!!int \"5\"").intValue());
        assertEquals("5", value("!custom 5").stringValue());
    }

    @Test
    void mergeKeyIsAnOrdinaryKeyAndAliasesResolve() {
        JsonNode doc = Yaml.parse("base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\nlist: [*b, *b]\n");
        assertEquals("{\"base\":{\"x\":1},\"other\":{\"<<\":{\"x\":1},\"y\":2},\"list\":[{\"x\":1},{\"x\":1}]}",
                Json.compact(doc));
    }

    @Test
    void jsonTextIsAccepted() {
        JsonNode doc = Yaml.parse("{\"a\": [1, 2.5, {\"b\": null}], \"c\": \"d\", \"e\": true}\n");
        assertEquals("{\"a\":[1,2.5,{\"b\":null}],\"c\":\"d\",\"e\":true}", Json.compact(doc));
    }

    @Test
    void objectsUseJsKeyOrder() {
        JsonNode doc = Yaml.parse("input: a\n10: b\n2: c\n");
        assertEquals(List.of("2", "10", "input"), List.copyOf(doc.propertyNames()));
    }

    @Test
    void bomIsAccepted() {
        assertEquals(1, Yaml.parse("\uFEFFa: 1\n").get("a").intValue());
    }

    @Test
    void nestedCompactMappingErrorHasThePrettyLayout() {
        assertEquals("Nested mappings are not allowed in compact mappings at line 1, column 6:\n"
                + "\n"
                + "foo: bar: baz\n"
                + "     ^\n", error("foo: bar: baz\n"));
    }

    @Test
    void errorPositionsCountCharactersAfterAnEmoji() {
        assertEquals("Nested mappings are not allowed in compact mappings at line 2, column 6:\n"
                + "\n"
                + "foo: bar: baz\n"
                + "     ^\n", error("a: \"\uD83D\uDE00\\\n  b\"\nfoo: bar: baz\n"));
        assertEquals("Map keys must be unique at line 3, column 1:\n\nk: \"\uD83D\uDE00\"\nk: 2\n^\n",
                error("x: \"\uD83D\uDE00\n  y\"\nk: \"\uD83D\uDE00\"\nk: 2\n"));
    }

    @Test
    void manyMultiLineScalarsAfterAnEmojiParseInLinearTime() {
        // Mapping a mark to a UTF-16 offset once counted code points from the start of the text each time.
        StringBuilder yaml = new StringBuilder("# \uD83D\uDE00\n");
        for (int i = 0; i < 50_000; i++) {
            yaml.append('k').append(i).append(": \"a\n  b\"\n");
        }
        JsonNode node = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Yaml.parse(yaml.toString()));
        assertEquals("a b", node.get("k49999").stringValue());
    }

    @Test
    void duplicateKeysAreRejectedShowingBothLines() {
        assertEquals("Map keys must be unique at line 2, column 1:\n\nname: a\nname: b\n^\n",
                error("name: a\nname: b\n"));
    }

    @Test
    void anErrorAtTheStartOfIndentedTextAlsoShowsThePreviousLine() {
        assertEquals("Map keys must be unique at line 3, column 3:\n\n  b: 1\n  b: 2\n  ^\n", error("a:\n  b: 1\n  b: 2\n"));
    }

    @Test
    void longContextLinesAreCutTo80Characters() {
        String tail = "x".repeat(100);
        assertEquals("Nested mappings are not allowed in compact mappings at line 1, column 6:\n\n"
                + "foo: bar: " + "x".repeat(69) + "\u2026\n     ^\n", error("foo: bar: " + tail + "\n"));
        StringBuilder flow = new StringBuilder("{");
        for (int i = 0; i < 12; i++) {
            flow.append(String.format("key%02d: %d, ", i, i));
        }
        flow.append("key03: 99, key20: 20, key21: 21, key22: 22}\n");
        // Column 124 is past 60: the context keeps the column near the middle, with an ellipsis on each side.
        assertEquals("Map keys must be unique at line 1, column 124:\n\n"
                + "\u202608: 8, key09: 9, key10: 10, key11: 11, key03: 99, key20: 20, key21: 21, key22:\u2026\n"
                + " ".repeat(40) + "^\n", error(flow.toString()));
    }

    @Test
    void anErrorAfterManyMultiLineScalarsIsRenderedInLinearTime() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 150_000; i++) {
            yaml.append('k').append(i).append(": \"a\n  b\"\n");
        }
        yaml.append("k1: x\n");
        String message = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> error(yaml.toString()));
        // Line breaks inside scalars are not counted, as in the `yaml` package.
        assertEquals("Map keys must be unique at line 150001, column 1:\n\nk149999: \"a\n  b\"\nk1: x\n^\n", message);
    }

    @Test
    void keysEqualAsValuesAreDuplicates() {
        assertTrue(error("1: a\n1.0: b\n").startsWith("Map keys must be unique at line 2, column 1:"));
        assertTrue(error("{a: 1, a: 2}\n").startsWith("Map keys must be unique"));
    }

    @Test
    void multipleDocumentsAreRejected() {
        assertEquals("Source contains multiple documents; please use YAML.parseAllDocuments() at line 2, column 1:\n"
                + "\na: 1\n---\n^\n", error("a: 1\n---\nb: 2\n"));
    }

    @Test
    void tabsAsIndentationAreRejected() {
        assertEquals("Tabs are not allowed as indentation at line 2, column 1:\n\na:\n\tb: 1\n^\n",
                error("a:\n\tb: 1\n"));
    }

    @Test
    void unclosedQuotesAreRejected() {
        assertEquals("Missing closing 'quote at line 1, column 9:\n\na: 'foo\n        ^\n", error("a: 'foo\n"));
        assertEquals("Missing closing \"quote at line 1, column 9:\n\na: \"foo\n        ^\n", error("a: \"foo\n"));
    }

    @Test
    void unterminatedFlowSequenceInBlockCollection() {
        assertEquals("Flow sequence in block collection must be sufficiently indented and end with a ]"
                + " at line 1, column 9:\n\na: [1, 2\n        ^\n", error("a: [1, 2\nb: 3\n"));
    }

    @Test
    void otherSyntaxErrorsNameLineAndColumn() {
        String message = error("key: \"x\" y\n");
        assertTrue(message.contains(" at line 1, column "), message);
        assertTrue(message.endsWith("^\n"), message);
    }

    @Test
    void unknownAliasIsAClearError() {
        assertEquals("Unresolved alias (the anchor must be set before the alias): nope", error("a: *nope\n"));
    }

    @Test
    void aliasExplosionIsRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, y]\n");
        String previous = "a";
        for (int i = 0; i < 12; i++) {
            String name = "l" + i;
            yaml.append(name).append(": &").append(name).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }
        assertEquals("Excessive alias count indicates a resource exhaustion attack", error(yaml.toString()));
    }

    @Test
    void deepNestingIsAClearError() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String message = error(deep);
        assertTrue(message.startsWith("Document is nested too deeply (more than 1000 levels) at line 1, column "),
                message);
        assertEquals(1, Yaml.parse("[".repeat(500) + "1" + "]".repeat(500)).size());
    }

    @Test
    void wideMappingsParseInLinearTime() {
        // The duplicate-key check once scanned a list of earlier keys: 300k keys took minutes.
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            yaml.append('k').append(i).append(": ").append(i).append('\n');
        }
        JsonNode node = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Yaml.parse(yaml.toString()));
        assertEquals(300_000, node.size());
        assertEquals(299_999, node.get("k299999").intValue());
    }
}
