package dev.wazir.capture;

import dev.wazir.cli.CommandResult;
import dev.wazir.kit.JsonFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.wazir.capture.CaptureFixture.read;
import static dev.wazir.capture.CaptureFixture.withoutTimes;
import static dev.wazir.capture.CaptureFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spec's capture tests (§12.2) and the observed outputs of §5. */
class CaptureCommandTest {
    @TempDir
    Path dir;
    CaptureFixture fx;

    @BeforeEach
    void setUp() {
        fx = new CaptureFixture(dir);
    }

    private static void assertOk(CommandResult result) {
        assertEquals("", result.stderr());
        assertEquals(0, result.exitCode());
    }

    @Test
    void initWritesStatusEventAndPayload() {
        CommandResult result = fx.run("capture", "init", "--run", "run-123", "--phase", "clarify", "--status", "running",
                "--json");
        assertOk(result);
        Path run = fx.runRoot("run-123");
        assertEquals("{\n"
                + "  \"run_id\": \"run-123\",\n"
                + "  \"phase\": \"clarify\",\n"
                + "  \"status\": \"running\",\n"
                + "  \"state_root\": \"" + fx.state + "\",\n"
                + "  \"run_root\": \"" + run + "\",\n"
                + "  \"status_path\": \"" + run.resolve("status.json") + "\",\n"
                + "  \"events_path\": \"" + run.resolve("events.ndjson") + "\",\n"
                + "  \"captures_dir\": \"" + run.resolve("captures") + "\"\n"
                + "}\n", result.stdout());
        String status = read(run.resolve("status.json"));
        assertEquals("{\n"
                + "  \"run_id\": \"run-123\",\n"
                + "  \"project_root\": \"" + fx.root + "\",\n"
                + "  \"phase\": \"clarify\",\n"
                + "  \"status\": \"running\",\n"
                + "  \"created_at\": \"<ISO>\",\n"
                + "  \"updated_at\": \"<ISO>\",\n"
                + "  \"phase_loop_counts\": {},\n"
                + "  \"artifacts\": {\n"
                + "    \"events_path\": \"" + run.resolve("events.ndjson") + "\",\n"
                + "    \"summary_path\": null,\n"
                + "    \"captures_dir\": \"" + run.resolve("captures") + "\"\n"
                + "  },\n"
                + "  \"last_event\": \"session_start\"\n"
                + "}\n", withoutTimes(status));
        JsonNode parsed = fx.status("run-123");
        assertEquals(parsed.get("created_at"), parsed.get("updated_at"));
        assertEquals("{\"event\":\"session_start\",\"created_at\":\"<ISO>\",\"run_id\":\"run-123\",\"project_root\":\""
                + fx.root + "\",\"phase\":\"clarify\",\"status\":\"running\"}\n",
                withoutTimes(read(run.resolve("events.ndjson"))));
        assertTrue(Files.isDirectory(run.resolve("captures")));
    }

    @Test
    void initTextOutputAndWiring() {
        CommandResult result = fx.run("capture", "init", "--run", "run-wire-test", "--phase", "clarify",
                "--status", "running");
        assertOk(result);
        assertEquals("run-wire-test running\n", result.stdout());
        assertEquals("run-wire-test", read(fx.state.resolve("runs/latest")));
        JsonNode usage = fx.usage("run-wire-test");
        assertEquals("run-wire-test", usage.get("run_id").stringValue());
        assertEquals(1, usage.get("schema_version").intValue());
        // updated_at is stamped again when the file is written (as in 1.0.0), so it may be a little later.
        assertTrue(usage.get("created_at").stringValue().compareTo(usage.get("updated_at").stringValue()) <= 0);
    }

    @Test
    void usageJsonOfAFreshRunIsTheDefaultDocument() {
        fx.init("run-1");
        CommandResult result = fx.run("capture", "usage", "--run", "run-1", "--json");
        assertOk(result);
        assertEquals("{\n"
                + "  \"schema_version\": 1,\n"
                + "  \"run_id\": \"run-1\",\n"
                + "  \"created_at\": \"<ISO>\",\n"
                + "  \"updated_at\": \"<ISO>\",\n"
                + "  \"phases\": {},\n"
                + "  \"roles\": {},\n"
                + "  \"savings\": {\n"
                + "    \"capture_routing\": {\n"
                + "      \"raw_bytes\": 0,\n"
                + "      \"summary_bytes\": 0,\n"
                + "      \"estimated_tokens_avoided\": 0,\n"
                + "      \"strategy\": \"byte_heuristic\"\n"
                + "    },\n"
                + "    \"context_mode\": {\n"
                + "      \"available\": false,\n"
                + "      \"raw_kb\": 0,\n"
                + "      \"context_kb\": 0,\n"
                + "      \"savings_ratio\": \"0%\",\n"
                + "      \"per_tool\": {}\n"
                + "    },\n"
                + "    \"compaction\": {\n"
                + "      \"compaction_count\": 0,\n"
                + "      \"pre_compaction_tokens_est\": 0,\n"
                + "      \"post_compaction_tokens_est\": 0\n"
                + "    }\n"
                + "  },\n"
                + "  \"totals\": {\n"
                + "    \"total_events\": 0,\n"
                + "    \"total_capture_bytes_raw\": 0,\n"
                + "    \"total_capture_bytes_summary\": 0,\n"
                + "    \"total_estimated_tokens_if_raw\": 0,\n"
                + "    \"total_estimated_tokens_avoided\": 0,\n"
                + "    \"savings_percentage\": \"0%\"\n"
                + "  }\n"
                + "}\n", withoutTimes(result.stdout()));
        assertEquals(read(fx.runRoot("run-1").resolve("usage.json")), result.stdout());
    }

    @Test
    void eventSetsPhaseStatusAndLoopCount() {
        fx.init("run-123");
        CommandResult result = fx.run("capture", "event", "--run", "run-123", "--event", "phase_transition",
                "--phase", "verify", "--status", "running", "--loop-count", "2", "--message", "verification started",
                "--json");
        assertOk(result);
        Path run = fx.runRoot("run-123");
        assertEquals("{\n  \"run_id\": \"run-123\",\n  \"event\": \"phase_transition\",\n  \"events_path\": \""
                + run.resolve("events.ndjson") + "\",\n  \"status_path\": \"" + run.resolve("status.json") + "\"\n}\n",
                result.stdout());
        JsonNode status = fx.status("run-123");
        assertEquals("verify", status.get("phase").stringValue());
        assertEquals(2, status.get("phase_loop_counts").get("verify").intValue());
        assertEquals("phase_transition", status.get("last_event").stringValue());
        JsonNode last = fx.lastEvent("run-123");
        assertEquals("verification started", last.get("message").stringValue());
        assertEquals(2, last.get("loop_count").intValue());
        assertEquals(last.get("created_at"), status.get("updated_at"));
        // Not a phase_enter/phase_exit event: no phase usage.
        assertEquals("{}", dev.wazir.text.Json.compact(fx.usage("run-123").get("phases")));
    }

    @Test
    void observedEventLinesAndTextOutputs() {
        fx.init("run-1");
        CommandResult event = fx.run("capture", "event", "--run", "run-1", "--event", "phase_enter", "--phase",
                "verify", "--loop-count", "2", "--message", "hello world");
        assertOk(event);
        assertEquals("run-1 phase_enter\n", event.stdout());
        assertOk(fx.run("capture", "event", "--run", "run-1", "--event", "status_change", "--status", "done"));
        CommandResult route = fx.run("capture", "route", "--run", "run-1", "--name", "NPM Test!!");
        assertOk(route);
        Path captures = fx.runRoot("run-1").resolve("captures");
        assertEquals(captures + "/<T>-npm-test.log\n", withoutTimes(route.stdout()));
        assertTrue(Files.isRegularFile(Path.of(route.stdout().trim())));
        assertEquals(0, Path.of(route.stdout().trim()).toFile().length());
        CommandResult output = fx.runWithInput("abc", "capture", "output", "--run", "run-1", "--command", "ls",
                "--exit-code", "-3");
        assertOk(output);
        assertEquals(captures + "/<T>-tool-output.log\n", withoutTimes(output.stdout()));

        List<String> lines = List.of(withoutTimes(read(fx.runRoot("run-1").resolve("events.ndjson"))).split("\n"));
        assertEquals(5, lines.size());
        assertEquals("{\"event\":\"phase_enter\",\"created_at\":\"<ISO>\",\"run_id\":\"run-1\",\"phase\":\"verify\","
                + "\"status\":\"running\",\"message\":\"hello world\",\"loop_count\":2}", lines.get(1));
        assertEquals("{\"event\":\"status_change\",\"created_at\":\"<ISO>\",\"run_id\":\"run-1\",\"phase\":\"verify\","
                + "\"status\":\"done\"}", lines.get(2));
        assertEquals("{\"event\":\"pre_tool_capture_route\",\"created_at\":\"<ISO>\",\"run_id\":\"run-1\","
                + "\"phase\":\"verify\",\"status\":\"done\",\"capture_path\":\"" + captures + "/<T>-npm-test.log\","
                + "\"capture_name\":\"NPM Test!!\"}", lines.get(3));
        assertEquals("{\"event\":\"post_tool_capture\",\"created_at\":\"<ISO>\",\"run_id\":\"run-1\","
                + "\"phase\":\"verify\",\"status\":\"done\",\"command\":\"ls\",\"exit_code\":-3,"
                + "\"capture_path\":\"" + captures + "/<T>-tool-output.log\",\"byte_length\":3}", lines.get(4));

        CommandResult status = fx.run("status", "--run", "run-1");
        assertOk(status);
        assertEquals("run-1 verify done\n", status.stdout());
        JsonNode doc = fx.status("run-1");
        assertEquals("post_tool_capture", doc.get("last_event").stringValue());
        assertEquals(output.stdout().trim(), doc.get("artifacts").get("last_capture_path").stringValue());
        assertEquals(List.of("events_path", "summary_path", "captures_dir", "last_capture_path"),
                dev.wazir.text.Json.orderedKeys(doc.get("artifacts")));
    }

    @Test
    void routeThenOutputIntoTheRoutedFile() {
        fx.init("run-123");
        CommandResult route = fx.run("capture", "route", "--run", "run-123", "--name", "npm-test", "--suffix", ".txt",
                "--json");
        assertOk(route);
        JsonNode routed = JsonFiles.parse(route.stdout());
        String capturePath = routed.get("capture_path").stringValue();
        assertTrue(capturePath.matches(".*captures/.*npm-test\\.txt$"), capturePath);
        assertEquals(List.of("run_id", "capture_path", "events_path"), dev.wazir.text.Json.orderedKeys(routed));

        String stdin = "all tests passed\nwith details\n";
        CommandResult output = fx.runWithInput(stdin, "capture", "output", "--run", "run-123", "--capture-path",
                capturePath, "--command", "npm test", "--exit-code", "0", "--json");
        assertOk(output);
        JsonNode payload = JsonFiles.parse(output.stdout());
        assertEquals(List.of("run_id", "capture_path", "byte_length", "events_path", "status_path"),
                dev.wazir.text.Json.orderedKeys(payload));
        assertEquals(capturePath, payload.get("capture_path").stringValue());
        assertEquals(30, payload.get("byte_length").intValue());
        assertEquals(stdin, read(Path.of(capturePath)));
        JsonNode last = fx.lastEvent("run-123");
        assertEquals("post_tool_capture", last.get("event").stringValue());
        assertEquals(capturePath, last.get("capture_path").stringValue());
        assertEquals("npm test", last.get("command").stringValue());
        assertEquals(0, last.get("exit_code").intValue());
    }

    @Test
    void summaryIsStoredAndRecorded() {
        fx.init("run-123");
        String stdin = "# Handoff\n- keep going\n";
        CommandResult result = fx.runWithInput(stdin, "capture", "summary", "--run", "run-123", "--event",
                "stop_handoff_harvest", "--json");
        assertEquals(0, result.exitCode());
        Path summary = fx.runRoot("run-123").resolve("summary.md");
        JsonNode payload = JsonFiles.parse(result.stdout());
        assertEquals(List.of("run_id", "summary_path", "events_path", "status_path"),
                dev.wazir.text.Json.orderedKeys(payload));
        assertEquals(summary.toString(), payload.get("summary_path").stringValue());
        assertEquals(stdin, read(summary));
        assertEquals(summary.toString(), fx.status("run-123").get("artifacts").get("summary_path").stringValue());
        assertEquals("stop_handoff_harvest", fx.status("run-123").get("last_event").stringValue());
        JsonNode last = fx.lastEvent("run-123");
        assertEquals("stop_handoff_harvest", last.get("event").stringValue());
        assertEquals(summary.toString(), last.get("summary_path").stringValue());

        CommandResult text = fx.runWithInput("x", "capture", "summary", "--run", "run-123");
        assertEquals(summary + "\n", text.stdout());
        assertEquals("pre_compact_summary", fx.lastEvent("run-123").get("event").stringValue());
    }

    @Test
    void freshSummaryWarnsAboutNegativeBytesAndSucceeds() {
        fx.init("run-1");
        CommandResult result = fx.runWithInput("0123456789", "capture", "summary", "--run", "run-1");
        assertEquals(0, result.exitCode());
        assertEquals("warning: estimateTokens called with negative bytes (-10), returning 0\n", result.stderr());
        assertEquals(10, fx.usage("run-1").get("savings").get("capture_routing").get("summary_bytes").intValue());
    }

    @Test
    void usageJsonEchoesTheStoredDocument() {
        fx.init("run-123");
        Path usagePath = fx.runRoot("run-123").resolve("usage.json");
        write(usagePath, read(usagePath).replace("\"raw_bytes\": 0", "\"raw_bytes\": 4000"));
        JsonNode usage = JsonFiles.parse(fx.run("capture", "usage", "--run", "run-123", "--json").stdout());
        assertEquals("run-123", usage.get("run_id").stringValue());
        assertEquals(4000, usage.get("savings").get("capture_routing").get("raw_bytes").intValue());
    }

    @Test
    void usagePhaseFilter() {
        fx.init("run-1");
        assertOk(fx.run("capture", "event", "--run", "run-1", "--event", "phase_enter", "--phase", "clarify"));
        assertOk(fx.run("capture", "event", "--run", "run-1", "--event", "phase_enter", "--phase", "execute"));
        JsonNode only = JsonFiles.parse(fx.run("capture", "usage", "--run", "run-1", "--phase", "clarify", "--json")
                .stdout());
        assertEquals(List.of("clarify"), dev.wazir.text.Json.orderedKeys(only.get("phases")));
        JsonNode all = JsonFiles.parse(fx.run("capture", "usage", "--run", "run-1", "--phase", "nope", "--json")
                .stdout());
        assertEquals(List.of("clarify", "execute"), dev.wazir.text.Json.orderedKeys(all.get("phases")));
        String text = fx.run("capture", "usage", "--run", "run-1", "--phase", "execute").stdout();
        assertTrue(text.contains("| execute  |      1 |"), text);
        assertTrue(!text.contains("clarify"), text);
        String full = fx.run("capture", "usage", "--run", "run-1").stdout();
        assertTrue(full.contains("Usage Report") && full.contains("| clarify  |      1 |"), full);
        assertTrue(full.endsWith("Estimation method: byte heuristic (ceil(bytes/4))\n\n"), full);
    }

    @Test
    void usageOfAnUnknownRunIsTheUnknownDefaultAndCreatesNothing() {
        CommandResult result = fx.run("capture", "usage", "--run", "nobody", "--json");
        assertOk(result);
        assertEquals("unknown", JsonFiles.parse(result.stdout()).get("run_id").stringValue());
        assertTrue(!Files.exists(fx.state));
    }

    @Test
    void outputCountsRawBytes() {
        fx.init("run-1");
        assertOk(fx.runWithInput("x".repeat(1000), "capture", "output", "--run", "run-1", "--command", "cat",
                "--exit-code", "0"));
        JsonNode routing = fx.usage("run-1").get("savings").get("capture_routing");
        assertEquals(1000, routing.get("raw_bytes").intValue());
        assertEquals(250, routing.get("estimated_tokens_avoided").intValue());
    }

    @Test
    void phaseEventsAreCountedPerPhase() {
        fx.init("run-1");
        assertOk(fx.run("capture", "event", "--run", "run-1", "--event", "phase_enter", "--phase", "verify"));
        assertOk(fx.run("capture", "event", "--run", "run-1", "--event", "phase_exit", "--phase", "verify"));
        JsonNode usage = fx.usage("run-1");
        assertEquals(2, usage.get("phases").get("verify").get("events_count").intValue());
        assertEquals(2, usage.get("totals").get("total_events").intValue());
        assertTrue(usage.get("phases").get("verify").get("completed_at").isNull());
    }

    @Test
    void summaryBytesAreTheUtf8LengthOfTheSummary() {
        fx.init("run-1");
        assertOk(fx.runWithInput("y".repeat(2000), "capture", "output", "--run", "run-1", "--command", "c",
                "--exit-code", "0"));
        CommandResult summary = fx.runWithInput("# Summary\nkey points only\n", "capture", "summary", "--run", "run-1");
        assertOk(summary);
        JsonNode routing = fx.usage("run-1").get("savings").get("capture_routing");
        assertEquals(26, routing.get("summary_bytes").intValue());
        assertEquals(2000, routing.get("raw_bytes").intValue());
        assertEquals(494, routing.get("estimated_tokens_avoided").intValue());
        assertEquals(0, fx.usage("run-1").get("totals").get("total_capture_bytes_raw").intValue());
    }

    @Test
    void nonPhaseEventLeavesPhasesEmpty() {
        fx.init("run-1");
        CommandResult result = fx.run("capture", "event", "--run", "run-1", "--event", "tool_call");
        assertOk(result);
        assertEquals("run-1 tool_call\n", result.stdout());
        assertEquals(0, fx.usage("run-1").get("phases").size());
    }

    @Test
    void observedAccountingAfterFiveOutputsAndTwoSummaries() {
        fx.init("run-1");
        for (String chunk : List.of("aaaa", "bbbb", "cccc", "dddd", "eeeeee")) {
            assertOk(fx.runWithInput(chunk, "capture", "output", "--run", "run-1", "--command", "c", "--exit-code",
                    "0"));
        }
        assertOk(fx.runWithInput("123456", "capture", "summary", "--run", "run-1"));
        assertOk(fx.runWithInput("1234567", "capture", "summary", "--run", "run-1"));
        JsonNode usage = fx.usage("run-1");
        JsonNode routing = usage.get("savings").get("capture_routing");
        assertEquals(22, routing.get("raw_bytes").intValue());
        assertEquals(13, routing.get("summary_bytes").intValue());
        assertEquals(3, routing.get("estimated_tokens_avoided").intValue());
        assertEquals(0, usage.get("totals").get("total_capture_bytes_raw").intValue());
    }

    @Test
    void reInitResetsStatusAndAppendsASecondSessionStart() {
        fx.init("run-1");
        assertOk(fx.run("capture", "event", "--run", "run-1", "--event", "phase_enter", "--phase", "verify",
                "--loop-count", "4"));
        String usageBefore = read(fx.runRoot("run-1").resolve("usage.json"));
        fx.init("run-1");
        JsonNode status = fx.status("run-1");
        assertEquals("clarify", status.get("phase").stringValue());
        assertEquals(0, status.get("phase_loop_counts").size());
        List<JsonNode> events = fx.events("run-1");
        assertEquals(3, events.size());
        assertEquals("session_start", events.get(2).get("event").stringValue());
        assertEquals(usageBefore, read(fx.runRoot("run-1").resolve("usage.json")));
    }
}
