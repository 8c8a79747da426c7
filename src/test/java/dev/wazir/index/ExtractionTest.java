package dev.wazir.index;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Per-language extraction quirks of spec §3.8 and the extension rules of §3.6. */
class ExtractionTest {
    private static String symbols(String path, String content) {
        return EntryExtractor.extract(path, content).symbols().stream()
                .map(s -> s.name() + " " + s.kind() + " " + s.lineStart() + "-" + s.lineEnd())
                .collect(Collectors.joining(", "));
    }

    private static String headings(String content) {
        return EntryExtractor.extract("x.md", content).outlines().stream()
                .map(o -> o.level() + ":" + o.label()).collect(Collectors.joining(", "));
    }

    @Test
    void wordBoundariesAndWhitespaceFollowJavaScript() {
        assertEquals("Caf class 1-1", symbols("a.js", "class Café {}"));
        assertEquals("Foo class 1-1", symbols("a.js", "class Fooéx {}"));
        assertEquals("Foo class 1-1", symbols("a.js", "class Foo$ {}"));
        assertEquals("", symbols("a.js", "class $ {}"));
        assertEquals("nbsp function 1-2", symbols("a.js", "\u00A0\u00A0function nbsp() {\n}"));
        assertEquals("bom function 1-2", symbols("a.js", "\uFEFFfunction bom() {\n}"));
        assertEquals("sep function 1-1", symbols("a.py", "function\u3000sep("));
        assertEquals("", symbols("a.js", "functionX() {}"));
    }

    @Test
    void observedMatchingQuirks() {
        assertEquals("", symbols("a.py", "async def coro():\n    pass"));
        assertEquals("Thing class 1-1", symbols("a.py", "class Thing:"));
        assertEquals("", symbols("a.go", "func (s *Server) Start() {\n}"));
        assertEquals("IF sql 1-1", symbols("a.sql", "CREATE TABLE IF NOT EXISTS logs (id int);"));
        assertEquals("if sql 2-2", symbols("a.js", "const sql = `\n  create table if not exists x (a);\n`;"));
        assertEquals("", symbols("a.ts", "export interface Shape {}\nexport enum E { A }\ntype Alias = string;"));
        assertEquals("", symbols("a.js", "export default function f() {}\nconst g = function () {};\nfunction* gen() {}"
                + "\nlet h = () => 1;"));
        assertEquals("f function 1-1", symbols("a.py", "export function f() {}"));
        assertEquals("S type 1-1", symbols("a.sql", "pub struct S;"));
        assertEquals("area function 1-3", symbols("a.rs", "fn area(&self) -> f64;\n{\n}\n}"));
        assertEquals("never function 1-3", symbols("a.js", "function never() {\n  {\n"));
        assertEquals("open function 1-1", symbols("a.java", "function open()"));
    }

    @Test
    void markdownHeadings() {
        assertEquals("2:Install", headings("## Install   "));
        assertEquals("", headings("####### seven\n#NoSpace"));
        assertEquals("1:NBSP Title", headings("#\u00A0NBSP Title"));
        assertEquals("", headings("\uFEFF# Not a heading"));
        assertEquals("1:CR", headings("# CR\r"));
        assertEquals("1: ", headings("#    "));
        assertEquals("", headings("# a\u2028b"));
    }

    @Test
    void jsonAndYamlKeys() {
        String yaml = "url:http://x\n  inner: true\n  \"quoted\": yes\n# comment: no\nKey_With-Dash: v\n\"escaped\\\"key\": 1";
        assertEquals("url key 1-1, quoted key 3-3, Key_With-Dash key 5-5", symbols("a.yaml", yaml));
        assertEquals("\"quoted\": yes", EntryExtractor.extract("a.yml", yaml).symbols().get(1).signature());
    }

    @Test
    void extensionsFollowNodeExtname() {
        assertEquals("", Languages.extname(".json"));
        assertEquals(".json", Languages.extname(".c8rc.json"));
        assertEquals(".md", Languages.extname("a..md"));
        assertEquals(".", Languages.extname("foo."));
        assertEquals(".gz", Languages.extname("dir.d/x.tar.gz"));
        assertEquals("", Languages.extname("dir.d/noext"));
        assertEquals("markdown", Languages.detect("UPPER.MD"));
        assertEquals("json", Languages.detect("file.JSON"));
        assertEquals("text", Languages.detect("notes.txt"));
        assertEquals(false, Languages.isIndexable(".json"));
        assertEquals(false, Languages.isIndexable("x.c"));
    }

    @Test
    void braceBlockTreeAgreesWithTheLinearScan() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(60);
            int[] opens = new int[n];
            int[] closes = new int[n];
            for (int i = 0; i < n; i++) {
                opens[i] = random.nextInt(3) == 0 ? random.nextInt(3) : 0;
                closes[i] = random.nextInt(3) == 0 ? random.nextInt(3) : 0;
            }
            BraceBlocks linear = new BraceBlocks(opens, closes, n);
            BraceBlocks tree = new BraceBlocks(opens, closes, n);
            // Exhaust the tree instance's linear budget first, so it answers with the min-tree.
            for (int k = 0; k < 10; k++) {
                for (int s = 0; s < n; s++) {
                    tree.end(s);
                }
            }
            for (int s = 0; s < n; s++) {
                assertEquals(reference(opens, closes, n, s), linear.end(s), "linear " + round + "/" + s);
                assertEquals(reference(opens, closes, n, s), tree.end(s), "tree " + round + "/" + s);
            }
        }
    }

    /** The original algorithm, literally. */
    private static int reference(int[] opens, int[] closes, int n, int s) {
        int depth = 0;
        boolean seen = false;
        for (int i = s; i < n; i++) {
            depth += opens[i] - closes[i];
            if (opens[i] > 0) {
                seen = true;
            }
            if (seen && depth <= 0 && i > s) {
                return i + 1;
            }
        }
        return seen ? n : s + 1;
    }

    @Test
    void symbolIdsAndOutlineIdsAreDerivedFromTheirParts() {
        List<IndexedSymbol> s = EntryExtractor.extract("src/app.js", "\n\n\n\n\n\n\nexport function makeWidget(name) {\n}")
                .symbols();
        assertEquals("d0b3ae436fcd927c", s.get(0).symbolId());
        assertEquals("7e2883689d806a5f", s.get(0).fileId());
    }
}
