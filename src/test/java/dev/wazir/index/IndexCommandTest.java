package dev.wazir.index;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `wazir index` on the original suite's fixture (spec §11.4, §12.1) and its argument errors. */
class IndexCommandTest {
    @TempDir
    Path dir;
    IndexFixture fx;

    @BeforeEach
    void fixture() throws IOException {
        fx = new IndexFixture(dir);
    }

    static CommandResult error(String message) {
        return new CommandResult(1, "", message + "\n");
    }

    @Test
    void buildFindsTheObservedSymbolsAndStatsAgree() {
        String build = fx.ok("index", "build");
        assertEquals("Indexed 4 files, 9 symbols, and 12 outlines.\n", build);
        assertEquals("Index stats: 4 files, 9 symbols, 12 outlines.\n", fx.ok("index", "stats"));
        assertEquals("WidgetStore (class) src/widget.js:5\nmakeWidget (function) src/widget.js:1\n",
                fx.ok("index", "search-symbols", "Widget"));
        assertEquals("# Guide (1-1)\n## Install (3-3)\n## Usage (5-5)\n", fx.ok("index", "get-file-outline", "docs/guide.md"));
        String slice = fx.ok("recall", "symbol", "WidgetStore");
        assertEquals("export class WidgetStore {\n  constructor() {\n    this.items = [];\n  }\n}\n", slice);
        assertTrue(fx.ok("recall", "symbol", "makeWidget", "--json").contains("\"line_start\": 1,"));
    }

    @Test
    void summariesOfTheSuiteFixture() {
        fx.ok("index", "build");
        fx.ok("index", "summarize");
        assertEquals("javascript file (10 lines) -- makeWidget, WidgetStore\n",
                fx.ok("recall", "file", "src/widget.js", "--tier", "L0"));
        assertEquals("## Symbols\nfunction makeWidget: export function makeWidget(name) {\n"
                + "class WidgetStore: export class WidgetStore {\n", fx.ok("recall", "file", "src/widget.js", "--tier", "L1"));
        assertEquals("Guide -- Intro line\n", fx.ok("recall", "file", "docs/guide.md", "--tier", "L0"));
        assertEquals("# Guide\n## Install\n## Usage\n", fx.ok("recall", "file", "docs/guide.md", "--tier", "L1"));
        assertEquals("json file (4 lines) -- keys: title, type\n", fx.ok("recall", "file", "schemas/shape.json", "--tier", "L0"));
        assertEquals("title: \"Shape\",\ntype: \"object\"\n", fx.ok("recall", "file", "schemas/shape.json", "--tier", "L1"));
        assertEquals("yaml file (10 lines) -- {\n", fx.ok("recall", "file", "wazir.manifest.yaml", "--tier", "L0"));
    }

    @Test
    void refreshRewritesChangedFilesAndDropsTheirSymbolSummaries() throws IOException {
        fx.ok("index", "build");
        fx.ok("index", "summarize");
        assertEquals("Refreshed index: 0 files updated, 0 removed.\n", fx.ok("index", "refresh"));
        fx.write("src/widget.js", IndexFixture.WIDGET + "export function makeWidgetFromId(id) {\n  return id;\n}\n");
        Files.delete(fx.root.resolve("schemas/shape.json"));
        fx.write("src/new.py", "def fresh():\n    pass\n");
        String json = fx.ok("index", "refresh", "--json");
        assertTrue(json.contains("\"mode\": \"refresh\",\n  \"file_count\": 4,\n  \"updated_file_count\": 2,\n"
                + "  \"removed_file_count\": 1,"), json);
        assertTrue(fx.ok("index", "search-symbols", "makeWidgetFromId").startsWith("makeWidgetFromId (function)"));
        // widget.js's symbol summaries are gone (its symbols were re-inserted), shape.json's file summaries too.
        assertEquals("0", Sql.one(fx.db, "SELECT COUNT(*) FROM symbol_summaries WHERE file_id = '"
                + Ids.createId("src/widget.js") + "'"));
        assertEquals("0", Sql.one(fx.db, "SELECT COUNT(*) FROM summaries WHERE file_id = '"
                + Ids.createId("schemas/shape.json") + "'"));
        assertEquals("2", Sql.one(fx.db, "SELECT COUNT(*) FROM summaries WHERE file_id = '"
                + Ids.createId("src/widget.js") + "'"), "the changed file's own summaries survive (stale)");
        assertTrue(fx.ok("recall", "file", "src/widget.js", "--tier", "L0", "--json").contains("\"fresh\": false"));
        // A rename is one removal and one addition.
        Files.move(fx.root.resolve("src/new.py"), fx.root.resolve("src/renamed.py"));
        assertEquals("Refreshed index: 1 files updated, 1 removed.\n", fx.ok("index", "refresh"));
        assertEquals("fresh (function) src/renamed.py:1-1\n", fx.ok("index", "get-symbol", "fresh"));
        // --refresh summarises only what is missing or stale; build drops every summary.
        assertTrue(fx.ok("index", "summarize", "--refresh", "--json").contains("\"summarized_files\": 2,"));
        fx.ok("index", "build");
        assertFalse(fx.ok("index", "stats", "--json").contains("summary_counts"));
        assertEquals(List.of("build", "refresh", "refresh", "refresh", "build"),
                Sql.rows(fx.db, "SELECT mode FROM ingestion_runs ORDER BY completed_at, rowid"));
    }

    @Test
    void refreshNoticesAnEditThatKeepsTheSize() throws IOException {
        fx.ok("index", "build");
        fx.write("src/widget.js", IndexFixture.WIDGET.replace("makeWidget", "makeGadget"));
        assertEquals("Refreshed index: 1 files updated, 0 removed.\n", fx.ok("index", "refresh"));
        assertEquals("makeGadget (function) src/widget.js:1-3\n", fx.ok("index", "get-symbol", "makeGadget"));
    }

    @Test
    void summarizeTiersAndRefreshSelection() throws IOException {
        fx.ok("index", "build");
        assertEquals("Summarized 4 files and 9 symbols.\n", fx.ok("index", "summarize", "--tier", "L0"));
        assertEquals("4|0", Sql.one(fx.db, "SELECT SUM(tier = 'L0'), SUM(tier = 'L1') FROM summaries"));
        // Files lacking L1 are still candidates with --refresh --tier L0.
        assertTrue(fx.ok("index", "summarize", "--refresh", "--tier", "L0", "--json").contains("\"total_files\": 4"));
        assertEquals("4|0", Sql.one(fx.db, "SELECT SUM(tier = 'L0'), SUM(tier = 'L1') FROM summaries"));
        fx.ok("index", "summarize");
        assertEquals(error("No files summarized. Run 'index refresh' first."), fx.run("index", "summarize", "--refresh"));
        assertEquals(error("--tier must be L0, L1, or all"), fx.run("index", "summarize", "--tier", "l0"));
    }

    @Test
    void summarizeSkipsStaleMissingAndBinaryFiles() throws IOException {
        fx.write("src/binary.js", "const x = 1;\u0000\u0000bin\n");
        fx.ok("index", "build");
        fx.write("src/widget.js", "changed\n");
        Files.delete(fx.root.resolve("docs/guide.md"));
        assertEquals("{\n  \"summarized_files\": 2,\n  \"summarized_symbols\": 7,\n  \"skipped_stale\": 1,\n"
                + "  \"skipped_missing\": 1,\n  \"skipped_binary\": 1,\n  \"total_files\": 5\n}\n",
                fx.ok("index", "summarize", "--json"));
    }

    @Test
    void everyIndexedFileStaleMeansNothingSummarized() throws IOException {
        fx.ok("index", "build");
        for (String f : List.of("docs/guide.md", "src/widget.js", "schemas/shape.json", "wazir.manifest.yaml")) {
            Files.writeString(fx.root.resolve(f), Files.readString(fx.root.resolve(f)) + "\n");
        }
        assertEquals(error("No files summarized. Run 'index refresh' first."), fx.run("index", "summarize", "--json"));
        assertEquals(error("No files summarized. Run 'index refresh' first."),
                new IndexFixture(dir.resolve("empty")).run("index", "summarize"));
    }

    @Test
    void usageAndOptionErrors() {
        assertEquals(error(dev.wazir.cli.IndexCommandAccess.USAGE), fx.run("index"));
        assertEquals(error(dev.wazir.cli.IndexCommandAccess.USAGE), fx.run("index", "nope"));
        assertEquals(error("Usage: wazir index search-symbols <query> [--state-root <path>] [--json]"),
                fx.run("index", "search-symbols"));
        assertEquals(error("Usage: wazir index get-symbol <name-or-id> [--state-root <path>] [--json]"),
                fx.run("index", "get-symbol"));
        assertEquals(error("Usage: wazir index get-file-outline <relative-path> [--state-root <path>] [--json]"),
                fx.run("index", "get-file-outline"));
        assertEquals(error("Unknown option: --context"), fx.run("index", "stats", "--context", "3"));
        assertEquals(error("Unknown option: --json=1"), fx.run("index", "stats", "--json=1"));
        assertEquals(error("Missing value for --tier"), fx.run("index", "summarize", "--tier"));
        assertEquals(error("No indexed symbol found for \"ghost\""), fx.run("index", "get-symbol", "ghost"));
    }

    @Test
    void outsideAProjectTheProjectErrorComesAfterOptionErrors(@TempDir Path outside) {
        assertEquals(error("Could not find wazir.manifest.yaml from " + outside), Cli.run(outside, "index", "stats"));
        assertEquals(error("Could not find wazir.manifest.yaml from " + outside), Cli.run(outside, "index"));
        assertEquals(error("Unknown option: --bogus"), Cli.run(outside, "index", "stats", "--bogus"));
    }

    @Test
    void readOnlyCommandsCreateTheSameEmptyDatabaseAs100() {
        assertEquals("{\n  \"file_count\": 0,\n  \"symbol_count\": 0,\n  \"outline_count\": 0,\n  \"last_run\": null,\n"
                + "  \"database_path\": \"" + fx.db + "\"\n}\n", fx.ok("index", "stats", "--json"));
        assertEquals(102_400L, fx.db.toFile().length());
        assertFalse(Files.exists(fx.db.resolveSibling("index.sqlite-journal")));
    }

    @Test
    void stateRootDefaultsToTheManifestTemplate() throws IOException {
        Path home = dir.resolve("home");
        CommandResult r = Cli.run(fx.root, java.util.Map.of("HOME", home.toString()), "", "index", "stats", "--json");
        assertTrue(r.stdout().contains(home.resolve(".wazir/projects/fixture-index/index/index.sqlite").toString()), r.toString());
        fx.write("wazir.manifest.yaml", "{}\n");
        assertEquals(error("Cannot read properties of undefined (reading 'state_root_default')"),
                Cli.run(fx.root, "index", "stats"));
    }
}
