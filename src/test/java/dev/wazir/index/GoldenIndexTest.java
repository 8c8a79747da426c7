package dev.wazir.index;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The golden fixture of spec §11: build, queries, summaries and recall reproduce the observed results. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenIndexTest {
    Path root;
    Path db;
    CommandResult build;
    CommandResult summarize;

    @BeforeAll
    void buildAndSummarize(@TempDir Path dir) throws IOException {
        root = dir;
        GoldenFixture.create(root);
        build = run("index", "build", "--json");
        summarize = run("index", "summarize", "--json");
        db = Sql.db(root.resolve(".wazir-state"));
    }

    CommandResult run(String... args) {
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--state-root";
        full[args.length + 1] = ".wazir-state";
        return Cli.run(root, full);
    }

    String out(String... args) {
        CommandResult r = run(args);
        assertEquals("", r.stderr());
        assertEquals(0, r.exitCode());
        return r.stdout();
    }

    @Test
    void buildReportsTheObservedCounts() {
        assertEquals(0, build.exitCode(), build.stderr());
        String runId = Sql.one(db, "SELECT run_id FROM ingestion_runs WHERE mode = 'build'");
        assertEquals("{\n  \"run_id\": \"" + runId + "\",\n  \"mode\": \"build\",\n  \"file_count\": 33,\n"
                + "  \"updated_file_count\": 33,\n  \"removed_file_count\": 0,\n  \"symbol_count\": 52,\n"
                + "  \"outline_count\": 57,\n  \"database_path\": \"" + db + "\"\n}\n", build.stdout());
        assertEquals("Index stats: 33 files, 52 symbols, 57 outlines.\n", out("index", "stats"));
    }

    @Test
    void filesAreListedInOrderWithLanguageSizeAndLines() {
        List<String> files = Sql.rows(db, "SELECT relative_path, language, size_bytes, line_count FROM files ORDER BY rowid");
        assertEquals(List.of(".c8rc.json|json|8|2", ".hidden/h.js|javascript|21|2", "A.md|markdown|2|2",
                "_u.md|markdown|2|2", "a-b/x.md|markdown|2|2", "a.md|markdown|2|2", "a/b.md|markdown|2|2",
                "config/app.json|json|120|10", "config/app.yaml|yaml|118|11", "db/schema.sql|sql|218|8",
                "dir with space/a b.md|markdown|2|2", "docs/UPPER.MD|markdown|8|2", "docs/empty.md|markdown|0|1",
                "docs/guide.md|markdown|116|12", "docs/notes.txt|text|28|3", "docs/one.txt|text|22|1",
                "file.JSON|json|2|2", "src/App.java|java|249|18", "src/app.js|javascript|634|38",
                "src/binary.js|javascript|18|2", "src/bom.js|javascript|31|3", "src/crlf.js|javascript|35|4",
                "src/invalid.js|javascript|45|4", "src/lib/lib.rs|rust|181|19", "src/main.go|go|164|19",
                "src/tool.py|python|205|16", "src/types.ts|typescript|215|14", "vendor/a.jsx|javascript|2|2",
                "vendor/x.cjs|javascript|2|2", "vendor/x.mjs|javascript|2|2", "vendor/x.tsx|typescript|2|2",
                "vendor/x.yml|yaml|2|2", "wazir.manifest.yaml|yaml|147|8"), files);
    }

    @Test
    void symbolsMatchTheObservedTable() {
        List<String> symbols = Sql.rows(db, "SELECT relative_path || ' ' || name || ' ' || kind || ' ' || line_start"
                + " || '-' || line_end FROM symbols ORDER BY rowid");
        assertEquals(List.of(
                ".hidden/h.js hidden function 1-2",
                "config/app.json name key 2-2", "config/app.json nested key 3-3", "config/app.json inner key 4-4",
                "config/app.json list key 5-5", "config/app.json url key 8-8",
                "config/app.yaml name key 1-1", "config/app.yaml version key 2-2", "config/app.yaml nested key 3-3",
                "config/app.yaml quoted key 5-5", "config/app.yaml list key 6-6", "config/app.yaml url key 8-8",
                "config/app.yaml Key_With-Dash key 10-10",
                "db/schema.sql users sql 1-1", "db/schema.sql active_users sql 4-4", "db/schema.sql IF sql 5-5",
                "db/schema.sql do_thing sql 6-6", "db/schema.sql proc_x sql 7-7",
                "src/App.java App type 5-9", "src/App.java Greeter type 11-13", "src/App.java Pair type 15-16",
                "src/App.java Level type 17-18",
                "src/app.js makeWidget function 8-10", "src/app.js loadAll function 12-17",
                "src/app.js helper function 19-21", "src/app.js plain function 20-21", "src/app.js arrow function 24-27",
                "src/app.js asyncArrow function 25-27", "src/app.js Base class 29-31", "src/app.js Derived class 32-34",
                "src/app.js indented function 35-36",
                "src/bom.js bomFn function 1-2", "src/crlf.js crlf function 1-3", "src/invalid.js bad function 1-3",
                "src/lib/lib.rs Point type 3-5", "src/lib/lib.rs Kind type 7-8", "src/lib/lib.rs Shape type 9-11",
                "src/lib/lib.rs area function 10-13", "src/lib/lib.rs compute function 13-15",
                "src/lib/lib.rs private_fn function 17-18",
                "src/main.go Server type 5-7", "src/main.go Handler type 9-11", "src/main.go main function 13-15",
                "src/tool.py helper function 7-7", "src/tool.py Thing class 10-10", "src/tool.py method function 11-11",
                "src/types.ts Local type 2-4", "src/types.ts Color type 6-10", "src/types.ts area function 11-13",
                "wazir.manifest.yaml project key 1-1", "wazir.manifest.yaml paths key 3-3",
                "wazir.manifest.yaml protected_paths key 5-5"), symbols);
        assertEquals("export function bomFn() {", Sql.one(db, "SELECT signature FROM symbols WHERE name = 'bomFn'"));
        assertEquals("function crlf() {", Sql.one(db, "SELECT signature FROM symbols WHERE name = 'crlf'"));
        assertEquals("function   indented  () {}", Sql.one(db, "SELECT signature FROM symbols WHERE name = 'indented'"));
    }

    @Test
    void idsFollowTheSpecDerivations() {
        assertEquals("7e2883689d806a5f", Sql.one(db, "SELECT file_id FROM files WHERE relative_path = 'src/app.js'"));
        assertEquals("d0b3ae436fcd927c", Sql.one(db, "SELECT symbol_id FROM symbols WHERE name = 'makeWidget'"));
        assertEquals("bf9ed6a3e4173a7d", Sql.one(db,
                "SELECT symbol_id FROM symbols WHERE name = 'name' AND relative_path = 'config/app.json'"));
        assertEquals("aba46e1eb6d5ea39", Sql.one(db, "SELECT outline_id FROM outlines WHERE label = 'makeWidget'"));
        assertEquals("f83498f7ccf7f2db", Sql.one(db,
                "SELECT outline_id FROM outlines WHERE label = 'name' AND relative_path = 'config/app.json'"));
        assertEquals("c8c9c879bb8aa58b", Sql.one(db, "SELECT outline_id FROM outlines WHERE label = 'Guide'"));
        assertEquals("6e30ef4773702457", Sql.one(db, "SELECT summary_id FROM summaries WHERE file_id = '7e2883689d806a5f'"
                + " AND tier = 'L0'"));
        assertEquals("3f601fd96b2289d9", Sql.one(db, "SELECT summary_id FROM symbol_summaries"
                + " WHERE symbol_id = 'd0b3ae436fcd927c' AND tier = 'L0'"));
        String hash = Sql.one(db, "SELECT content_hash FROM files WHERE relative_path = 'src/app.js'");
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, Sql.one(db, "SELECT content_hash FROM hashes WHERE file_id = '7e2883689d806a5f'"));
    }

    @Test
    void outlinesOfMarkdownAndCode() {
        assertEquals("# Guide (1-1)\n## Install (4-4)\n# in code fence (9-9)\n### Deep *title* (11-11)\n",
                out("index", "get-file-outline", "docs/guide.md"));
        assertEquals("# Upper (1-1)\n", out("index", "get-file-outline", "docs/UPPER.MD"));
        assertTrue(out("index", "get-file-outline", "src/app.js").startsWith("# makeWidget (8-10)\n"));
        assertEquals("No outline entries found.\n", out("index", "get-file-outline", "./docs/guide.md"));
        assertEquals("{\n  \"relative_path\": \"docs/UPPER.MD\",\n  \"entries\": [\n    {\n      \"label\": \"Upper\",\n"
                + "      \"kind\": \"heading\",\n      \"level\": 1,\n      \"line_start\": 1,\n      \"line_end\": 1\n"
                + "    }\n  ]\n}\n", out("index", "get-file-outline", "docs/UPPER.MD", "--json"));
    }

    @Test
    void outlinesAreTheSymbolsAtLevelOnePlusTheHeadings() {
        assertEquals(Sql.rows(db, "SELECT relative_path, name, kind, 1, line_start, line_end FROM symbols ORDER BY rowid"),
                Sql.rows(db, "SELECT relative_path, label, kind, level, line_start, line_end FROM outlines"
                        + " WHERE kind <> 'heading' ORDER BY rowid"));
        assertEquals(List.of("docs/UPPER.MD|Upper|1|1|1", "docs/guide.md|Guide|1|1|1", "docs/guide.md|Install|2|4|4",
                "docs/guide.md|in code fence|1|9|9", "docs/guide.md|Deep *title*|3|11|11"),
                Sql.rows(db, "SELECT relative_path, label, level, line_start, line_end FROM outlines"
                        + " WHERE kind = 'heading' ORDER BY rowid"));
    }

    @Test
    void searchOrdersExactMatchesFirstAndTreatsWildcards() {
        assertEquals("area (function) src/lib/lib.rs:10\narea (function) src/types.ts:11\n",
                out("index", "search-symbols", "area"));
        String wild = out("index", "search-symbols", "a_e");
        assertEquals(List.of("Base", "Shape", "area", "area", "makeWidget", "name", "name", "private_fn"),
                wild.lines().map(l -> l.substring(0, l.indexOf(' '))).toList());
        assertEquals(52, out("index", "search-symbols", "%").lines().count());
        assertEquals("No symbol matches found.\n", out("index", "search-symbols", "zzz-none"));
        assertEquals("{\n  \"query\": \"zzz-none\",\n  \"results\": []\n}\n",
                out("index", "search-symbols", "zzz-none", "--json"));
        assertEquals("search-symbols|zzz-none|0", Sql.one(db, "SELECT type, query, result_count FROM retrieval_logs"
                + " WHERE query = 'zzz-none'"));
    }

    @Test
    void getSymbolByIdNameAndSubstring() {
        assertEquals("makeWidget (function) src/app.js:8-10\n", out("index", "get-symbol", "makeWidget"));
        assertEquals("helper (function) src/tool.py:7-7\n", out("index", "get-symbol", "helper"));
        assertEquals("makeWidget (function) src/app.js:8-10\n", out("index", "get-symbol", "d0b3ae436fcd927c"));
        CommandResult upper = run("index", "get-symbol", "D0B3AE436FCD927C");
        assertEquals(new CommandResult(1, "", "No indexed symbol found for \"D0B3AE436FCD927C\"\n"), upper);
        assertEquals("Key_With-Dash (key) config/app.yaml:10-10\n", out("index", "get-symbol", "with-d"));
        assertEquals("{\n  \"symbol_id\": \"d0b3ae436fcd927c\",\n  \"file_id\": \"7e2883689d806a5f\",\n"
                + "  \"relative_path\": \"src/app.js\",\n  \"name\": \"makeWidget\",\n  \"kind\": \"function\",\n"
                + "  \"signature\": \"export function makeWidget(name) {\",\n  \"line_start\": 8,\n  \"line_end\": 10\n}\n",
                out("index", "get-symbol", "makeWidget", "--json"));
    }

    @Test
    void summarizeReportsTheObservedCountsAndStats() {
        assertEquals("{\n  \"summarized_files\": 32,\n  \"summarized_symbols\": 52,\n  \"skipped_stale\": 0,\n"
                + "  \"skipped_missing\": 0,\n  \"skipped_binary\": 1,\n  \"total_files\": 33\n}\n", summarize.stdout());
        String stats = out("index", "stats", "--json");
        assertTrue(stats.endsWith("  \"summary_counts\": {\n    \"file_summaries\": {\n      \"L0\": 32,\n      \"L1\": 32\n"
                + "    },\n    \"symbol_summaries\": {\n      \"L0\": 52,\n      \"L1\": 52\n    },\n"
                + "    \"generators\": {\n      \"heuristic\": 168\n    }\n  }\n}\n"), stats);
    }

    String fileSummary(String path, String tier) {
        return Sql.one(db, "SELECT s.content FROM summaries s JOIN files f USING (file_id) WHERE f.relative_path = '"
                + path + "' AND s.tier = '" + tier + "'");
    }

    @Test
    void fileSummariesMatchTheObservedTable() {
        String[][] expected = {
            {".c8rc.json", "json file (2 lines) -- {\"a\":1}", ""},
            {"A.md", "x", ""},
            {"config/app.json", "json file (10 lines) -- keys: name, nested, inner, list, url",
                "name: \"demo\",\nnested: {\ninner: true,\nlist: [1, 2]\nurl: \"http://x\""},
            {"config/app.yaml", "yaml file (11 lines) -- keys: name, version, nested, list, url, Key_With-Dash",
                "name: demo\nversion: 1.0\nnested: \nquoted: yes\nlist: \nurl: http://x\nKey_With-Dash: v"},
            {"db/schema.sql", "sql file (8 lines) -- CREATE TABLE users (", "## Symbols\nsql users: CREATE TABLE users (\n"
                + "sql active_users: create or replace view active_users as select * from users;\n"
                + "sql IF: CREATE TABLE IF NOT EXISTS logs (id int);\nsql do_thing: Create Function do_thing() returns int;\n"
                + "sql proc_x: create procedure proc_x();"},
            {"docs/UPPER.MD", "Upper", "# Upper"},
            {"docs/empty.md", "markdown file (1 line) -- ", ""},
            {"docs/guide.md", "Guide -- Intro paragraph here.", "# Guide\n## Install   \n# in code fence\n### Deep *title*"},
            {"docs/notes.txt", "text file (3 lines) -- plain text file", ""},
            {"docs/one.txt", "text file (1 line) -- single line no newline", ""},
            {"file.JSON", "json file (2 lines) -- x", ""},
            {"src/App.java", "java file (18 lines) -- App, Greeter, Pair, Level", "## Imports\nimport java.util.List;\n\n"
                + "## Symbols\ntype App: public class App {\ntype Greeter: interface Greeter {\n"
                + "type Pair: record Pair(int a, int b) {}\ntype Level: public enum Level { LOW, HIGH }"},
            {"src/app.js", "javascript file (38 lines) -- makeWidget, loadAll, helper, plain, arrow",
                "## Imports\nimport fs from 'node:fs';\n\n## Symbols\nfunction makeWidget: export function makeWidget(name) {\n"
                + "function loadAll: export async function loadAll(a,\nfunction helper: async function helper() { return 1; }\n"
                + "function plain: function plain(x) {\nfunction arrow: export const arrow = (x) => x * 2;\n"
                + "function asyncArrow: const asyncArrow = async (y) => {\nclass Base: class Base {\n"
                + "class Derived: export class Derived extends Base {\nfunction indented: function   indented  () {}"},
            {"src/bom.js", "javascript file (3 lines) -- bomFn", "## Symbols\nfunction bomFn: export function bomFn() {"},
            {"src/main.go", "go file (19 lines) -- Server, Handler, main", "## Imports\nimport \"fmt\"\n\n## Symbols\n"
                + "type Server: type Server struct {\ntype Handler: type Handler interface {\nfunction main: func main() {"},
            {"src/tool.py", "python file (16 lines) -- helper, Thing, method", "## Imports\nimport os\nfrom typing import List\n\n"
                + "## Symbols\nfunction helper: def helper(x):\nclass Thing: class Thing:\nfunction method: def method(self):"},
            {"src/types.ts", "typescript file (14 lines) -- Local, Color, area", "## Symbols\ntype Local: interface Local {\n"
                + "type Color: enum Color { Red, Green }\nfunction area: export function area(s: Shape): number {"},
            {"vendor/a.jsx", "javascript file (2 lines) -- x", ""},
            {"wazir.manifest.yaml", "yaml file (8 lines) -- keys: project, paths, protected_paths",
                "project: \npaths: \nprotected_paths: "},
        };
        for (String[] row : expected) {
            assertEquals(row[1], fileSummary(row[0], "L0"), row[0] + " L0");
            assertEquals(row[2], fileSummary(row[0], "L1"), row[0] + " L1");
        }
        assertTrue(fileSummary("src/lib/lib.rs", "L1").startsWith("## Imports\nuse std::io;\n\n## Symbols\n"
                + "type Point: pub struct Point {\n"));
        assertEquals(null, fileSummary("src/binary.js", "L0"));
    }

    @Test
    void symbolSummariesMatchTheObservedExamples() {
        assertEquals("function makeWidget -- export function makeWidget(name) {", out("recall", "symbol", "makeWidget",
                "--tier", "L0").stripTrailing());
        assertEquals("/**\n * Make a widget.\n * @param {string} name\n */\nexport function makeWidget(name) {\n",
                out("recall", "symbol", "makeWidget", "--tier", "L1"));
        assertEquals("export async function loadAll(a,\n", out("recall", "symbol", "loadAll", "--tier", "L1"));
        assertEquals("# Helper comment one\n# Helper comment two\ndef helper(x):\n",
                out("recall", "symbol", "helper", "--tier", "L1"));
        assertEquals("key name -- \"name\": \"demo\",\n", out("recall", "symbol", "bf9ed6a3e4173a7d", "--tier", "L0"));
        assertEquals("key name\n\"name\": \"demo\",\n", out("recall", "symbol", "bf9ed6a3e4173a7d", "--tier", "L1"));
    }

    @Test
    void recallSlicesFollowTheObservedRules() {
        assertEquals("{\n  \"relative_path\": \"src/app.js\",\n  \"line_start\": 8,\n  \"line_end\": 10,\n"
                + "  \"slice\": \"export function makeWidget(name) {\\n  return { name };\\n}\",\n"
                + "  \"context_before\": \" * @param {string} name\\n */\",\n"
                + "  \"context_after\": \"\\nexport async function loadAll(a,\"\n}\n",
                out("recall", "file", "src/app.js", "--start-line", "8", "--end-line", "10", "--context", "2", "--json"));
        String tail = out("recall", "file", "src/app.js", "--start-line", "36", "--end-line", "100", "--context", "5", "--json");
        assertTrue(tail.contains("\"line_end\": 38,") && tail.contains("const fnExpr = function () {};\\n\""), tail);
        assertEquals("{\n  \"relative_path\": \"src/app.js\",\n  \"line_start\": 10,\n  \"line_end\": 8,\n  \"slice\": \"\",\n"
                + "  \"context_before\": \"\",\n  \"context_after\": \"\"\n}\n",
                out("recall", "file", "src/app.js", "--start-line", "10", "--end-line", "8", "--json"));
        String far = out("recall", "file", "src/app.js", "--start-line", "100", "--end-line", "200", "--context", "70", "--json");
        assertTrue(far.contains("\"line_start\": 100,\n  \"line_end\": 38,\n  \"slice\": \"\",\n"
                + "  \"context_before\": \"  method() {}\\n}\\nexport class Derived"), far);
        assertEquals("const path = require('node:path');\n\n", out("recall", "file", "src/app.js", "--start-line", "2abc",
                "--end-line", "3.9"));
        String huge = out("recall", "file", "src/app.js", "--start-line", "99999999999999999999", "--end-line", "1e3", "--json");
        assertTrue(huge.contains("\"line_start\": 100000000000000000000,\n  \"line_end\": 1,"), huge);
        String symbol = out("recall", "symbol", "makeWidget", "--json");
        assertTrue(symbol.startsWith("{\n  \"symbol_id\": \"d0b3ae436fcd927c\",\n  \"file_id\": \"7e2883689d806a5f\",\n"
                + "  \"relative_path\": \"src/app.js\",\n  \"name\": \"makeWidget\",\n  \"kind\": \"function\",\n"
                + "  \"signature\": \"export function makeWidget(name) {\",\n  \"line_start\": 8,\n  \"line_end\": 10,\n"
                + "  \"slice\": \"export function makeWidget(name) {\\n  return { name };\\n}\",\n"), symbol);
        assertTrue(Sql.rows(db, "SELECT type || ':' || query FROM retrieval_logs").contains("recall-symbol:makeWidget"));
    }
}
