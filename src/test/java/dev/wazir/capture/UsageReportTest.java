package dev.wazir.capture;

import dev.wazir.kit.JsonFiles;
import dev.wazir.text.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The observed `capture usage` report of §5.10, byte for byte. */
class UsageReportTest {
    private final List<String> warnings = new ArrayList<>();
    private final UsageReport report = new UsageReport(Path.of("/state/runs/rr/usage.json"), warnings);

    private ObjectNode observedDocument() {
        UsageLedger ledger = new UsageLedger(Clock.systemUTC(), warnings);
        ObjectNode usage = ledger.defaults("rr");
        ObjectNode routing = (ObjectNode) usage.get("savings").get("capture_routing");
        routing.put("raw_bytes", 1234567);
        routing.put("summary_bytes", 1000);
        routing.put("estimated_tokens_avoided", 308392);
        ObjectNode contextMode = (ObjectNode) usage.get("savings").get("context_mode");
        contextMode.put("raw_kb", 315.0);
        contextMode.put("context_kb", 5.4);
        ObjectNode compaction = (ObjectNode) usage.get("savings").get("compaction");
        compaction.put("pre_compaction_tokens_est", 80000);
        compaction.put("post_compaction_tokens_est", 5000);
        ObjectNode phases = (ObjectNode) usage.get("phases");
        // Inserted second, listed first: "1" is an integer-like key.
        ObjectNode longPhase = phases.putObject("a-very-long-phase");
        longPhase.put("events_count", 2);
        longPhase.put("capture_bytes_raw", 3001);
        longPhase.put("capture_bytes_summary", 10);
        longPhase.put("estimated_tokens_avoided", 748);
        ObjectNode one = phases.putObject("1");
        one.put("events_count", 1);
        one.put("capture_bytes_raw", 0);
        one.put("capture_bytes_summary", 0);
        one.put("estimated_tokens_avoided", 0);
        ObjectNode role = ((ObjectNode) usage.get("roles")).putObject("researcher");
        role.put("events_count", 3);
        role.put("capture_bytes_raw", 5000);
        role.put("estimated_tokens_if_raw", 1250);
        return usage;
    }

    @Test
    void observedFullReport() {
        String expected = "# Usage Report: rr\n"
                + "\n"
                + "## Token Savings by Strategy\n"
                + "| Strategy         | Raw (est. tokens) | After (est. tokens) | Avoided            |\n"
                + "|------------------|--------------------|---------------------|--------------------|\n"
                + "| Capture routing  |            308,642 |                 250 |            308,392 |\n"
                + "| Context-mode     |             80,640 |               1,383 |             79,257 |\n"
                + "| Compaction       |             80,000 |               5,000 |             75,000 |\n"
                + "\n"
                + "## \"What If\" Comparison\n"
                + "| Scenario                          | Est. tokens consumed |\n"
                + "|-----------------------------------|----------------------|\n"
                + "| Without any savings strategies    |              469,282 |\n"
                + "| With Wazir savings only      |               85,890 |\n"
                + "| With Wazir + context-mode    |                6,633 |\n"
                + "| **Actual savings**                | **98.6%**           |\n"
                + "\n"
                + "## Phase Breakdown\n"
                + "| Phase    | Events | Raw bytes   | Summary bytes | Est. tokens avoided |\n"
                + "|----------|--------|-------------|---------------|---------------------|\n"
                + "| 1        |      1 |           0 |             0 |                   0 |\n"
                + "| a-very-long-phase |      2 |       3,001 |            10 |                 748 |\n"
                + "\n"
                + "## Role Breakdown\n"
                + "| Role       | Events | Raw bytes   | Est. tokens if raw |\n"
                + "|------------|--------|-------------|--------------------|\n"
                + "| researcher |      3 |       5,000 |              1,250 |\n"
                + "\n"
                + "Estimation method: byte heuristic (ceil(bytes/4))\n";
        assertEquals(expected, report.render(observedDocument(), null, false));
        assertTrue(warnings.isEmpty());
    }

    @Test
    void freshRunReportHasNoBreakdownsAndZeroSavings() {
        ObjectNode usage = new UsageLedger(Clock.systemUTC(), warnings).defaults("fresh");
        String text = report.render(usage, null, false);
        assertEquals("# Usage Report: fresh\n"
                + "\n"
                + "## Token Savings by Strategy\n"
                + "| Strategy         | Raw (est. tokens) | After (est. tokens) | Avoided            |\n"
                + "|------------------|--------------------|---------------------|--------------------|\n"
                + "| Capture routing  |                  0 |                   0 |                  0 |\n"
                + "| Context-mode     |                  0 |                   0 |                  0 |\n"
                + "| Compaction       |                  0 |                   0 |                  0 |\n"
                + "\n"
                + "## \"What If\" Comparison\n"
                + "| Scenario                          | Est. tokens consumed |\n"
                + "|-----------------------------------|----------------------|\n"
                + "| Without any savings strategies    |                    0 |\n"
                + "| With Wazir savings only      |                    0 |\n"
                + "| With Wazir + context-mode    |                    0 |\n"
                + "| **Actual savings**                | **0.0%**            |\n"
                + "\n"
                + "Estimation method: byte heuristic (ceil(bytes/4))\n", text);
    }

    @Test
    void savingsLinePadding() {
        ObjectNode usage = new UsageLedger(Clock.systemUTC(), warnings).defaults("p");
        ObjectNode compaction = (ObjectNode) usage.get("savings").get("compaction");
        compaction.put("pre_compaction_tokens_est", 7);
        compaction.put("post_compaction_tokens_est", 4);
        assertTrue(report.render(usage, null, false)
                .contains("| **Actual savings**                | **42.9%**           |\n"));
    }

    @Test
    void phaseFilterShowsOnlyThatPhase() {
        ObjectNode usage = observedDocument();
        String text = report.render(usage, "a-very-long-phase", false);
        assertTrue(text.contains("| a-very-long-phase |      2 |"));
        assertTrue(!text.contains("| 1        |"));
        JsonNode json = JsonFiles.parse(report.render(usage, "1", true));
        assertEquals(List.of("1"), Json.orderedKeys(json.get("phases")));
        assertEquals(List.of("schema_version", "run_id", "created_at", "updated_at", "phases", "roles", "savings",
                "totals"), Json.orderedKeys(json));
        assertEquals(Json.pretty(usage), report.render(usage, "absent", true));
        // The filter does not change the document it was given.
        assertEquals(2, usage.get("phases").size());
    }

    @Test
    void fractionalNumbersKeepUpToThreeDigits() {
        ObjectNode usage = new UsageLedger(Clock.systemUTC(), warnings).defaults("w");
        ((ObjectNode) usage.get("savings").get("compaction")).put("pre_compaction_tokens_est", 1234567.891);
        String text = report.render(usage, null, false);
        assertTrue(text.contains("| Compaction       |      1,234,567.891 |                   0 |      1,234,567.891 |\n"),
                text);
        assertTrue(text.contains("| **Actual savings**                | **100.0%**          |\n"), text);
    }
}
