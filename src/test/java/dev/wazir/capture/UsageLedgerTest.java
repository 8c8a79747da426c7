package dev.wazir.capture;

import dev.wazir.kit.JsonFiles;
import dev.wazir.text.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module-level usage tests of the spec (§12.5) and the accounting rules of §5.9. */
class UsageLedgerTest {
    @TempDir
    Path state;
    RunPaths paths;
    List<String> warnings;
    UsageLedger ledger;

    @BeforeEach
    void setUp() throws Exception {
        paths = RunPaths.of(state, "run-test");
        Files.createDirectories(paths.runRoot());
        warnings = new ArrayList<>();
        ledger = new UsageLedger(Clock.fixed(Instant.parse("2026-12-03T16:20:31.815Z"), ZoneOffset.UTC), warnings);
    }

    private JsonNode stored() {
        return JsonFiles.parse(CaptureFixture.read(paths.usagePath()));
    }

    @Test
    void estimateTokens() {
        double[] in = {0, 1, 4, 5, 100, 1000};
        double[] out = {0, 1, 1, 2, 25, 250};
        for (int i = 0; i < in.length; i++) {
            assertEquals(out[i], UsageLedger.estimateTokens(in[i], warnings));
        }
        assertTrue(warnings.isEmpty());
        assertEquals(0, UsageLedger.estimateTokens(-10, warnings));
        assertEquals(List.of("warning: estimateTokens called with negative bytes (-10), returning 0"), warnings);
    }

    @Test
    void initCreatesTheDefaultDocument() {
        JsonNode usage = ledger.init(paths, "run-test");
        assertEquals(1, usage.get("schema_version").intValue());
        assertEquals("run-test", usage.get("run_id").stringValue());
        assertEquals(0, usage.get("phases").size());
        assertEquals(0, usage.get("roles").size());
        assertEquals(0, usage.get("totals").get("total_events").intValue());
        assertTrue(Files.exists(paths.usagePath()));
        assertEquals("2026-12-03T16:20:31.815Z", stored().get("updated_at").stringValue());
        assertEquals(Json.pretty(usage) + "\n", CaptureFixture.read(paths.usagePath()));
        assertFalse(Files.exists(paths.runRoot().resolve("usage.json.tmp")));
    }

    @Test
    void initIsIdempotent() {
        ledger.init(paths, "run-test");
        ledger.recordCaptureSavings(paths, 1000, 100);
        JsonNode again = ledger.init(paths, "other");
        assertEquals(1000, again.get("savings").get("capture_routing").get("raw_bytes").intValue());
        assertEquals("run-test", again.get("run_id").stringValue());
    }

    @Test
    void readOfAMissingFileGivesUnknownDefaults() {
        JsonNode usage = ledger.read(paths);
        assertEquals(1, usage.get("schema_version").intValue());
        assertEquals("unknown", usage.get("run_id").stringValue());
        assertEquals(0, usage.get("phases").size());
        assertFalse(Files.exists(paths.usagePath()));
    }

    @Test
    void readOfAMalformedFileWarnsAndGivesDefaults() throws Exception {
        Files.writeString(paths.usagePath(), "not-json{{{");
        JsonNode usage = ledger.read(paths);
        assertEquals("unknown", usage.get("run_id").stringValue());
        assertEquals(List.of("warning: malformed usage.json at " + paths.usagePath() + ", using defaults"), warnings);
        assertEquals("not-json{{{", CaptureFixture.read(paths.usagePath()));
        // init leaves such a file alone too.
        ledger.init(paths, "run-test");
        assertEquals("not-json{{{", CaptureFixture.read(paths.usagePath()));
    }

    @Test
    void captureSavingsAccumulate() {
        ledger.init(paths, "run-test");
        ledger.recordCaptureSavings(paths, 1000, 100);
        ledger.recordCaptureSavings(paths, 2000, 200);
        JsonNode routing = stored().get("savings").get("capture_routing");
        assertEquals("{\"raw_bytes\":3000,\"summary_bytes\":300,\"estimated_tokens_avoided\":675,"
                + "\"strategy\":\"byte_heuristic\"}", Json.compact(routing));
        assertEquals(0, stored().get("totals").get("total_capture_bytes_raw").intValue());
    }

    @Test
    void captureSavingsCreateAMissingFileForRunUnknown() {
        ledger.recordCaptureSavings(paths, 8, 0);
        assertEquals("unknown", stored().get("run_id").stringValue());
        assertEquals(8, stored().get("savings").get("capture_routing").get("raw_bytes").intValue());
    }

    @Test
    void phaseUsageIncrements() {
        ledger.init(paths, "run-test");
        for (int i = 0; i < 3; i++) {
            ledger.recordPhaseUsage(paths, "verify", 1.0, null, null, null);
        }
        assertEquals(3, stored().get("phases").get("verify").get("events_count").intValue());
        assertEquals(3, stored().get("totals").get("total_events").intValue());
    }

    @Test
    void phaseUsageEstimatesAndTotals() {
        ledger.init(paths, "run-test");
        ledger.recordPhaseUsage(paths, "execute", 5.0, 2000.0, 200.0, null);
        JsonNode usage = stored();
        assertEquals("{\"started_at\":\"2026-12-03T16:20:31.815Z\",\"completed_at\":null,\"events_count\":5,"
                + "\"capture_bytes_raw\":2000,\"capture_bytes_summary\":200,\"estimated_tokens_if_raw\":500,"
                + "\"estimated_tokens_avoided\":450}", Json.compact(usage.get("phases").get("execute")));
        assertEquals("{\"total_events\":5,\"total_capture_bytes_raw\":2000,\"total_capture_bytes_summary\":200,"
                + "\"total_estimated_tokens_if_raw\":500,\"total_estimated_tokens_avoided\":450,"
                + "\"savings_percentage\":\"90.0%\"}", Json.compact(usage.get("totals")));
        ledger.recordPhaseUsage(paths, "1", 1.0, 1.0, 0.0, "2026-12-03T17:00:00.000Z");
        JsonNode after = stored();
        assertEquals(List.of("1", "execute"), Json.orderedKeys(after.get("phases")));
        assertEquals("2026-12-03T17:00:00.000Z", after.get("phases").get("1").get("completed_at").stringValue());
        // 2001 raw, 200 summary: ceil(1801/4)=451 of ceil(2001/4)=501 → 90.0%
        assertEquals("90.0%", after.get("totals").get("savings_percentage").stringValue());
    }

    @Test
    void roleUsageReplacesCounters() {
        ledger.init(paths, "run-test");
        ledger.recordRoleUsage(paths, "researcher", 3.0, 5000.0);
        assertEquals("{\"events_count\":3,\"capture_bytes_raw\":5000,\"estimated_tokens_if_raw\":1250}",
                Json.compact(stored().get("roles").get("researcher")));
        ledger.recordRoleUsage(paths, "researcher", 1.0, null);
        assertEquals("{\"events_count\":1,\"capture_bytes_raw\":5000,\"estimated_tokens_if_raw\":1250}",
                Json.compact(stored().get("roles").get("researcher")));
        assertEquals(0, stored().get("totals").get("total_events").intValue());
    }

    @Test
    void contextModeSavingsAndTheZeroGuard() {
        ledger.init(paths, "run-test");
        ObjectNode stats = Json.object();
        stats.put("available", true);
        stats.put("raw_kb", 315.0);
        stats.put("context_kb", 5.4);
        stats.put("savings_ratio", "98.3%");
        stats.putObject("per_tool").put("execute", 12);
        ledger.recordContextModeSavings(paths, stats);
        assertEquals("{\"available\":true,\"raw_kb\":315,\"context_kb\":5.4,\"savings_ratio\":\"98.3%\","
                + "\"per_tool\":{\"execute\":12}}", Json.compact(stored().get("savings").get("context_mode")));

        ObjectNode hundred = Json.object();
        hundred.put("raw_kb", 100);
        ledger.recordContextModeSavings(paths, hundred);
        String before = CaptureFixture.read(paths.usagePath());
        ObjectNode zero = Json.object();
        zero.put("raw_kb", 0);
        ledger.recordContextModeSavings(paths, zero);
        assertEquals(before, CaptureFixture.read(paths.usagePath()));
        assertEquals("{\"available\":false,\"raw_kb\":100,\"context_kb\":0,\"savings_ratio\":\"0%\",\"per_tool\":{}}",
                Json.compact(stored().get("savings").get("context_mode")));
    }

    @Test
    void compactionAccumulates() {
        ledger.init(paths, "run-test");
        ledger.recordCompaction(paths, 80000, 5000);
        ledger.recordCompaction(paths, 60000, 4000);
        assertEquals("{\"compaction_count\":2,\"pre_compaction_tokens_est\":140000,\"post_compaction_tokens_est\":9000}",
                Json.compact(stored().get("savings").get("compaction")));
    }

    @Test
    void reportsAsJsonAndText() {
        ledger.init(paths, "run-test");
        ledger.recordCaptureSavings(paths, 4000, 400);
        UsageReport report = new UsageReport(paths.usagePath(), warnings);
        JsonNode json = JsonFiles.parse(report.render(ledger.read(paths), null, true));
        assertEquals("run-test", json.get("run_id").stringValue());
        String text = report.render(ledger.read(paths), null, false);
        assertTrue(text.contains("Usage Report"));
        assertTrue(text.contains("Token Savings by Strategy"));
        assertTrue(text.contains("What If"));
        assertTrue(text.contains("| Capture routing  |              1,000 |                 100 |                900 |"),
                text);
        assertTrue(text.contains("| **Actual savings**                | **90.0%**           |"), text);
    }
}
