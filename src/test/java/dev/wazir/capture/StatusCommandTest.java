package dev.wazir.capture;

import dev.wazir.cli.CommandResult;
import dev.wazir.kit.JsonFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Map;

import static dev.wazir.capture.CaptureFixture.read;
import static dev.wazir.capture.CaptureFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** `wazir status` (§6, §12.4). */
class StatusCommandTest {
    @TempDir
    Path dir;
    CaptureFixture fx;
    Path state;

    @BeforeEach
    void setUp() {
        fx = new CaptureFixture(dir);
        state = dir.resolve("elsewhere-state");
        write(state.resolve("runs/run-123/status.json"), "{\"run_id\":\"run-123\",\"phase\":\"execute\","
                + "\"status\":\"running\",\"updated_at\":\"2026-12-03T16:20:31.815Z\"}");
    }

    @Test
    void readsRunStatusAsJson() {
        Map<String, String> before = fx.snapshot();
        CommandResult result = fx.run("status", "--run", "run-123", "--state-root", state.toString(), "--json");
        assertEquals(0, result.exitCode());
        assertEquals("{\n"
                + "  \"run_id\": \"run-123\",\n"
                + "  \"phase\": \"execute\",\n"
                + "  \"status\": \"running\",\n"
                + "  \"updated_at\": \"2026-12-03T16:20:31.815Z\",\n"
                + "  \"status_path\": \"" + state.resolve("runs/run-123/status.json") + "\"\n"
                + "}\n", result.stdout());
        assertEquals(before, fx.snapshot(), "status is read-only");
    }

    @Test
    void textIsRunPhaseStatus() {
        CommandResult result = fx.run("status", "--run", "run-123", "--state-root", state.toString());
        assertEquals(new CommandResult(0, "run-123 execute running\n", ""), result);
    }

    @Test
    void relativeStateRootResolvesAgainstTheWorkingDirectory() {
        CommandResult result = fx.run("status", "--run", "run-123", "--state-root", "elsewhere-state");
        assertEquals("run-123 execute running\n", result.stdout());
    }

    @Test
    void missingRun() {
        CommandResult result = fx.run("status", "--run", "missing-run", "--state-root", state.toString(), "--json");
        assertEquals(1, result.exitCode());
        assertEquals("Run status not found: " + state.resolve("runs/missing-run/status.json") + "\n",
                result.stderr());
    }

    @Test
    void absentFieldsPrintAsUndefinedAndNullAsNull() {
        write(state.resolve("runs/odd/status.json"), "{\"run_id\":\"odd\",\"5\":\"five\"}");
        assertEquals("odd undefined undefined\n",
                fx.run("status", "--run", "odd", "--state-root", state.toString()).stdout());
        write(state.resolve("runs/odd/status.json"), "{\"run_id\":\"odd\",\"phase\":null,\"status\":7}");
        assertEquals("odd null 7\n", fx.run("status", "--run", "odd", "--state-root", state.toString()).stdout());
    }

    @Test
    void existingStatusPathKeyIsOverwrittenInPlaceAndIntegerKeysComeFirst() {
        write(state.resolve("runs/odd/status.json"),
                "{\"run_id\":\"odd\",\"status_path\":\"old\",\"5\":\"five\",\"phase\":\"p\"}");
        JsonNode json = JsonFiles.parse(fx.run("status", "--run", "odd", "--state-root", state.toString(), "--json")
                .stdout());
        assertEquals(java.util.List.of("5", "run_id", "status_path", "phase"), dev.wazir.text.Json.orderedKeys(json));
        assertEquals(state.resolve("runs/odd/status.json").toString(), json.get("status_path").stringValue());
    }

    @Test
    void statusOfARunWrittenByCapture() {
        fx.init("run-1");
        CommandResult result = fx.run("status", "--run", "run-1", "--json");
        String file = read(fx.runRoot("run-1").resolve("status.json"));
        String expected = file.substring(0, file.length() - 3) + ",\n  \"status_path\": \""
                + fx.runRoot("run-1").resolve("status.json") + "\"\n}\n";
        assertEquals(expected, result.stdout());
    }
}
