package dev.wazir.index;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summarizer cases of the original suite (spec §12.1, tests 25–57) and the §3.15 rules. */
class HeuristicSummariesTest {
    private static IndexedSymbol symbol(String name, String kind, String signature, int line) {
        return new IndexedSymbol("id-" + name, "f1", "a.js", name, kind, signature, line, line);
    }

    @Test
    void binaryDetection() {
        assertFalse(HeuristicSummaries.isBinary("plain text"));
        assertTrue(HeuristicSummaries.isBinary("binary\0content\0here"));
        assertFalse(HeuristicSummaries.isBinary("\u00FF\u00FE\0x"));
        assertFalse(HeuristicSummaries.isBinary("\u00FE\u00FF\0x"));
        assertFalse(HeuristicSummaries.isBinary(""));
        assertTrue(HeuristicSummaries.isBinary("\uFFFD\uFFFDa\0b"), "a real UTF-16 BOM decodes to U+FFFD: no guard");
        assertFalse(HeuristicSummaries.isBinary("x".repeat(9000) + "\0"));
    }

    @Test
    void fileL0() {
        List<IndexedSymbol> two = List.of(symbol("makeWidget", "function", "export function makeWidget(name) {", 1),
                symbol("WidgetStore", "class", "export class WidgetStore {", 5));
        assertEquals("javascript file (100 lines) -- makeWidget, WidgetStore",
                HeuristicSummaries.fileL0("javascript", 100, two, "x"));
        assertEquals("javascript file (empty)", HeuristicSummaries.fileL0("javascript", 0, List.of(), ""));
        assertEquals("javascript file (1 line) -- const x = 42;",
                HeuristicSummaries.fileL0("javascript", 1, List.of(), "  const x = 42;  "));
        assertEquals("javascript file (3 lines) -- // Configuration file",
                HeuristicSummaries.fileL0("javascript", 3, List.of(), "\n  \n// Configuration file"));
        assertEquals(400, HeuristicSummaries.fileL0("javascript", 2, List.of(symbol("n".repeat(500), "function", "s", 1)),
                "x\ny").length());
        assertEquals("Head -- ---", HeuristicSummaries.fileL0("markdown", 5, List.of(), "---\nname: x\n---\n# Head\n"));
        assertEquals("# indented", HeuristicSummaries.fileL0("markdown", 2, List.of(), "  # indented\ntext"));
        assertEquals("json file (3 lines) -- keys: title, type, properties", HeuristicSummaries.fileL0("json", 3,
                List.of(), "\"title\": 1,\n  \"type\" : 2,\n\"properties\": {}"));
        assertEquals("yaml file (3 lines) -- keys: name, version", HeuristicSummaries.fileL0("yaml", 3, List.of(),
                "name: a\nversion: 1\n  description: x"));
        assertEquals("sql file (2 lines) -- CREATE TABLE users (",
                HeuristicSummaries.fileL0("sql", 2, List.of(symbol("users", "sql", "CREATE TABLE users (", 1)),
                        "CREATE TABLE users (\n);"));
    }

    @Test
    void fileL1() {
        List<String> imports = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            imports.add("import x from 'mod" + i + "';");
        }
        String l1 = HeuristicSummaries.fileL1("javascript", List.of(), String.join("\n", imports));
        assertTrue(l1.contains("mod9") && !l1.contains("mod10"), l1);
        assertEquals("## Imports\nuse std::io;\nimport os\n\n## Symbols\nfunction buildIndex: export function buildIndex(root) {",
                HeuristicSummaries.fileL1("text", List.of(symbol("buildIndex", "function",
                        "export function buildIndex(root) {", 3)), "use std::io;\nimport os\nconst p = require('x');"));
        List<IndexedSymbol> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(symbol("s" + i, "function", "x".repeat(500), i + 1));
        }
        assertEquals(8000, HeuristicSummaries.fileL1("javascript", many, "").length());
        assertEquals("# A\n## B  \r\n### C", HeuristicSummaries.fileL1("markdown", List.of(), "# A\ntext\n## B  \r\n### C"));
        assertEquals("title: \"Shape\",\nkey: \nother: " + "v".repeat(200),
                HeuristicSummaries.fileL1("yaml", List.of(), "  \"title\": \"Shape\",\nkey:\nother: " + "v".repeat(300)));
    }

    @Test
    void symbolSummaries() {
        assertEquals("function buildIndex -- export function buildIndex(root, state)",
                HeuristicSummaries.symbolL0(symbol("buildIndex", "function", "export function buildIndex(root, state)", 1)));
        assertEquals("key title -- \"title\": \"Shape\"",
                HeuristicSummaries.symbolL0(symbol("title", "key", "\"title\": \"Shape\"", 1)));
        assertEquals(400, HeuristicSummaries.symbolL0(symbol("f", "function", "s".repeat(500), 1)).length());
        LineIndex jsdoc = new LineIndex("/**\n * Builds it.\n * @param {string} root\n */\n\nexport function buildIndex(root) {");
        assertEquals("/**\n * Builds it.\n * @param {string} root\n */\nexport function buildIndex(root) {",
                HeuristicSummaries.symbolL1(symbol("buildIndex", "function", "export function buildIndex(root) {", 6), jsdoc));
        LineIndex python = new LineIndex("#!/usr/bin/env python3\n# one\n# two\ndef f():");
        assertEquals("# one\n# two\ndef f():", HeuristicSummaries.symbolL1(symbol("f", "function", "def f():", 4), python));
        LineIndex stops = new LineIndex("/* block */\n// line\nfunction f() {");
        assertEquals("function f() {", HeuristicSummaries.symbolL1(symbol("f", "function", "function f() {", 3), stops));
        LineIndex longDoc = new LineIndex("/** " + "d".repeat(2500) + " */\nfunction f() {");
        assertEquals(2000, HeuristicSummaries.symbolL1(symbol("f", "function", "function f() {", 2), longDoc).length());
        assertEquals("key title\n\"title\": \"Shape\"",
                HeuristicSummaries.symbolL1(symbol("title", "key", "\"title\": \"Shape\"", 1), new LineIndex("")));
        assertEquals(800, HeuristicSummaries.symbolL1(symbol("k".repeat(700), "key", "v".repeat(1000), 1),
                new LineIndex("")).length());
    }

    @Test
    void cutsCountUtf16UnitsAndLoneSurrogatesAreStoredAsReplacement() {
        String cut = HeuristicSummaries.fileL0("text", 1, List.of(), "x".repeat(79) + "😀 tail");
        assertEquals(80 + "text file (1 line) -- ".length(), cut.length());
        assertEquals("text file (1 line) -- " + "x".repeat(79) + "\uFFFD", HeuristicSummaries.store(cut));
        assertEquals(Ids.sha256("\uFFFD".getBytes(java.nio.charset.StandardCharsets.UTF_8)), Ids.hashContent("\uD83D"));
    }
}
