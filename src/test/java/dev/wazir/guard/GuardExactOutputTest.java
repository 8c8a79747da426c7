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

/**
 * Every observed row of spec §7.1, §7.2 and §8.1 as whole stdout/stderr/exit triples, plus the
 * loop-cap guard answering each host and refusing bad input without a decision on stdout.
 */
class GuardExactOutputTest {
    @TempDir
    Path tmp;
    Path root;
    Path state;

    @BeforeEach
    void fixture() throws IOException {
        root = tmp.resolve("project");
        Files.createDirectories(root);
        Files.writeString(root.resolve("wazir.manifest.yaml"),
                "project:\n  name: guard\npaths:\n  state_root_default: .state\nprotected_paths: [input, exports/hosts]\n");
        state = root.resolve(".state");
        Path run = Files.createDirectories(state.resolve("runs/run-1"));
        Files.writeString(run.resolve("status.json"),
                "{\"run_id\":\"run-1\",\"phase\":\"review\",\"phase_loop_counts\":{\"review\":2,\"verify\":1}}");
        Files.writeString(state.resolve("runs/latest"), "run-1");
    }

    private CommandResult path(String target, String flow) {
        String p = "{\"project_root\":\"" + root + "\",\"target_path\":\"" + target + "\""
                + (flow == null ? "" : ",\"approved_flow\":\"" + flow + "\"") + "}";
        return Cli.run(root, Map.of(), p, "hook", "protected-path");
    }

    private static CommandResult blocked(String entry, String rel) {
        return new CommandResult(42, "{\"guard_decision\":{\"allowed\":false,\"reason\":\"Protected path blocked: " + rel
                + "\",\"protected_path\":\"" + entry + "\",\"relative_target_path\":\"" + rel + "\"}}\n", "");
    }

    private static CommandResult allowed(String reason, String rel) {
        return new CommandResult(0, "{\"guard_decision\":{\"allowed\":true,\"reason\":\"" + reason
                + "\",\"relative_target_path\":\"" + rel + "\"}}\n", "");
    }

    @Test
    void protectedPathTableOfSection71() {
        assertEquals(blocked("input", "input/brief.md"), path("input/brief.md", null));
        assertEquals(blocked("input", "input"), path("input", null));
        assertEquals(allowed("Target path is not protected.", "inputs/x"), path("inputs/x", null));
        assertEquals(allowed("Approved flow \\\"host_export_regeneration\\\" may write protected path exports/hosts.",
                "exports/hosts/claude/a.md"), path(root + "/exports/hosts/claude/a.md", "host_export_regeneration"));
        assertEquals(blocked("exports/hosts", "exports/hosts/x"), path("exports/hosts/x", "other"));
        assertEquals(allowed("Target is outside the project root.", "../outside.md"), path("../outside.md", null));
        assertEquals(allowed("Target path is not protected.", ""), path(".", null));
        assertEquals(blocked("input", "input/x"), path("a/../input/x", null));
        assertEquals(allowed("Target path is not protected.", "Input/x"), path("Input/x", null));
        assertEquals(allowed("Target path is not protected.", "notes/x.md"), path("notes/x.md", "pipeline_integration"));
    }

    private CommandResult loop(String phase, String cap) {
        String p = "{\"run_id\":\"run-1\",\"phase\":\"" + phase + "\",\"state_root\":\"" + state + "\",\"loop_cap\":" + cap + "}";
        return Cli.run(root, Map.of(), p, "hook", "loop-cap");
    }

    private String loopLine(boolean ok, String reason, int current, int cap) {
        return "{\"guard_decision\":{\"allowed\":" + ok + ",\"reason\":\"" + reason + "\",\"current_loop_count\":" + current
                + ",\"loop_cap\":" + cap + ",\"status_path\":\"" + state + "/runs/run-1/status.json\"}}\n";
    }

    @Test
    void loopCapRowsOfSection72() {
        assertEquals(new CommandResult(43, loopLine(false, "Loop cap reached for phase review: 2/2", 2, 2), ""), loop("review", "2"));
        assertEquals(new CommandResult(0, loopLine(true, "Loop count 1/2 is within cap for phase verify.", 1, 2), ""),
                loop("verify", "2"));
        assertEquals(new CommandResult(0, loopLine(true, "Loop count 0/1 is within cap for phase design.", 0, 1), ""),
                loop("design", "1"));
    }

    @Test
    void errorMessagesOfSection81() {
        assertEquals(new CommandResult(1, "", "Unexpected token 'g', \"garbage\" is not valid JSON\n"),
                Cli.run(root, Map.of(), "garbage", "hook", "protected-path"));
        assertEquals(new CommandResult(1, "", "Unexpected token 'g', \"garbage\" is not valid JSON\n"),
                Cli.run(root, Map.of(), "garbage", "hook", "loop-cap"));
        assertEquals(new CommandResult(1, "", "Cannot read properties of null (reading 'run_id')\n"),
                Cli.run(root, Map.of(), "null", "hook", "loop-cap"));
        assertEquals(new CommandResult(1, "", "run_id is required\n"), Cli.run(root, Map.of(), "", "hook", "loop-cap"));
        assertEquals(new CommandResult(1, "", "target_path is required\n"), Cli.run(root, Map.of(), "", "hook", "protected-path"));
    }

    @Test
    void corruptStatusFileIsAnErrorNotADecision() throws IOException {
        Files.writeString(state.resolve("runs/run-1/status.json"), "{\"phase_loop_counts\":");
        assertEquals(new CommandResult(1, "", "Unexpected end of JSON input\n"), loop("review", "2"));
        String claude = "{\"session_id\":\"s\",\"cwd\":\"" + root + "\",\"hook_event_name\":\"SessionStart\",\"source\":\"startup\"}";
        CommandResult host = Cli.run(root, Map.of("WAZIR_LOOP_CAP", "1"), claude, "hook", "loop-cap");
        assertEquals(new CommandResult(1, "", "Unexpected end of JSON input\n"), host);
    }

    @Test
    void loopCapSpeaksEachHost() {
        Map<String, String> env = Map.of("WAZIR_LOOP_CAP", "2");
        String reason = "Loop cap reached for phase review: 2/2";
        String claudeStart = "{\"session_id\":\"s\",\"transcript_path\":\"/t\",\"cwd\":\"" + root
                + "\",\"hook_event_name\":\"SessionStart\",\"source\":\"startup\"}";
        // SessionStart cannot refuse anything in Claude Code: exit 0 with a notice and added context.
        assertEquals(new CommandResult(0, "{\"systemMessage\":\"" + reason + "\",\"hookSpecificOutput\":{"
                + "\"hookEventName\":\"SessionStart\",\"additionalContext\":\"" + reason + ". Do not start another loop "
                + "of this phase; report the state to the user and ask how to go on.\"}}\n", reason + "\n"),
                Cli.run(root, env, claudeStart, "hook", "loop-cap"));
        String claudePrompt = "{\"session_id\":\"s\",\"cwd\":\"" + root + "\",\"hook_event_name\":\"PreToolUse\","
                + "\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"ls\"}}";
        assertEquals(new CommandResult(2, "{\"hookSpecificOutput\":{\"hookEventName\":\"PreToolUse\","
                + "\"permissionDecision\":\"deny\",\"permissionDecisionReason\":\"" + reason + "\"}}\n", reason + "\n"),
                Cli.run(root, env, claudePrompt, "hook", "loop-cap"));
        String cursor = "{\"conversation_id\":\"c\",\"generation_id\":\"g\",\"hook_event_name\":\"sessionStart\","
                + "\"workspace_roots\":[\"" + root + "\"]}";
        assertEquals(new CommandResult(2, "{\"permission\":\"deny\",\"user_message\":\"" + reason + "\",\"agent_message\":\""
                + reason + "\"}\n", reason + "\n"), Cli.run(root, env, cursor, "hook", "loop-cap", "--host", "cursor"));
        String gemini = "{\"session_id\":\"s\",\"cwd\":\"" + root + "\",\"hook_event_name\":\"BeforeTool\","
                + "\"tool_name\":\"run_shell_command\",\"tool_input\":{\"command\":\"ls\"}}";
        assertEquals(new CommandResult(2, "{\"decision\":\"deny\",\"reason\":\"" + reason + "\"}\n", reason + "\n"),
                Cli.run(root, env, gemini, "hook", "loop-cap"));
        String codex = "{\"session_id\":\"s\",\"turn_id\":\"t\",\"cwd\":\"" + root + "\",\"hook_event_name\":\"PreToolUse\","
                + "\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"ls\"}}";
        assertEquals(2, Cli.run(root, env, codex, "hook", "loop-cap").exitCode());
        // The phase from the environment wins over the run's own phase.
        assertEquals(new CommandResult(0, "{}\n", ""),
                Cli.run(root, Map.of("WAZIR_LOOP_CAP", "2", "WAZIR_PHASE", "verify"), claudeStart, "hook", "loop-cap"));
        // Without a cap there is nothing to enforce.
        assertEquals(new CommandResult(0, "{\"permission\":\"allow\"}\n", ""),
                Cli.run(root, Map.of(), cursor, "hook", "loop-cap", "--host", "cursor"));
    }
}
