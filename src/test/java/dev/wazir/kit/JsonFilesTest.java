package dev.wazir.kit;

import dev.wazir.WazirException;
import dev.wazir.text.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonFilesTest {
    private static String error(String json) {
        return assertThrows(WazirException.class, () -> JsonFiles.parse(json)).getMessage();
    }

    @Test
    void specExamples() {
        assertEquals("Expected property name or '}' in JSON at position 1 (line 1 column 2)", error("{bad"));
        assertEquals("Expected property name or '}' in JSON at position 2 (line 2 column 1)", error("{\n"));
    }

    @Test
    void v8FixedTemplates() {
        assertEquals("Unterminated string in JSON at position 9 (line 1 column 10)", error("{\"a\" : \"}"));
        assertEquals("Expected property name or '}' in JSON at position 1 (line 1 column 2)", error("{"));
        assertEquals("Expected double-quoted property name in JSON at position 12 (line 1 column 13)",
                error("{\"foo\" : 1, }"));
        assertEquals("Expected property name or '}' in JSON at position 1 (line 1 column 2)", error("{'foo': 1}"));
        assertEquals("Expected ',' or ']' after array element in JSON at position 11 (line 1 column 12)",
                error("[1, 2, 3, 4"));
        assertEquals("Expected ',' or ']' after array element in JSON at position 11 (line 1 column 12)",
                error("[1, 2, 3, 4g"));
        assertEquals("Exponent part is missing a number in JSON at position 3 (line 1 column 4)", error("[1e]"));
        assertEquals("Expected ':' after property name in JSON at position 4 (line 1 column 5)", error("{\"a\"}"));
        assertEquals("Unterminated fractional number in JSON at position 8 (line 1 column 9)",
                error("{\"a\": 0.bs}"));
        assertEquals("Unexpected non-whitespace character after JSON at position 8 (line 1 column 9)",
                error("{\"a\": 3}a"));
        assertEquals("Bad escaped character in JSON at position 9 (line 1 column 10)", error("{\"b\" : \"\\a\"}"));
        assertEquals("Bad control character in string literal in JSON at position 2 (line 1 column 3)",
                error("\"a\bz\""));
        assertEquals("Bad Unicode escape in JSON at position 6 (line 1 column 7)", error("[\"\\t\\u"));
        assertEquals("No number after minus sign in JSON at position 1 (line 1 column 2)", error("-"));
        assertEquals("Expected property name or '}' in JSON at position 2 (line 1 column 3)", error("{ 1"));
        assertEquals("Unexpected non-whitespace character after JSON at position 2 (line 1 column 3)",
                error("\"\"\""));
        assertEquals("Expected ',' or '}' after property value in JSON at position 6 (line 1 column 7)",
                error("{\"a\":1"));
        assertEquals("Unexpected number in JSON at position 1 (line 1 column 2)", error("01"));
    }

    @Test
    void v8UnexpectedTokenTexts() {
        assertEquals("\"NaN\" is not valid JSON", error("NaN"));
        assertEquals("\"undefined\" is not valid JSON", error("undefined"));
        assertEquals("Unexpected token '/', \"/\" is not valid JSON", error("/"));
        assertEquals("Unexpected token 'B', \"Bad string\" is not valid JSON", error("Bad string"));
        assertEquals("Unexpected token ']', \"[1, 2,]\" is not valid JSON", error("[1, 2,]"));
        assertEquals("Unexpected token ',', ...\" 3, 4, 5, , 7, 8, 9,\"... is not valid JSON",
                error("[1, 2, 3, 4, 5, , 7, 8, 9, 10]"));
        assertEquals("Unexpected token ',', \"[, 2, 3, 4,\"... is not valid JSON",
                error("[, 2, 3, 4, 5, 6, 7, 8, 9, 10]"));
        assertEquals("Unexpected token ']', ...\" 5, 6, 7, ]\" is not valid JSON", error("[1, 2, 3, 4, 5, 6, 7, ]"));
        assertEquals("Unexpected token 'o', \"no json\" is not valid JSON", error("no json"));
    }

    @Test
    void endOfInput() {
        assertEquals("Unexpected end of JSON input", error(""));
        assertEquals("Unexpected end of JSON input", error("  \n"));
        assertEquals("Unexpected end of JSON input", error("[1,"));
        assertEquals("Unexpected end of JSON input", error("tru"));
        assertEquals("Unexpected end of JSON input", error("\"\\"));
    }

    @Test
    void bomMakesTheParseFail() {
        assertEquals("Unexpected token '\uFEFF', \"\uFEFF{}\" is not valid JSON", error("\uFEFF{}"));
    }

    @Test
    void numbersAreJsNumbers() {
        JsonNode node = JsonFiles.parse("[1.0, 2.50, 1e3, -0, 12345678901234567890]");
        assertEquals("[1,2.5,1000,0,12345678901234567000]", Json.compact(node));
        assertTrue(node.get(0).isIntegralNumber());
    }

    @Test
    void duplicateKeysLastValueWinsFirstPositionKept() {
        JsonNode node = JsonFiles.parse("{\"a\": 1, \"b\": 2, \"a\": 3}");
        assertEquals("{\"a\":3,\"b\":2}", Json.compact(node));
    }

    @Test
    void integerKeysComeFirstInJsOrder() {
        JsonNode node = JsonFiles.parse("{\"input\": 1, \"10\": 2, \"2\": 3}");
        assertEquals(List.of("2", "10", "input"), List.copyOf(node.propertyNames()));
    }

    @Test
    void escapesDecode() {
        assertEquals("a\"\\/\b\f\n\r\t\u00e9", JsonFiles.parse("\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00E9\"").stringValue());
    }

    @Test
    void deepNestingIsAClearError() {
        String message = error("[".repeat(100000));
        assertTrue(message.startsWith("JSON input is nested too deeply (more than 1000 levels)"), message);
    }
}
