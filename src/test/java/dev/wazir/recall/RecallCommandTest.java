package dev.wazir.recall;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;
import dev.wazir.index.IndexFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `wazir recall` argument checks and tiers (spec §4; original tests 71–83). */
class RecallCommandTest {
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
    void tierChecksComeBeforeTheProjectIsLocated(@TempDir Path outside) {
        assertEquals(error("--tier must be L0 or L1"), Cli.run(outside, "recall", "file", "a", "--tier", "L2"));
        assertEquals(error("--tier must be L0 or L1"), Cli.run(outside, "recall", "file", "a", "--tier", "all"));
        String exclusive = "--tier is mutually exclusive with --start-line, --end-line, and --context";
        assertEquals(error(exclusive), Cli.run(outside, "recall", "file", "a", "--tier", "L0", "--start-line", "1"));
        assertEquals(error(exclusive), Cli.run(outside, "recall", "file", "a", "--tier", "L0", "--end-line", "5"));
        assertEquals(error(exclusive), Cli.run(outside, "recall", "symbol", "a", "--tier", "L0", "--context", "3"));
        assertEquals(error("Unknown option: --refresh"), Cli.run(outside, "recall", "file", "a", "--refresh"));
        assertEquals(error("Could not find wazir.manifest.yaml from " + outside), Cli.run(outside, "recall", "file"));
    }

    @Test
    void usageAndNumberErrors() {
        fx.ok("index", "build");
        assertEquals(error("Usage: wazir recall <file|symbol> [options]"), fx.run("recall"));
        assertEquals(error("Usage: wazir recall file <relative-path> --start-line <n> --end-line <n> [--context <n>]"
                + " [--state-root <path>] [--json]"), fx.run("recall", "file"));
        assertEquals(error("Usage: wazir recall symbol <name-or-id> [--context <n>] [--state-root <path>] [--json]"),
                fx.run("recall", "symbol"));
        assertEquals(error("--context must be a positive integer"), fx.run("recall", "nope", "--context", "0"));
        assertEquals(error("File is not indexed: ./src/widget.js"), fx.run("recall", "file", "./src/widget.js"));
        assertEquals(error("wazir recall file requires --start-line and --end-line"),
                fx.run("recall", "file", "src/widget.js", "--start-line", "1"));
        assertEquals(error("--start-line must be a positive integer"),
                fx.run("recall", "file", "src/widget.js", "--start-line", "abc", "--end-line", "-1"));
        assertEquals(error("--end-line must be a positive integer"),
                fx.run("recall", "file", "src/widget.js", "--start-line", "1", "--end-line", "-0"));
        assertEquals(error("No indexed symbol found for \"ghost\""), fx.run("recall", "symbol", "ghost"));
    }

    @Test
    void tiersReportFreshnessAndMissingSummaries() throws IOException {
        fx.ok("index", "build");
        assertEquals(error("No L0 summary found for src/widget.js. Run 'wazir index summarize' first."),
                fx.run("recall", "file", "src/widget.js", "--tier", "L0"));
        assertEquals(error("No L0 summary found for makeWidget. Run 'wazir index summarize' first."),
                fx.run("recall", "symbol", "makeWidget", "--tier", "L0"));
        fx.ok("index", "summarize", "--tier", "L0");
        assertEquals(error("No L1 summary found for docs/guide.md. Run 'wazir index summarize' first."),
                fx.run("recall", "file", "docs/guide.md", "--tier", "L1"));
        assertEquals(error("No L1 summary found for WidgetStore. Run 'wazir index summarize' first."),
                fx.run("recall", "symbol", "WidgetStore", "--tier", "L1"));
        String file = fx.ok("recall", "file", "src/widget.js", "--tier", "L0", "--json");
        assertTrue(file.matches("(?s)\\{\n  \"relative_path\": \"src/widget.js\",\n  \"tier\": \"L0\",\n"
                + "  \"slice\": \"javascript file \\(10 lines\\) -- makeWidget, WidgetStore\",\n  \"generator\": \"heuristic\",\n"
                + "  \"generated_at\": \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\",\n  \"fresh\": true\n\\}\n"), file);
        String symbol = fx.ok("recall", "symbol", "makeWidget", "--tier", "L0", "--json");
        assertTrue(symbol.startsWith("{\n  \"relative_path\": \"src/widget.js\",\n  \"name\": \"makeWidget\",\n"
                + "  \"kind\": \"function\",\n  \"signature\": \"export function makeWidget(name) {\",\n  \"tier\": \"L0\",\n"
                + "  \"slice\": \"function makeWidget -- export function makeWidget(name) {\",\n"), symbol);
        fx.write("src/widget.js", IndexFixture.WIDGET + "// edited\n");
        assertTrue(fx.ok("recall", "file", "src/widget.js", "--tier", "L0", "--json").contains("\"fresh\": false"));
        String lines = fx.ok("recall", "file", "src/widget.js", "--start-line", "1", "--end-line", "3", "--json");
        assertFalse(lines.contains("\"tier\"") || lines.contains("\"fresh\"") || lines.contains("\"generator\""));
        assertEquals("4", dev.wazir.index.Sql.one(fx.db, "SELECT COUNT(*) FROM retrieval_logs WHERE type LIKE 'recall-%'"));
        assertEquals("recall-symbol|makeWidget|1", dev.wazir.index.Sql.one(fx.db,
                "SELECT type, query, result_count FROM retrieval_logs WHERE type = 'recall-symbol'"));
    }
}
