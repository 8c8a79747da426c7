package dev.wazir.export;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.wazir.export.ExportFixture.read;
import static dev.wazir.export.ExportFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ExportCheckTest {
    @TempDir
    Path root;

    private CommandResult wazir(String... args) {
        return Cli.run(root, args);
    }

    private void built() {
        ExportFixture.create(root);
        assertEquals(0, wazir("export", "build").exitCode());
    }

    @Test
    void passesRightAfterABuild() {
        built();
        CommandResult result = wazir("export", "--check");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("Export drift check passed.\n", result.stdout());
        assertEquals("", result.stderr());
    }

    @Test
    void checkIgnoresJsonAndStrayTokens() {
        built();
        CommandResult result = wazir("export", "--check", "--json", "build");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("Export drift check passed.\n", result.stdout());
    }

    @Test
    void aFixtureNeverBuiltMissesEveryPackage() {
        ExportFixture.create(root);
        CommandResult result = wazir("export", "--check");
        assertEquals(1, result.exitCode());
        assertEquals("Export drift detected:\n"
                + "- claude: export package is missing\n"
                + "- codex: export package is missing\n"
                + "- gemini: export package is missing\n"
                + "- cursor: export package is missing\n", result.stderr());
        assertEquals("", result.stdout());
    }

    @Test
    void reportsChangedSourcesMissingFilesAndMissingPackagesLikeOneZeroZero() throws IOException {
        built();
        write(root, "roles/clarifier.md", ExportFixture.CLARIFIER + "\nMore text.\n");
        Files.delete(root.resolve("exports/hosts/codex/AGENTS.md"));
        Files.delete(root.resolve("exports/hosts/gemini/export.manifest.json"));
        CommandResult result = wazir("export", "--check");
        assertEquals(1, result.exitCode());
        assertEquals("Export drift detected:\n"
                + "- claude: drift detected for roles/clarifier.md\n"
                + "- codex: drift detected for roles/clarifier.md\n"
                + "- codex: generated file missing AGENTS.md\n"
                + "- gemini: export package is missing\n"
                + "- cursor: drift detected for roles/clarifier.md\n", result.stderr());
    }

    @Test
    void anyManifestEditDriftsEveryHost() {
        built();
        write(root, "wazir.manifest.yaml", read(root, "wazir.manifest.yaml") + "\n");
        CommandResult result = wazir("export", "--check");
        assertEquals(1, result.exitCode());
        assertEquals("Export drift detected:\n"
                + "- claude: drift detected for wazir.manifest.yaml\n"
                + "- codex: drift detected for wazir.manifest.yaml\n"
                + "- gemini: drift detected for wazir.manifest.yaml\n"
                + "- cursor: drift detected for wazir.manifest.yaml\n", result.stderr());
    }

    @Test
    void reportsHandEditedDeletedAndLeftOverGeneratedFiles() throws IOException {
        built();
        write(root, "exports/hosts/claude/CLAUDE.md", read(root, "exports/hosts/claude/CLAUDE.md") + "edited\n");
        write(root, "exports/hosts/claude/notes.txt", "left over\n");
        write(root, "exports/hosts/cursor/.cursor/rules/old.mdc", "---\nalwaysApply: true\n---\nold\n");
        Files.delete(root.resolve("exports/hosts/gemini/.gemini/commands/wazir/review.toml"));
        write(root, "exports/hosts/codex/host-package.json",
                read(root, "exports/hosts/codex/host-package.json").replace("\n", "\n  "));
        CommandResult result = wazir("export", "--check");
        assertEquals(1, result.exitCode());
        assertEquals("Export drift detected:\n"
                + "- claude: generated file changed CLAUDE.md\n"
                + "- claude: unexpected file notes.txt\n"
                + "- codex: generated file changed host-package.json\n"
                + "- gemini: generated file missing .gemini/commands/wazir/review.toml\n"
                + "- cursor: unexpected file .cursor/rules/old.mdc\n", result.stderr());
    }

    @Test
    void crlfLineEndsOfUnchangedSourcesAndExportsAreNotDrift() throws IOException {
        built();
        for (Path tree : new Path[] {root.resolve("roles"), root.resolve("workflows"), root.resolve("hooks"),
                root.resolve("exports"), root.resolve("wazir.manifest.yaml")}) {
            try (Stream<Path> walk = Files.walk(tree)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Files.writeString(file, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
                }
            }
        }
        CommandResult result = wazir("export", "--check");
        assertEquals("", result.stderr());
        assertEquals(0, result.exitCode());
    }

    @Test
    void aJsonSyntaxErrorInStoredMetadataAbortsTheCheck() {
        built();
        write(root, "exports/hosts/codex/host-package.json", "{bad");
        CommandResult result = wazir("export", "--check");
        assertEquals(1, result.exitCode());
        assertEquals("", result.stdout());
        assertEquals(1, result.stderr().split("\n", -1).length - 1, result.stderr());
    }

    @Test
    void checkWritesNothing() {
        built();
        write(root, "roles/reviewer.md", "# reviewer\n");
        var before = ExportFixture.snapshot(root);
        wazir("export", "--check");
        assertEquals(before, ExportFixture.snapshot(root));
    }
}
