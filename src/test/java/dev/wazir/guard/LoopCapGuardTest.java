package dev.wazir.guard;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** §7.2 of the spec and its host-payload extension. */
class LoopCapGuardTest {
    @TempDir
    Path tmp;
    Path state;

    @BeforeEach
    void fixture() throws IOException {
        state = tmp.resolve("state");
        Path run = Files.createDirectories(state.resolve("runs/run-1"));
        Files.writeString(run.resolve("status.json"),
                "{\"run_id\":\"run-1\",\"phase\":\"verify\",\"phase_loop_counts\":{\"verify\":2,\"review\":2}}\n");
        Files.writeString(tmp.resolve("wazir.manifest.yaml"),
                "project:\n  name: loop\npaths:\n  state_root_default: state\nprotected_paths: [input]\n");
    }

    private CommandResult run(String payload) {
        return Cli.run(tmp, Map.of(), payload, "hook", "loop-cap");
    }

    private String payload(String phase, String cap) {
        return "{\"run_id\":\"run-1\",\"phase\":\"" + phase + "\",\"state_root\":\"" + state + "\",\"loop_cap\":" + cap + "}";
    }

    @Test
    void observedCapReached() {
        assertEquals(new CommandResult(43, "{\"guard_decision\":{\"allowed\":false,\"reason\":\"Loop cap reached for phase verify: 2/2\","
                + "\"current_loop_count\":2,\"loop_cap\":2,\"status_path\":\"" + state + "/runs/run-1/status.json\"}}\n", ""),
                run(payload("verify", "2")));
    }

    @Test
    void observedWithinCapAndUnknownPhase() {
        CommandResult r = run(payload("verify", "3"));
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().contains("\"reason\":\"Loop count 2/3 is within cap for phase verify.\""));
        CommandResult unknown = run(payload("design", "1"));
        assertEquals(0, unknown.exitCode());
        assertTrue(unknown.stdout().contains("Loop count 0/1"));
        assertEquals(43, run(payload("verify", "2.0")).exitCode(), "2.0 is a valid cap of 2, and 2/2 blocks");
    }

    @Test
    void relativeStateRootIsReportedRelative() throws IOException {
        Path cap = Files.createDirectories(tmp.resolve("x/cap1/runs/run-1"));
        Files.writeString(cap.resolve("status.json"), "{\"phase_loop_counts\":{}}");
        Path sub = Files.createDirectories(tmp.resolve("sub"));
        String p = "{\"run_id\":\"run-1\",\"phase\":\"p\",\"state_root\":\"../x/./cap1/\",\"loop_cap\":1}";
        CommandResult r = Cli.run(sub, Map.of(), p, "hook", "loop-cap");
        assertTrue(r.stdout().contains("\"status_path\":\"../x/cap1/runs/run-1/status.json\""), r.stdout() + r.stderr());
    }

    @Test
    void requiredFieldsInOrder() {
        assertEquals(new CommandResult(1, "", "run_id is required\n"), run("{}"));
        assertEquals(new CommandResult(1, "", "run_id is required\n"), run(""));
        assertEquals(new CommandResult(1, "", "phase is required\n"), run("{\"run_id\":\"r\"}"));
        assertEquals(new CommandResult(1, "", "state_root is required\n"), run("{\"run_id\":\"r\",\"phase\":\"p\"}"));
        for (String cap : new String[] {"2.5", "\"3\"", "0", "-1", "null"}) {
            assertEquals(new CommandResult(1, "", "loop_cap must be a positive integer\n"), run(payload("verify", cap)), cap);
        }
        String noCap = "{\"run_id\":\"run-1\",\"phase\":\"verify\",\"state_root\":\"" + state + "\"}";
        assertEquals(new CommandResult(1, "", "loop_cap must be a positive integer\n"), run(noCap));
    }

    @Test
    void missingStatusAndRunIdEscape() {
        String missing = "{\"run_id\":\"nope\",\"phase\":\"p\",\"state_root\":\"" + state + "\",\"loop_cap\":1}";
        assertEquals(new CommandResult(1, "", "status.json not found for run nope\n"), run(missing));
        String escape = "{\"run_id\":\"../../etc\",\"phase\":\"p\",\"state_root\":\"" + state + "\",\"loop_cap\":1}";
        CommandResult r = run(escape);
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("Invalid run id: ../../etc"), r.stderr());
    }

    @Test
    void runIdWithALineBreakIsRefusedOnOneLine() {
        String payload = "{\"run_id\":\"a\\nb\",\"phase\":\"p\",\"state_root\":\"" + state + "\",\"loop_cap\":1}";
        assertEquals(new CommandResult(1, "", "Invalid run id: \"a\\nb\" (a run id may not contain control characters)\n"),
                run(payload));
    }

    @Test
    void hostPayloadUsesLatestRunAndEnvironmentCap() throws IOException {
        Files.writeString(state.resolve("runs/latest"), "run-1");
        String claude = "{\"session_id\":\"s\",\"cwd\":\"" + tmp + "\",\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"Bash\","
                + "\"tool_input\":{\"command\":\"ls\"}}";
        assertEquals(new CommandResult(0, "{}\n", ""), Cli.run(tmp, Map.of(), claude, "hook", "loop-cap"));
        CommandResult blocked = Cli.run(tmp, Map.of("WAZIR_LOOP_CAP", "2"), claude, "hook", "loop-cap");
        assertEquals(2, blocked.exitCode());
        assertEquals("Loop cap reached for phase verify: 2/2\n", blocked.stderr());
        assertTrue(blocked.stdout().contains("\"permissionDecision\":\"deny\""));
        assertEquals(0, Cli.run(tmp, Map.of("WAZIR_LOOP_CAP", "3"), claude, "hook", "loop-cap").exitCode());
        assertEquals(1, Cli.run(tmp, Map.of("WAZIR_LOOP_CAP", "zero"), claude, "hook", "loop-cap").exitCode());
    }
}
