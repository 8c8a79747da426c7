package dev.wazir.export;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.wazir.export.ExportFixture.read;
import static dev.wazir.export.ExportFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportHostSelectionTest {
    @TempDir
    Path root;

    private CommandResult wazir(String... args) {
        return Cli.run(root, args);
    }

    private Map<String, String> hostTree(String host) {
        return ExportFixture.snapshot(root.resolve("exports/hosts/" + host));
    }

    @Test
    void buildWithHostRebuildsOnlyThatHost() {
        ExportFixture.create(root);
        assertEquals(0, wazir("export", "build").exitCode());
        write(root, "roles/clarifier.md", ExportFixture.CLARIFIER + "\nChanged.\n");
        Map<String, String> codex = hostTree("codex");
        Map<String, String> claude = hostTree("claude");
        CommandResult result = wazir("export", "build", "--host", "claude");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("Generated host exports for claude.\n", result.stdout());
        assertNotEquals(claude, hostTree("claude"));
        assertEquals(codex, hostTree("codex"));
        assertEquals(ExportFixture.CLARIFIER + "\nChanged.\n", read(root, "exports/hosts/claude/.claude/agents/clarifier.md")
                .substring(read(root, "exports/hosts/claude/.claude/agents/clarifier.md").indexOf("# clarifier")));
    }

    @Test
    void exportWithHostAndNoSubcommandBuildsThoseHostsInManifestOrder() {
        ExportFixture.create(root);
        CommandResult result = wazir("export", "--host", "cursor", "--host=claude", "--host", "cursor", "--json");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("{\n  \"hosts\": [\n    \"claude\",\n    \"cursor\"\n  ],\n  \"source_count\": 8,\n  \"warnings\": []\n}\n",
                result.stdout());
        assertTrue(Files.exists(root.resolve("exports/hosts/cursor/.cursor/hooks.json")));
        assertFalse(Files.exists(root.resolve("exports/hosts/codex/AGENTS.md")));
    }

    @Test
    void checkWithHostLooksOnlyAtThatHost() {
        ExportFixture.create(root);
        wazir("export", "build", "--host", "codex");
        CommandResult ok = wazir("export", "--check", "--host", "codex");
        assertEquals(0, ok.exitCode(), ok.stderr());
        assertEquals("Export drift check passed.\n", ok.stdout());
        CommandResult drift = wazir("export", "--check", "--host", "gemini", "--host", "codex");
        assertEquals(1, drift.exitCode());
        assertEquals("Export drift detected:\n- codex: export package is missing\n".replace("codex", "gemini"),
                drift.stderr());
    }

    @Test
    void anUnknownHostIsRefusedWithOneLineAndNothingIsWritten() {
        ExportFixture.create(root);
        var before = ExportFixture.snapshot(root);
        for (List<String> args : List.of(List.of("export", "build", "--host", "vscode"),
                List.of("export", "--host", "Claude"), List.of("export", "--check", "--host", "vscode"))) {
            CommandResult result = wazir(args.toArray(String[]::new));
            assertEquals(1, result.exitCode(), args.toString());
            String host = args.get(args.size() - 1);
            assertEquals("Unknown host: " + host + " (known hosts: claude, codex, gemini, cursor)\n", result.stderr());
            assertEquals("", result.stdout());
        }
        assertEquals(before, ExportFixture.snapshot(root));
    }

    @Test
    void aHostTheManifestDoesNotDeclareIsRefused() {
        ExportFixture.create(root, List.of("claude", "codex"));
        var before = ExportFixture.snapshot(root);
        CommandResult result = wazir("export", "--host", "cursor");
        assertEquals(1, result.exitCode());
        assertEquals("Host cursor is not declared in wazir.manifest.yaml (declared hosts: claude, codex)\n", result.stderr());
        assertEquals(before, ExportFixture.snapshot(root));
    }

    @Test
    void hostWithoutAValueIsRefused() {
        ExportFixture.create(root);
        for (List<String> args : List.of(List.of("export", "build", "--host"), List.of("export", "--host", "--json"),
                List.of("export", "build", "--host="))) {
            CommandResult result = wazir(args.toArray(String[]::new));
            assertEquals(1, result.exitCode(), args.toString());
            assertEquals("Missing value for --host\n", result.stderr());
        }
    }

    @Test
    void hostFoldersOutsideTheManifestAreNeverTouched() {
        ExportFixture.create(root, List.of("claude"));
        write(root, "exports/hosts/codex/AGENTS.md", "kept\n");
        assertEquals(0, wazir("export", "build").exitCode());
        assertEquals("kept\n", read(root, "exports/hosts/codex/AGENTS.md"));
    }
}
