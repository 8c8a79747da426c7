package dev.wazir.export;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.wazir.export.ExportFixture.read;
import static dev.wazir.export.ExportFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** `wazir export` validates the manifest and the hook definitions first, and the metadata against its schemas. */
class ExportPrecheckTest {
    @TempDir
    Path root;

    @Test
    void anInvalidManifestStopsEveryExportCommandWithItsValidationText() {
        ExportFixture.create(root);
        write(root, "wazir.manifest.yaml", read(root, "wazir.manifest.yaml").replace("  \"phases\": [\"clarify\", \"review\"],\n", ""));
        var before = ExportFixture.snapshot(root);
        for (String[] args : new String[][] {{"export", "build"}, {"export", "--check"}, {"export"}, {"export", "--host", "claude"}}) {
            CommandResult result = Cli.run(root, args);
            assertEquals(1, result.exitCode(), String.join(" ", args));
            assertEquals("Manifest schema validation failed:\n- / must have required property 'phases'\n", result.stderr());
            assertEquals("", result.stdout());
        }
        assertEquals(before, ExportFixture.snapshot(root));
    }

    @Test
    void aMissingHookDefinitionStopsTheBuild() throws Exception {
        ExportFixture.create(root);
        Files.delete(root.resolve("hooks/definitions/loop_cap_guard.yaml"));
        CommandResult result = Cli.run(root, "export", "build");
        assertEquals(1, result.exitCode());
        assertEquals("Hook validation failed:\n- Missing required hook definitions: loop_cap_guard\n", result.stderr());
        assertEquals(false, Files.exists(root.resolve("exports/hosts/claude/CLAUDE.md")));
    }

    @Test
    void storedHostPackageThatBreaksItsSchemaAbortsTheCheck() {
        ExportFixture.create(root);
        Cli.run(root, "export", "build");
        write(root, "exports/hosts/claude/host-package.json", "{\"host\":\"foo\",\"files\":[1]}");
        CommandResult result = Cli.run(root, "export", "--check");
        assertEquals(1, result.exitCode());
        assertEquals("Generated host package failed schema validation: / must have required property 'sources';"
                + " /host must be equal to one of the allowed values; /files/0 must be string\n", result.stderr());
    }

    @Test
    void storedExportManifestWithAnEmptyHashAbortsTheCheck() {
        ExportFixture.create(root);
        Cli.run(root, "export", "build");
        String manifest = read(root, "exports/hosts/codex/export.manifest.json");
        write(root, "exports/hosts/codex/export.manifest.json",
                manifest.replaceFirst("\"wazir.manifest.yaml\": \"[0-9a-f]+\"", "\"wazir.manifest.yaml\": \"\""));
        CommandResult result = Cli.run(root, "export", "--check");
        assertEquals(1, result.exitCode());
        assertEquals("Generated export manifest failed schema validation:"
                + " /source_hashes/wazir.manifest.yaml must NOT have fewer than 1 characters\n", result.stderr());
    }

    @Test
    void generatedMetadataThatBreaksTheSchemaIsNotWritten() {
        ExportFixture.create(root);
        write(root, "schemas/export-manifest.schema.json", read(root, "schemas/export-manifest.schema.json")
                .replaceFirst("\"source_hashes\"\\s*\\]", "\"source_hashes\", \"built_by\"]")
                // validators are cached per $id for the life of the process, as in 1.0.0
                .replace("export-manifest.schema.json\"", "export-manifest-strict.schema.json\""));
        var before = ExportFixture.snapshot(root.resolve("exports/hosts"));
        CommandResult result = Cli.run(root, "export", "build");
        assertEquals(1, result.exitCode());
        assertEquals("Generated export manifest failed schema validation: / must have required property 'built_by'\n",
                result.stderr());
        assertEquals(before, ExportFixture.snapshot(root.resolve("exports/hosts")));
    }
}
