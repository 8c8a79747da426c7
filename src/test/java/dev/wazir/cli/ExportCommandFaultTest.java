package dev.wazir.cli;

import dev.wazir.export.ExportFixture;
import dev.wazir.export.HostExportTransaction.Faults;
import dev.wazir.export.HostExportTransaction.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The failure injections of the export transaction as the command reports them: the message on
 * stderr with one LF, exit 1, nothing on stdout, the previous exports unchanged.
 */
class ExportCommandFaultTest {
    @TempDir
    Path root;
    private Map<String, String> previous;

    @BeforeEach
    void previousExports() {
        ExportFixture.create(root);
        assertEquals(0, run(Faults.NONE, "build").exitCode());
        ExportFixture.write(root, "wazir.manifest.yaml",
                ExportFixture.read(root, "wazir.manifest.yaml").replace("Fixture Export", "Fixture Export 2"));
        previous = ExportFixture.snapshot(root.resolve("exports/hosts"));
    }

    private CommandResult run(Faults faults, String... args) {
        ExportCommand command = new ExportCommand(ExportPrechecks.DEFAULT, ExportPrechecks.SCHEMA_VALIDATOR, faults);
        List<String> rest = List.of(args);
        String subcommand = rest.isEmpty() || rest.get(0).startsWith("-") ? null : rest.get(0);
        return command.run(subcommand, subcommand == null ? rest : rest.subList(1, rest.size()),
                new Invocation(root, Map.of(), null));
    }

    private static Faults failing(Step step, String host, String message) {
        return (s, h, path) -> {
            if (s == step && h.equals(host)) {
                throw new IOException(message);
            }
        };
    }

    private void assertFails(String stderr, Faults faults) {
        CommandResult result = run(faults, "build");
        assertEquals(1, result.exitCode());
        assertEquals("", result.stdout());
        assertEquals(stderr + "\n", result.stderr());
    }

    @Test
    void stagedMetadataWriteFailure() {
        assertFails("simulated staged metadata failure",
                failing(Step.WRITE_METADATA, "claude", "simulated staged metadata failure"));
        assertEquals(previous, ExportFixture.snapshot(root.resolve("exports/hosts")));
    }

    @Test
    void stagedSwapFailure() {
        assertFails("simulated staged swap failure", failing(Step.SWAP_IN, "claude", "simulated staged swap failure"));
        assertEquals(previous, ExportFixture.snapshot(root.resolve("exports/hosts")));
    }

    @Test
    void laterHostSwapFailureWithARollbackFailure() {
        Faults swap = failing(Step.SWAP_IN, "codex", "simulated later-host swap failure");
        Faults restore = failing(Step.RESTORE_BACKUP, "claude", "simulated rollback failure");
        assertFails("Host export build failed: simulated later-host swap failure."
                + " Cross-host rollback also failed: claude: simulated rollback failure", (s, h, p) -> {
                    swap.before(s, h, p);
                    restore.before(s, h, p);
                });
    }

    @Test
    void backupMarkerWriteFailure() {
        assertFails("Failed to mark backup directory for " + root.resolve("exports/hosts/claude")
                + ": simulated marker failure", failing(Step.WRITE_BACKUP_MARKER, "claude", "simulated marker failure"));
        assertEquals(previous, ExportFixture.snapshot(root.resolve("exports/hosts")));
    }

    @Test
    void aCleanupFailureIsAWarningInTextAndJson() {
        Faults cleanup = failing(Step.DELETE_BACKUP, "claude", "simulated cleanup failure");
        CommandResult text = run(cleanup, "build");
        assertEquals(0, text.exitCode());
        assertEquals("Generated host exports for claude, codex, gemini, cursor."
                + " Warnings: claude: simulated cleanup failure.\n", text.stdout());
        CommandResult json = run(cleanup, "build", "--json");
        assertEquals(0, json.exitCode());
        assertEquals("{\n  \"hosts\": [\n    \"claude\",\n    \"codex\",\n    \"gemini\",\n    \"cursor\"\n  ],\n"
                + "  \"source_count\": 8,\n  \"warnings\": [\n    \"claude: simulated cleanup failure\"\n  ]\n}\n",
                json.stdout());
        assertEquals("", json.stderr());
    }
}
