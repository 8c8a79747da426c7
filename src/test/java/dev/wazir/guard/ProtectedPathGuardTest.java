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

/** §7.1 of the spec: the observed 1.0.0 payload examples, the host payloads and the bypass spellings. */
class ProtectedPathGuardTest {
    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void fixture() throws IOException {
        root = tmp.resolve("project");
        Files.createDirectories(root.resolve("input"));
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("wazir.manifest.yaml"),
                "project:\n  name: fixture\npaths:\n  state_root_default: .state/{project_slug}\n"
                        + "protected_paths:\n  - input\n  - exports/hosts\n");
    }

    private CommandResult legacy(String payload) {
        return Cli.run(root, Map.of(), payload, "hook", "protected-path");
    }

    private String payload(String target) {
        return "{\"project_root\":\"" + root + "\",\"target_path\":\"" + target + "\"}";
    }

    @Test
    void observedBlockOfInputFile() {
        CommandResult r = legacy(payload("input/brief.md"));
        assertEquals(new CommandResult(42, "{\"guard_decision\":{\"allowed\":false,\"reason\":\"Protected path blocked: input/brief.md\","
                + "\"protected_path\":\"input\",\"relative_target_path\":\"input/brief.md\"}}\n", ""), r);
    }

    @Test
    void observedBlockOfTheFolderItself() {
        CommandResult r = legacy(payload("input"));
        assertEquals(42, r.exitCode());
        assertTrue(r.stdout().contains("\"protected_path\":\"input\",\"relative_target_path\":\"input\""), r.stdout());
    }

    @Test
    void observedSimilarPrefixIsNotProtected() {
        assertEquals(new CommandResult(0, "{\"guard_decision\":{\"allowed\":true,\"reason\":\"Target path is not protected.\","
                + "\"relative_target_path\":\"inputs/x\"}}\n", ""), legacy(payload("inputs/x")));
    }

    @Test
    void observedApprovedFlowWithAbsoluteTarget() {
        String p = "{\"project_root\":\"" + root + "\",\"target_path\":\"" + root + "/exports/hosts/claude/a.md\","
                + "\"approved_flow\":\"host_export_regeneration\"}";
        assertEquals(new CommandResult(0, "{\"guard_decision\":{\"allowed\":true,\"reason\":\"Approved flow \\\"host_export_regeneration\\\" "
                + "may write protected path exports/hosts.\",\"relative_target_path\":\"exports/hosts/claude/a.md\"}}\n", ""), legacy(p));
    }

    @Test
    void observedOtherFlowIsBlocked() {
        String p = "{\"project_root\":\"" + root + "\",\"target_path\":\"exports/hosts/x\",\"approved_flow\":\"other\"}";
        CommandResult r = legacy(p);
        assertEquals(42, r.exitCode());
        assertTrue(r.stdout().contains("\"protected_path\":\"exports/hosts\""));
    }

    @Test
    void observedOutsideDotAndDotDot() {
        assertEquals("{\"guard_decision\":{\"allowed\":true,\"reason\":\"Target is outside the project root.\","
                + "\"relative_target_path\":\"../outside.md\"}}\n", legacy(payload("../outside.md")).stdout());
        assertEquals("{\"guard_decision\":{\"allowed\":true,\"reason\":\"Target path is not protected.\","
                + "\"relative_target_path\":\"\"}}\n", legacy(payload(".")).stdout());
        CommandResult r = legacy(payload("a/../input/x"));
        assertEquals(42, r.exitCode());
        assertTrue(r.stdout().contains("\"relative_target_path\":\"input/x\""));
    }

    @Test
    void observedCaseSensitiveAndIrrelevantFlow() {
        assertEquals(0, legacy(payload("Input/x")).exitCode());
        String p = "{\"project_root\":\"" + root + "\",\"target_path\":\"notes/x.md\",\"approved_flow\":\"pipeline_integration\"}";
        CommandResult r = legacy(p);
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().contains("Target path is not protected."));
    }

    @Test
    void pipelineIntegrationMayWriteRoles() throws IOException {
        Files.writeString(root.resolve("wazir.manifest.yaml"), "protected_paths: [input, roles, workflows]\n");
        String p = "{\"project_root\":\"" + root + "\",\"target_path\":\"roles/executor.md\",\"approved_flow\":\"pipeline_integration\"}";
        CommandResult r = legacy(p);
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().contains("pipeline_integration"));
    }

    @Test
    void errorsOfThe100Payload() {
        assertEquals(new CommandResult(1, "", "target_path is required\n"), legacy(""));
        assertEquals(new CommandResult(1, "", "target_path is required\n"), legacy("   \n"));
        assertEquals(new CommandResult(1, "", "target_path is required\n"), legacy("{\"project_root\":\"" + root + "\"}"));
        assertEquals(new CommandResult(1, "", "Cannot read properties of null (reading 'project_root')\n"), legacy("null"));
        CommandResult garbage = legacy("garbage");
        assertEquals(1, garbage.exitCode());
        assertEquals("", garbage.stdout());
        assertTrue(garbage.stderr().endsWith("\n") && garbage.stderr().split("\n").length == 1, garbage.stderr());
    }

    @Test
    void missingManifestIsReported() {
        Path elsewhere = tmp.resolve("none");
        String p = "{\"project_root\":\"" + elsewhere + "\",\"target_path\":\"x\"}";
        assertEquals(new CommandResult(1, "", "ENOENT: no such file or directory, open '" + elsewhere
                + "/wazir.manifest.yaml'\n"), legacy(p));
    }

    @Test
    void missingProtectedPathsIsReported() throws IOException {
        Files.writeString(root.resolve("wazir.manifest.yaml"), "project: {name: x}\n");
        assertEquals(new CommandResult(1, "", "Cannot read properties of undefined (reading 'find')\n"),
                legacy(payload("input/x")));
    }

    @Test
    void noBypassBySpelling() throws IOException {
        for (String spelling : new String[] {"./input/x", "input//x", "input/x/", "src/../input/x", root + "/input/x",
                root + "//input/./x"}) {
            CommandResult r = legacy(payload(spelling));
            assertEquals(42, r.exitCode(), spelling);
            assertTrue(r.stdout().contains("\"relative_target_path\":\"input/x\""), spelling + " -> " + r.stdout());
        }
        Files.createSymbolicLink(root.resolve("src/link"), root.resolve("input"));
        CommandResult viaLink = legacy(payload("src/link/new.md"));
        assertEquals(42, viaLink.exitCode(), viaLink.stdout());
        Path outsideLink = tmp.resolve("outside-link");
        Files.createSymbolicLink(outsideLink, root.resolve("input"));
        assertEquals(42, legacy(payload(outsideLink + "/y.md")).exitCode());
    }

    @Test
    void danglingLinkIntoAProtectedFolderIsBlocked() throws IOException {
        // Writing through a link whose target does not exist yet creates that target.
        Files.createSymbolicLink(root.resolve("src/new.md"), root.resolve("input/new.md"));
        Files.createSymbolicLink(root.resolve("notes.md"), Path.of("input/sub/deeper.md"));
        Files.createSymbolicLink(root.resolve("hop.md"), Path.of("src/new.md"));
        assertEquals(new CommandResult(42, "{\"guard_decision\":{\"allowed\":false,\"reason\":\"Protected path blocked: "
                + "input/new.md\",\"protected_path\":\"input\",\"relative_target_path\":\"input/new.md\"}}\n", ""),
                legacy(payload("src/new.md")));
        assertTrue(legacy(payload("notes.md")).stdout().contains("\"relative_target_path\":\"input/sub/deeper.md\""));
        assertEquals(42, legacy(payload("hop.md")).exitCode());
        CommandResult host = Cli.run(root, Map.of(), claude(root + "/notes.md"), "hook", "protected-path");
        assertEquals(2, host.exitCode());
        assertEquals("Protected path blocked: input/sub/deeper.md\n", host.stderr());
        // A link pointing at itself is taken as written, without looping.
        Files.createSymbolicLink(root.resolve("loop.md"), Path.of("loop.md"));
        assertEquals(0, legacy(payload("loop.md")).exitCode());
    }

    @Test
    void letterCaseIsIgnoredOnlyWhereTheFileSystemIgnoresIt() throws IOException {
        Files.writeString(root.resolve("wazir.manifest.yaml"), "protected_paths: [input, Exports/Hosts]\n");
        ProtectedPathGuard folding = ProtectedPathGuard.forProject(root, true);
        for (String spelling : new String[] {"Input/x.md", "INPUT/x.md", "./iNpUt//x.md", "exports/hosts/a", root + "/EXPORTS/hosts"}) {
            GuardDecision d = folding.decide(spelling, root, null);
            assertEquals(false, d.allowed(), spelling);
        }
        assertEquals(true, folding.decide("Inputs/x.md", root, null).allowed());
        ProtectedPathGuard exact = ProtectedPathGuard.forProject(root, false);
        assertEquals(true, exact.decide("Input/x.md", root, null).allowed());
        assertEquals(true, exact.decide("exports/hosts/a", root, null).allowed());
        assertEquals(false, exact.decide("Exports/Hosts/a", root, null).allowed());
        // On this machine's file system the probe decides; Linux file systems in CI are case-sensitive.
        boolean insensitive = PathSpelling.caseInsensitive(root);
        assertEquals(insensitive ? 42 : 0, legacy(payload("Input/x")).exitCode());
    }

    @Test
    void entryWrittenWithTrailingSlashProtectsLikeTheFolder() throws IOException {
        Files.writeString(root.resolve("wazir.manifest.yaml"), "protected_paths: ['input/', './roles']\n");
        CommandResult r = legacy(payload("input/a.md"));
        assertEquals(42, r.exitCode());
        assertTrue(r.stdout().contains("\"protected_path\":\"input/\""));
        assertEquals(42, legacy(payload("roles/a.md")).exitCode());
    }

    private String claude(String filePath) {
        return "{\"session_id\":\"abc\",\"transcript_path\":\"/tmp/t.jsonl\",\"cwd\":\"" + root + "\","
                + "\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"Write\",\"tool_input\":{\"file_path\":\""
                + filePath + "\",\"content\":\"hello\"}}";
    }

    @Test
    void claudeCodeWriteIntoProtectedFolderIsDeniedWithExitTwo() {
        CommandResult r = Cli.run(root, Map.of(), claude(root + "/input/x.md"), "hook", "protected-path");
        assertEquals(2, r.exitCode());
        assertEquals("Protected path blocked: input/x.md\n", r.stderr());
        assertEquals("{\"hookSpecificOutput\":{\"hookEventName\":\"PreToolUse\",\"permissionDecision\":\"deny\","
                + "\"permissionDecisionReason\":\"Protected path blocked: input/x.md\"}}\n", r.stdout());
    }

    @Test
    void claudeCodeWriteElsewhereIsAllowed() {
        CommandResult r = Cli.run(root, Map.of(), claude(root + "/src/Main.java"), "hook", "protected-path");
        assertEquals(new CommandResult(0, "{}\n", ""), r);
    }

    @Test
    void claudeProjectDirFromEnvironmentFindsTheManifest() {
        String p = "{\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"Edit\",\"tool_input\":{\"file_path\":\""
                + root + "/input/a.md\"}}";
        CommandResult r = Cli.run(tmp, Map.of("CLAUDE_PROJECT_DIR", root.toString()), p, "hook", "protected-path");
        assertEquals(2, r.exitCode());
    }

    @Test
    void payloadCwdInSubfolderWalksUpToTheManifest() {
        String p = "{\"cwd\":\"" + root.resolve("src") + "\",\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"Write\","
                + "\"tool_input\":{\"file_path\":\"../input/a.md\"}}";
        CommandResult r = Cli.run(tmp, Map.of(), p, "hook", "protected-path");
        assertEquals(2, r.exitCode(), r.stderr());
    }

    @Test
    void codexApplyPatchNamesEveryFile() {
        String patch = "*** Begin Patch\\n*** Update File: src/A.java\\n@@\\n-a\\n+b\\n*** Add File: input/new.md\\n+x\\n*** End Patch";
        String p = "{\"session_id\":\"s\",\"turn_id\":\"t\",\"cwd\":\"" + root + "\",\"hook_event_name\":\"PreToolUse\","
                + "\"tool_name\":\"apply_patch\",\"tool_input\":{\"command\":\"" + patch + "\"}}";
        CommandResult r = Cli.run(tmp, Map.of(), p, "hook", "protected-path");
        assertEquals(2, r.exitCode());
        assertEquals("Protected path blocked: input/new.md\n", r.stderr());
        String moved = "*** Begin Patch\\n*** Update File: src/A.java\\n*** Move to: exports/hosts/a\\n*** End Patch";
        String p2 = "{\"turn_id\":\"t\",\"cwd\":\"" + root + "\",\"hook_event_name\":\"PreToolUse\","
                + "\"tool_name\":\"apply_patch\",\"tool_input\":{\"command\":\"" + moved + "\"}}";
        assertEquals(2, Cli.run(tmp, Map.of(), p2, "hook", "protected-path").exitCode());
    }

    @Test
    void geminiBeforeToolDenial() {
        String p = "{\"session_id\":\"s\",\"cwd\":\"" + root + "\",\"hook_event_name\":\"BeforeTool\",\"timestamp\":\"2026-01-01T00:00:00Z\","
                + "\"tool_name\":\"write_file\",\"tool_input\":{\"file_path\":\"input/g.md\",\"content\":\"x\"}}";
        CommandResult r = Cli.run(tmp, Map.of(), p, "hook", "protected-path");
        assertEquals(new CommandResult(2, "{\"decision\":\"deny\",\"reason\":\"Protected path blocked: input/g.md\"}\n",
                "Protected path blocked: input/g.md\n"), r);
    }

    @Test
    void cursorPreToolUseDenialAndAllow() {
        String p = "{\"conversation_id\":\"c\",\"generation_id\":\"g\",\"hook_event_name\":\"preToolUse\",\"workspace_roots\":[\""
                + root + "\"],\"tool_name\":\"Write\",\"tool_input\":{\"file_path\":\"" + root + "/input/c.md\"}}";
        CommandResult r = Cli.run(tmp, Map.of(), p, "hook", "protected-path");
        assertEquals(2, r.exitCode());
        assertEquals("{\"permission\":\"deny\",\"user_message\":\"Protected path blocked: input/c.md\","
                + "\"agent_message\":\"Protected path blocked: input/c.md\"}\n", r.stdout());
        String ok = p.replace("/input/c.md", "/src/c.md");
        assertEquals(new CommandResult(0, "{\"permission\":\"allow\"}\n", ""), Cli.run(tmp, Map.of(), ok, "hook", "protected-path"));
    }

    @Test
    void hostToolWithoutAFileIsAllowed() {
        String p = "{\"cwd\":\"" + root + "\",\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"ls\"}}";
        assertEquals(new CommandResult(0, "{}\n", ""), Cli.run(tmp, Map.of(), p, "hook", "protected-path"));
    }

    @Test
    void hostPayloadOutsideAnyProjectFailsWithoutBlocking() {
        Path lonely = tmp.resolve("lonely");
        String p = "{\"cwd\":\"" + lonely + "\",\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"Write\",\"tool_input\":{\"file_path\":\"a\"}}";
        CommandResult r = Cli.run(tmp, Map.of(), p, "hook", "protected-path");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("Could not find wazir.manifest.yaml from "), r.stderr());
    }

    @Test
    void hostOptionForcesTheAnswerFormat() {
        CommandResult r = Cli.run(root, Map.of(), claude(root + "/input/x.md"), "hook", "protected-path", "--host", "gemini");
        assertEquals(2, r.exitCode());
        assertTrue(r.stdout().startsWith("{\"decision\":\"deny\""));
        assertEquals(new CommandResult(1, "", "Unknown host: vim (expected claude, codex, gemini or cursor)\n"),
                Cli.run(root, Map.of(), "{}", "hook", "protected-path", "--host", "vim"));
        assertEquals(new CommandResult(1, "", "Missing value for --host\n"),
                Cli.run(root, Map.of(), "{}", "hook", "protected-path", "--host"));
    }

    @Test
    void hookUsageErrors() {
        CommandResult none = Cli.run(root, "hook");
        assertEquals(1, none.exitCode());
        assertTrue(none.stderr().startsWith("Usage: wazir hook"));
        CommandResult unknown = Cli.run(root, "hook", "nope");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.stderr().startsWith("Unknown hook: nope\n"));
        assertEquals(1, Cli.run(root, "hook", "loop-cap", "--bogus").exitCode());
    }
}
