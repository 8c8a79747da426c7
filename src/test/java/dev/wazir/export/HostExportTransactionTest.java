package dev.wazir.export;

import dev.wazir.WazirException;
import dev.wazir.export.HostExportTransaction.Faults;
import dev.wazir.export.HostExportTransaction.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.wazir.export.ExportFixture.read;
import static dev.wazir.export.ExportFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failure injected at each step of a build leaves the previous exports exactly as they were. */
class HostExportTransactionTest {
    @TempDir
    Path root;
    private Path hosts;
    private Map<String, String> previous;

    @BeforeEach
    void previousExports() {
        ExportFixture.create(root);
        hosts = root.resolve("exports/hosts");
        build(Faults.NONE);
        write(root, "wazir.manifest.yaml", read(root, "wazir.manifest.yaml").replace("Fixture Export", "Fixture Export 2"));
        previous = ExportFixture.snapshot(hosts);
    }

    private HostExport.Summary build(Faults faults) {
        return new HostExport(root, (schema, value) -> List.of(), faults).build(null);
    }

    /** Fails the given step for the given host every time it is reached. */
    private static Faults failing(Step step, String host, String message) {
        return (s, h, path) -> {
            if (s == step && h.equals(host)) {
                throw new IOException(message);
            }
        };
    }

    private static Faults both(Faults a, Faults b) {
        return (s, h, path) -> {
            a.before(s, h, path);
            b.before(s, h, path);
        };
    }

    private String failure(Faults faults) {
        return assertThrows(WazirException.class, () -> build(faults)).getMessage();
    }

    private List<String> scratch() {
        try (Stream<Path> list = Files.list(hosts)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertUntouched() {
        assertEquals(previous, ExportFixture.snapshot(hosts));
        assertEquals(List.of(), scratch());
    }

    @Test
    void stagedMetadataWriteFailure() {
        assertEquals("simulated staged metadata failure",
                failure(failing(Step.WRITE_METADATA, "claude", "simulated staged metadata failure")));
        assertUntouched();
    }

    @Test
    void failureCreatingAStagingFolder() {
        assertEquals("simulated mkdir failure", failure(failing(Step.CREATE_STAGING, "gemini", "simulated mkdir failure")));
        assertUntouched();
    }

    @Test
    void failureWritingAStagedMarker() {
        assertEquals("simulated marker failure", failure(failing(Step.WRITE_STAGED_MARKER, "codex", "simulated marker failure")));
        assertUntouched();
    }

    @Test
    void failureWritingAGeneratedFileOfTheLastHost() {
        assertEquals("simulated write failure", failure(failing(Step.WRITE_FILE, "cursor", "simulated write failure")));
        assertUntouched();
    }

    @Test
    void stagedSwapFailureRestoresTheHost() {
        assertEquals("simulated staged swap failure", failure(failing(Step.SWAP_IN, "claude", "simulated staged swap failure")));
        assertUntouched();
    }

    @Test
    void swapAndRestoreFailingLeavesTheMarkedBackup() {
        String message = failure(both(failing(Step.SWAP_IN, "claude", "simulated staged swap failure"),
                failing(Step.RESTORE_BACKUP, "claude", "simulated rollback failure")));
        assertEquals("Failed to replace " + hosts.resolve("claude") + ": simulated staged swap failure."
                + " Rollback also failed: simulated rollback failure", message);
        assertFalse(Files.exists(hosts.resolve("claude")));
        List<String> left = scratch();
        assertEquals(1, left.size());
        assertTrue(left.get(0).startsWith(".claude.backup-"));
        assertEquals("{\n  \"kind\": \"backup\",\n  \"host\": \"claude\"\n}",
                read(hosts, left.get(0) + "/" + HostExportTransaction.SCRATCH_MARKER));
        build(Faults.NONE);
        assertEquals(List.of(), scratch());
        assertTrue(Files.exists(hosts.resolve("claude/CLAUDE.md")));
    }

    @Test
    void laterHostSwapFailureRollsBackEarlierHosts() {
        assertEquals("simulated later-host swap failure",
                failure(failing(Step.SWAP_IN, "codex", "simulated later-host swap failure")));
        assertUntouched();
    }

    @Test
    void laterHostFailureWithARollbackFailureReportsBoth() {
        String message = failure(both(failing(Step.SWAP_IN, "codex", "simulated later-host swap failure"),
                failing(Step.RESTORE_BACKUP, "claude", "simulated rollback failure")));
        assertEquals("Host export build failed: simulated later-host swap failure."
                + " Cross-host rollback also failed: claude: simulated rollback failure", message);
    }

    @Test
    void failureMovingALaterHostToItsBackup() {
        assertEquals("simulated rename failure", failure(failing(Step.MOVE_TO_BACKUP, "gemini", "simulated rename failure")));
        assertUntouched();
    }

    @Test
    void failureRemovingTheStagedMarkerOfTheLastHost() {
        assertEquals("simulated unlink failure",
                failure(failing(Step.REMOVE_STAGED_MARKER, "cursor", "simulated unlink failure")));
        assertUntouched();
    }

    @Test
    void backupMarkerWriteFailure() {
        assertEquals("Failed to mark backup directory for " + hosts.resolve("claude") + ": simulated marker failure",
                failure(failing(Step.WRITE_BACKUP_MARKER, "claude", "simulated marker failure")));
        assertUntouched();
    }

    @Test
    void backupMarkerAndItsRollbackFailing() {
        String message = failure(both(failing(Step.WRITE_BACKUP_MARKER, "codex", "simulated marker failure"),
                failing(Step.RESTORE_BACKUP, "codex", "simulated rollback failure")));
        assertEquals("Failed to mark backup directory for " + hosts.resolve("codex")
                + ": simulated marker failure. Rollback also failed: simulated rollback failure", message);
        assertFalse(Files.exists(hosts.resolve("codex")));
        assertEquals(ExportFixture.snapshot(hosts.resolve("claude")).toString(),
                previousOf("claude").toString(), "claude rolled back");
    }

    private Map<String, String> previousOf(String host) {
        Map<String, String> out = new java.util.TreeMap<>();
        previous.forEach((k, v) -> {
            if (k.equals(host)) {
                out.put("", v);
            } else if (k.startsWith(host + "/")) {
                out.put(k.substring(host.length() + 1), v);
            }
        });
        return out;
    }

    @Test
    void backupCleanupFailureIsOnlyAWarning() {
        HostExport.Summary summary = build(failing(Step.DELETE_BACKUP, "claude", "simulated cleanup failure"));
        assertEquals(List.of("claude: simulated cleanup failure"), summary.warnings());
        assertEquals("Generated host exports for claude, codex, gemini, cursor. Warnings: claude: simulated cleanup failure.",
                HostExport.describe(summary));
        assertNotEquals(previous, ExportFixture.snapshot(hosts.resolve("claude")));
        assertTrue(read(hosts, "claude/CLAUDE.md").startsWith("# Fixture Export 2 for Claude"));
        List<String> left = scratch();
        assertEquals(1, left.size());
        assertTrue(left.get(0).startsWith(".claude.backup-"));
        build(Faults.NONE);
        assertEquals(List.of(), scratch());
    }

    @Test
    void aFirstBuildThatFailsLeavesNoHostFolders() throws IOException {
        HostExportTransaction.deleteRecursively(hosts);
        assertEquals("simulated later-host swap failure",
                failure(failing(Step.SWAP_IN, "gemini", "simulated later-host swap failure")));
        try (Stream<Path> list = Files.list(hosts)) {
            assertEquals(List.of(), list.toList());
        }
    }

    @Test
    void aFirstBuildWhoseRollbackCannotDeleteReportsIt() throws IOException {
        HostExportTransaction.deleteRecursively(hosts);
        assertEquals("Host export build failed: simulated later-host swap failure."
                        + " Cross-host rollback also failed: claude: simulated delete failure",
                failure(both(failing(Step.SWAP_IN, "codex", "simulated later-host swap failure"),
                        failing(Step.DELETE_ROLLED_BACK, "claude", "simulated delete failure"))));
    }

    @Test
    void markedStaleScratchFoldersAreCleanedAndLookAlikesKept() throws IOException {
        write(hosts, ".claude.backup-stale/" + HostExportTransaction.SCRATCH_MARKER, "");
        write(hosts, ".claude.backup-stale/CLAUDE.md", "old\n");
        write(hosts, ".claude.staged-stale/" + HostExportTransaction.SCRATCH_MARKER, "{}");
        write(hosts, ".claude.backup-user-data/keep.txt", "mine\n");
        write(hosts, ".claude.staged-file", "a file, not a folder\n");
        write(hosts, ".codex.backup-stale/" + HostExportTransaction.SCRATCH_MARKER, "");
        build(Faults.NONE);
        assertEquals(List.of(".claude.backup-user-data", ".claude.staged-file"), scratch());
        assertEquals("mine\n", read(hosts, ".claude.backup-user-data/keep.txt"));
    }

    @Test
    void markersAndStepsFollowTheOneZeroZeroSequence() {
        List<String> seen = new ArrayList<>();
        build((step, host, path) -> {
            if (step != Step.WRITE_FILE) {
                String entry = step + " " + host;
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(entry)) {
                    seen.add(entry);
                }
            }
            if (step == Step.REMOVE_STAGED_MARKER && host.equals("codex")) {
                assertEquals("{\n  \"kind\": \"staged\",\n  \"host\": \"codex\"\n}", read(path.getParent(), path.getFileName().toString()));
                try (Stream<Path> list = Files.list(hosts)) {
                    Path backup = list.filter(p -> p.getFileName().toString().startsWith(".codex.backup-")).findFirst().orElseThrow();
                    assertEquals("{\n  \"kind\": \"backup\",\n  \"host\": \"codex\"\n}",
                            read(backup, HostExportTransaction.SCRATCH_MARKER));
                    assertTrue(backup.getFileName().toString().matches("\\.codex\\.backup-" + ProcessHandle.current().pid() + "-\\d+"));
                }
            }
        });
        List<String> expected = new ArrayList<>();
        for (String host : List.of("claude", "codex", "gemini", "cursor")) {
            expected.addAll(List.of("CREATE_STAGING " + host, "WRITE_STAGED_MARKER " + host, "WRITE_METADATA " + host));
        }
        for (String host : List.of("claude", "codex", "gemini", "cursor")) {
            expected.addAll(List.of("MOVE_TO_BACKUP " + host, "WRITE_BACKUP_MARKER " + host,
                    "REMOVE_STAGED_MARKER " + host, "SWAP_IN " + host));
        }
        for (String host : List.of("claude", "codex", "gemini", "cursor")) {
            expected.add("DELETE_BACKUP " + host);
        }
        assertEquals(expected, seen);
        assertEquals(List.of(), scratch());
    }
}
