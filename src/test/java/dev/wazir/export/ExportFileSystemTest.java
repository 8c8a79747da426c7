package dev.wazir.export;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.wazir.export.ExportFixture.read;
import static dev.wazir.export.ExportFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** What `export build` and `export --check` do with an exports folder that is not as a build left it. */
class ExportFileSystemTest {
    @TempDir
    Path root;
    @TempDir
    Path elsewhere;

    private CommandResult wazir(String... args) {
        return Cli.run(root, args);
    }

    private Path hosts() {
        return root.resolve("exports/hosts");
    }

    private void built() {
        ExportFixture.create(root);
        CommandResult result = wazir("export", "build");
        assertEquals(0, result.exitCode(), result.stderr());
    }

    private List<String> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLinkInPlaceOfAHostFolderIsRefusedAndNothingIsWrittenThroughIt() throws IOException {
        built();
        Files.move(hosts().resolve("gemini"), elsewhere.resolve("gemini"));
        Files.createSymbolicLink(hosts().resolve("gemini"), elsewhere.resolve("gemini"));
        Map<String, String> outside = ExportFixture.snapshot(elsewhere);
        Map<String, String> before = ExportFixture.snapshot(hosts());

        CommandResult build = wazir("export", "build");
        assertEquals(1, build.exitCode());
        assertEquals("Cannot replace " + hosts().resolve("gemini")
                + ": it is a symbolic link, not a folder; remove the link and run the build again\n", build.stderr());
        assertEquals("", build.stdout());
        assertEquals(outside, ExportFixture.snapshot(elsewhere));
        assertEquals(before, ExportFixture.snapshot(hosts()));
        assertTrue(Files.isSymbolicLink(hosts().resolve("gemini")));

        CommandResult check = wazir("export", "--check");
        assertEquals(1, check.exitCode());
        assertEquals("Export drift detected:\n- gemini: export folder is a symbolic link\n", check.stderr());

        assertEquals(0, wazir("export", "build", "--host", "claude").exitCode(), "other hosts still build");
        assertEquals(outside, ExportFixture.snapshot(elsewhere));
    }

    @Test
    void aFileInPlaceOfAHostFolderIsRefusedAndKept() throws IOException {
        built();
        HostExportTransaction.deleteRecursively(hosts().resolve("codex"));
        write(hosts(), "codex", "my notes\n");
        Map<String, String> before = ExportFixture.snapshot(hosts());

        CommandResult build = wazir("export", "build");
        assertEquals(1, build.exitCode());
        assertEquals("Cannot replace " + hosts().resolve("codex")
                + ": it is not a folder; move it away and run the build again\n", build.stderr());
        assertEquals(before, ExportFixture.snapshot(hosts()));
        assertEquals("my notes\n", read(hosts(), "codex"));

        CommandResult check = wazir("export", "--check");
        assertEquals("Export drift detected:\n- codex: export package is missing\n", check.stderr());
    }

    @Test
    void aSymbolicLinkInsideAHostFolderIsDriftAndARebuildRemovesOnlyTheLink() throws IOException {
        built();
        Path target = elsewhere.resolve("mine.md");
        Files.writeString(target, "# mine\n");
        Files.delete(hosts().resolve("claude/CLAUDE.md"));
        Files.createSymbolicLink(hosts().resolve("claude/CLAUDE.md"), target);
        Files.createSymbolicLink(hosts().resolve("claude/extra.md"), target);

        CommandResult check = wazir("export", "--check");
        assertEquals("Export drift detected:\n"
                + "- claude: generated file changed CLAUDE.md\n"
                + "- claude: unexpected file extra.md\n", check.stderr());

        assertEquals(0, wazir("export", "build").exitCode());
        assertEquals("# mine\n", Files.readString(target));
        assertFalse(Files.isSymbolicLink(hosts().resolve("claude/CLAUDE.md")));
        assertFalse(Files.exists(hosts().resolve("claude/extra.md")));
        assertEquals("Export drift check passed.\n", wazir("export", "--check").stdout());
    }

    @Test
    void leftoversOfAKilledBuildAreCleanedByTheNextOne() throws IOException {
        built();
        // killed while staging codex: a marked, half-written staging folder
        write(hosts(), ".codex.staged-4242-1700000000000/" + HostExportTransaction.SCRATCH_MARKER,
                "{\n  \"kind\": \"staged\",\n  \"host\": \"codex\"\n}");
        write(hosts(), ".codex.staged-4242-1700000000000/AGENTS.md", "# half");
        // killed between the backup and the swap: claude is only in its marked backup
        Files.move(hosts().resolve("claude"), hosts().resolve(".claude.backup-4242-1700000000001"));
        write(hosts(), ".claude.backup-4242-1700000000001/" + HostExportTransaction.SCRATCH_MARKER,
                "{\n  \"kind\": \"backup\",\n  \"host\": \"claude\"\n}");

        CommandResult check = wazir("export", "--check");
        assertEquals("Export drift detected:\n- claude: export package is missing\n", check.stderr());

        CommandResult build = wazir("export", "build");
        assertEquals(0, build.exitCode(), build.stderr());
        assertEquals("Generated host exports for claude, codex, gemini, cursor.\n", build.stdout());
        assertEquals(List.of("claude", "codex", "cursor", "gemini"), entries(hosts()));
        assertEquals("Export drift check passed.\n", wazir("export", "--check").stdout());
    }

    @Test
    void aReadOnlyHostsFolderFailsInOneLineAndChangesNothing() throws IOException {
        built();
        write(root, "roles/clarifier.md", ExportFixture.CLARIFIER + "\nChanged.\n");
        Map<String, String> before = ExportFixture.snapshot(hosts());
        Files.setPosixFilePermissions(hosts(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(hosts()), "permissions are not enforced for this user (root)");
            CommandResult build = wazir("export", "build");
            assertEquals(1, build.exitCode());
            assertTrue(build.stderr().matches("EACCES: permission denied, mkdir '"
                    + java.util.regex.Pattern.quote(hosts().toString()) + "/\\.claude\\.staged-\\d+-\\d+'\n"), build.stderr());
            assertEquals(before, ExportFixture.snapshot(hosts()));
        } finally {
            Files.setPosixFilePermissions(hosts(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aBackupThatCannotBeFullyDeletedStaysMarkedAndIsRemovedLater() throws IOException {
        built();
        Path locked = hosts().resolve("claude/.claude/agents");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "permissions are not enforced for this user (root)");
            write(root, "roles/clarifier.md", ExportFixture.CLARIFIER + "\nChanged.\n");
            CommandResult build = wazir("export", "build");
            assertEquals(0, build.exitCode(), build.stderr());
            assertTrue(build.stdout().startsWith("Generated host exports for claude, codex, gemini, cursor. Warnings: claude: EACCES"),
                    build.stdout());
            List<String> left = entries(hosts()).stream().filter(n -> n.startsWith(".")).toList();
            assertEquals(1, left.size());
            Path backup = hosts().resolve(left.get(0));
            assertTrue(Files.exists(backup.resolve(HostExportTransaction.SCRATCH_MARKER)), "the leftover keeps its marker");

            CommandResult again = wazir("export", "build");
            assertEquals(0, again.exitCode(), "a leftover that still cannot be deleted is only a warning");
            assertTrue(again.stdout().contains("Warnings: claude: EACCES"), again.stdout());

            Files.setPosixFilePermissions(backup.resolve(".claude/agents"), PosixFilePermissions.fromString("rwxr-xr-x"));
            CommandResult last = wazir("export", "build");
            assertEquals("Generated host exports for claude, codex, gemini, cursor.\n", last.stdout());
            assertEquals(List.of("claude", "codex", "cursor", "gemini"), entries(hosts()));
        } finally {
            if (Files.exists(locked)) {
                Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    @Test
    void aFileInPlaceOfTheHostsFolderIsAOneLineError() throws IOException {
        built();
        HostExportTransaction.deleteRecursively(hosts());
        write(root, "exports/hosts", "not a folder\n");
        CommandResult build = wazir("export", "build");
        assertEquals(1, build.exitCode());
        assertTrue(build.stderr().matches("ENOTDIR: not a directory, mkdir '"
                + java.util.regex.Pattern.quote(hosts().toString()) + "/\\.claude\\.staged-\\d+-\\d+'\n"), build.stderr());
        assertEquals("not a folder\n", read(root, "exports/hosts"));
    }
}
