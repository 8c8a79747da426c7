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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportBuildTest {
    @TempDir
    Path root;

    private CommandResult wazir(String... args) {
        return Cli.run(root, args);
    }

    @Test
    void buildWithJsonReportsHostsSourceCountAndNoWarnings() {
        ExportFixture.create(root);
        CommandResult result = wazir("export", "build", "--json");
        assertEquals("", result.stderr());
        assertEquals(0, result.exitCode());
        assertEquals("{\n  \"hosts\": [\n    \"claude\",\n    \"codex\",\n    \"gemini\",\n    \"cursor\"\n  ],\n"
                + "  \"source_count\": 8,\n  \"warnings\": []\n}\n", result.stdout());
    }

    @Test
    void buildWithoutJsonPrintsOneLine() {
        ExportFixture.create(root);
        CommandResult result = wazir("export", "build");
        assertEquals(0, result.exitCode());
        assertEquals("Generated host exports for claude, codex, gemini, cursor.\n", result.stdout());
        assertEquals("", result.stderr());
    }

    @Test
    void buildWritesEachHostsFilesAndLeavesUndeclaredWorkflowsOut() {
        ExportFixture.create(root);
        wazir("export", "build");
        for (String file : new String[] {"claude/CLAUDE.md", "claude/.claude/settings.json", "codex/AGENTS.md",
                "gemini/GEMINI.md", "cursor/.cursor/rules/wazir-core.mdc", "cursor/.cursor/hooks.json",
                "claude/export.manifest.json", "claude/.claude/agents/clarifier.md", "claude/.claude/commands/review.md",
                "gemini/.gemini/commands/wazir/clarify.toml"}) {
            assertTrue(Files.isRegularFile(root.resolve("exports/hosts/" + file)), file);
        }
        String claudePackage = read(root, "exports/hosts/claude/host-package.json");
        assertFalse(claudePackage.contains("run-orchestrator"));
        assertFalse(read(root, "exports/hosts/claude/export.manifest.json").contains("run-orchestrator"));
        assertFalse(Files.exists(root.resolve("exports/hosts/claude/.claude/commands/run-orchestrator.md")));
        assertFalse(Files.exists(root.resolve("exports/hosts/claude/" + HostExportTransaction.SCRATCH_MARKER)));
    }

    @Test
    void metadataFilesHaveOneZeroZeroKeyOrderSortedFilesAndNoTrailingNewline() {
        ExportFixture.create(root);
        wazir("export", "build");
        String sources = "  \"sources\": [\n"
                + "    \"wazir.manifest.yaml\",\n"
                + "    \"roles/clarifier.md\",\n"
                + "    \"roles/reviewer.md\",\n"
                + "    \"workflows/clarify.md\",\n"
                + "    \"workflows/review.md\",\n"
                + "    \"hooks/definitions/loop_cap_guard.yaml\",\n"
                + "    \"hooks/definitions/protected_path_write_guard.yaml\",\n"
                + "    \"hooks/definitions/session_start.yaml\"\n"
                + "  ],\n";
        assertEquals("{\n  \"host\": \"codex\",\n" + sources + "  \"files\": [\n    \"AGENTS.md\"\n  ]\n}",
                read(root, "exports/hosts/codex/host-package.json"));
        assertEquals("{\n  \"host\": \"claude\",\n" + sources + "  \"files\": [\n"
                        + "    \".claude/agents/clarifier.md\",\n"
                        + "    \".claude/agents/reviewer.md\",\n"
                        + "    \".claude/commands/clarify.md\",\n"
                        + "    \".claude/commands/review.md\",\n"
                        + "    \".claude/settings.json\",\n"
                        + "    \"CLAUDE.md\"\n"
                        + "  ]\n}",
                read(root, "exports/hosts/claude/host-package.json"));
        assertEquals("{\n  \"host\": \"cursor\",\n" + sources + "  \"files\": [\n"
                        + "    \".cursor/hooks.json\",\n"
                        + "    \".cursor/rules/wazir-core.mdc\"\n"
                        + "  ]\n}",
                read(root, "exports/hosts/cursor/host-package.json"));
        StringBuilder hashes = new StringBuilder("{\n  \"host\": \"gemini\",\n  \"source_hashes\": {\n");
        String[] paths = {"wazir.manifest.yaml", "roles/clarifier.md", "roles/reviewer.md", "workflows/clarify.md",
                "workflows/review.md", "hooks/definitions/loop_cap_guard.yaml",
                "hooks/definitions/protected_path_write_guard.yaml", "hooks/definitions/session_start.yaml"};
        for (int i = 0; i < paths.length; i++) {
            hashes.append("    \"").append(paths[i]).append("\": \"").append(ExportFixture.sha256(root.resolve(paths[i])))
                    .append('"').append(i + 1 < paths.length ? ",\n" : "\n");
        }
        hashes.append("  }\n}");
        assertEquals(hashes.toString(), read(root, "exports/hosts/gemini/export.manifest.json"));
    }

    @Test
    void instructionFilesCarryTheCanonicalFactsInManifestOrder() {
        ExportFixture.create(root);
        wazir("export", "build");
        String body = "This host package is generated from the canonical Wazir sources.\n"
                + "\n"
                + "## Canonical facts\n"
                + "\n"
                + "- project: Fixture Export\n"
                + "- hosts: claude, codex, gemini, cursor\n"
                + "- phases: clarify, review\n"
                + "- roles: reviewer, clarifier\n"
                + "- protected paths: input, exports/hosts\n"
                + "- state root default: ~/.wazir/projects/{project_slug}\n"
                + "\n"
                + "## Source of truth\n"
                + "\n"
                + "- `wazir.manifest.yaml`\n"
                + "- `roles/*.md`\n"
                + "- `workflows/*.md`\n"
                + "- `hooks/definitions/*.yaml`\n";
        assertEquals("# Fixture Export for Claude\n\n" + body, read(root, "exports/hosts/claude/CLAUDE.md"));
        assertEquals("# Fixture Export for Codex\n\n" + body, read(root, "exports/hosts/codex/AGENTS.md"));
        assertEquals("# Fixture Export for Gemini\n\n" + body, read(root, "exports/hosts/gemini/GEMINI.md"));
        assertTrue(read(root, "exports/hosts/cursor/.cursor/rules/wazir-core.mdc")
                .endsWith("---\n# Fixture Export for Cursor\n\n" + body));
    }

    @Test
    void claudeSettingsAreTheOneZeroZeroBytesPlusTheLintHook() {
        ExportFixture.create(root);
        wazir("export", "build");
        assertEquals("{\n"
                + "  \"hooks\": {\n"
                + "    \"PreToolUse\": [\n"
                + "      {\n"
                + "        \"matcher\": \"Write|Edit|MultiEdit|NotebookEdit\",\n"
                + "        \"hooks\": [\n"
                + "          {\n"
                + "            \"type\": \"command\",\n"
                + "            \"command\": \"./hooks/protected-path-write-guard\"\n"
                + "          }\n"
                + "        ]\n"
                + "      }\n"
                + "    ],\n"
                + "    \"PostToolUse\": [\n"
                + "      {\n"
                + "        \"matcher\": \"Write|Edit|MultiEdit|NotebookEdit\",\n"
                + "        \"hooks\": [\n"
                + "          {\n"
                + "            \"type\": \"command\",\n"
                + "            \"command\": \"./hooks/post-tool-lint\"\n"
                + "          }\n"
                + "        ]\n"
                + "      }\n"
                + "    ],\n"
                + "    \"SessionStart\": [\n"
                + "      {\n"
                + "        \"hooks\": [\n"
                + "          {\n"
                + "            \"type\": \"command\",\n"
                + "            \"command\": \"./hooks/loop-cap-guard\"\n"
                + "          }\n"
                + "        ]\n"
                + "      },\n"
                + "      {\n"
                + "        \"matcher\": \"startup|resume|clear|compact\",\n"
                + "        \"hooks\": [\n"
                + "          {\n"
                + "            \"type\": \"command\",\n"
                + "            \"command\": \"./hooks/session-start\"\n"
                + "          }\n"
                + "        ]\n"
                + "      }\n"
                + "    ]\n"
                + "  }\n"
                + "}", read(root, "exports/hosts/claude/.claude/settings.json"));
    }

    @Test
    void workflowCommandsAreCopiedUnchanged() {
        ExportFixture.create(root);
        wazir("export", "build");
        assertEquals(ExportFixture.CLARIFY, read(root, "exports/hosts/claude/.claude/commands/clarify.md"));
        assertEquals(ExportFixture.REVIEW, read(root, "exports/hosts/claude/.claude/commands/review.md"));
    }

    @Test
    void twoBuildsFromUnchangedInputsAreByteIdentical() {
        ExportFixture.create(root);
        wazir("export", "build");
        var first = ExportFixture.snapshot(root.resolve("exports/hosts"));
        wazir("export", "build");
        assertEquals(first, ExportFixture.snapshot(root.resolve("exports/hosts")));
    }

    @Test
    void rebuildRemovesOutputOfAnUndeclaredWorkflow() {
        ExportFixture.create(root);
        String manifest = read(root, "wazir.manifest.yaml");
        write(root, "wazir.manifest.yaml", manifest.replace("\"workflows\": [\"clarify\", \"review\"]",
                "\"workflows\": [\"clarify\", \"review\", \"run_orchestrator\"]"));
        assertEquals(0, wazir("export", "build").exitCode());
        assertTrue(Files.exists(root.resolve("exports/hosts/claude/.claude/commands/run-orchestrator.md")));
        write(root, "wazir.manifest.yaml", manifest);
        assertEquals(0, wazir("export", "build").exitCode());
        assertFalse(Files.exists(root.resolve("exports/hosts/claude/.claude/commands/run-orchestrator.md")));
        assertFalse(Files.exists(root.resolve("exports/hosts/gemini/.gemini/commands/wazir/run-orchestrator.toml")));
    }

    @Test
    void aYmlHookDefinitionIsNeitherHashedNorListed() {
        ExportFixture.create(root);
        CommandResult result = wazir("export", "build", "--json");
        assertTrue(result.stdout().contains("\"source_count\": 8"));
        try {
            Files.move(root.resolve("hooks/definitions/loop_cap_guard.yaml"), root.resolve("hooks/definitions/loop_cap_guard.yml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(wazir("export", "build", "--json").stdout().contains("\"source_count\": 7"));
    }

    @Test
    void withoutSubcommandOrCheckItIsAUsageError() {
        ExportFixture.create(root);
        for (String[] args : new String[][] {{"export"}, {"export", "foo"}, {"export", "foo", "--check"}, {"export", "--json"}}) {
            CommandResult result = wazir(args);
            assertEquals(2, result.exitCode(), String.join(" ", args));
            assertEquals("Usage: wazir export build [--json] | wazir export --check\n", result.stderr());
            assertEquals("", result.stdout());
        }
        assertEquals(ExportFixture.snapshot(root.resolve("exports/hosts")).keySet(),
                java.util.Set.of("", "claude", "codex", "gemini", "cursor"));
    }

    @Test
    void outsideAProjectTheRootIsNotFound() {
        CommandResult result = wazir("export", "build");
        assertEquals(1, result.exitCode());
        assertEquals("Could not find wazir.manifest.yaml from " + root + "\n", result.stderr());
    }

    @Test
    void missingMetadataSchemaFailsBeforeWritingAnything() throws Exception {
        ExportFixture.create(root);
        Files.delete(root.resolve("schemas/export-manifest.schema.json"));
        CommandResult result = wazir("export", "build");
        assertEquals(1, result.exitCode());
        String schemas = root.resolve("schemas").toString();
        assertEquals("Failed to load generated export schemas: " + schemas + "/host-export-package.schema.json, "
                + schemas + "/export-manifest.schema.json. ENOENT: no such file or directory, open '"
                + schemas + "/export-manifest.schema.json'\n", result.stderr());
        assertFalse(Files.exists(root.resolve("exports/hosts/claude/CLAUDE.md")));
    }

    @Test
    void aWorkflowThatGeminiWouldRunAsShellIsRefused() {
        ExportFixture.create(root);
        write(root, "workflows/review.md", ExportFixture.REVIEW + "Then run !{rm -rf build}.\n");
        var before = ExportFixture.snapshot(root.resolve("exports/hosts"));
        CommandResult result = wazir("export", "build");
        assertEquals(1, result.exitCode());
        assertEquals("workflows/review.md: contains \"!{\", which Gemini CLI would run as a shell command; reword it\n",
                result.stderr());
        assertEquals(before, ExportFixture.snapshot(root.resolve("exports/hosts")));
    }

    @Test
    void aSkillWithoutDescriptionIsRefusedWithItsPath() {
        ExportFixture.create(root);
        write(root, "skills/tdd/SKILL.md", "---\nname: tdd\n---\n# TDD\n");
        CommandResult result = wazir("export", "build");
        assertEquals(1, result.exitCode());
        assertEquals("skills/tdd/SKILL.md: the front matter description must be text of 1 to 1024 characters\n",
                result.stderr());
    }

    @Test
    void twoSkillsExportingUnderOneNameAreRefused() {
        ExportFixture.create(root);
        write(root, "skills/tdd/SKILL.md", "---\nname: wz:tdd\ndescription: One.\n---\n");
        write(root, "skills/wz-tdd/SKILL.md", "---\nname: wz-tdd\ndescription: Two.\n---\n");
        CommandResult result = wazir("export", "build");
        assertEquals(1, result.exitCode());
        assertEquals("Skills skills/tdd/SKILL.md and skills/wz-tdd/SKILL.md both export as skill name \"wz-tdd\"\n",
                result.stderr());
    }

    @Test
    void aRoleIdThatLeavesTheRolesFolderIsRefused() {
        ExportFixture.create(root);
        write(root, "secret.md", "# secret\n");
        write(root, "wazir.manifest.yaml", read(root, "wazir.manifest.yaml")
                .replace("\"roles\": [\"reviewer\", \"clarifier\"]", "\"roles\": [\"reviewer\", \"clarifier\", \"../secret\"]"));
        CommandResult result = wazir("export", "build");
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().endsWith("\n") && result.stderr().split("\n").length == 1, result.stderr());
        assertFalse(Files.exists(root.resolve("exports/hosts/claude/.claude/agents/secret.md")));
    }

    @Test
    void workflowSourcesSortByFullPathSoDesignReviewComesBeforeDesign() {
        ExportFixture.create(root);
        write(root, "wazir.manifest.yaml", read(root, "wazir.manifest.yaml")
                .replace("\"workflows\": [\"clarify\", \"review\"]", "\"workflows\": [\"design\", \"review\", \"design_review\"]")
                .replace("\"phases\": [\"clarify\", \"review\"]", "\"phases\": [\"design\", \"review\", \"design_review\"]"));
        write(root, "workflows/design.md", "# design\n");
        write(root, "workflows/design-review.md", "# design-review\n");
        CommandResult result = wazir("export", "build");
        assertEquals(0, result.exitCode(), result.stderr());
        String hostPackage = read(root, "exports/hosts/codex/host-package.json");
        assertTrue(hostPackage.contains("\"roles/reviewer.md\",\n    \"workflows/design-review.md\",\n"
                + "    \"workflows/design.md\",\n    \"workflows/review.md\",\n"), hostPackage);
        assertTrue(read(root, "exports/hosts/claude/host-package.json").contains(
                "\".claude/commands/design-review.md\",\n    \".claude/commands/design.md\",\n"));
    }

    @Test
    void aSourceIsHashedAsDecodedTextKeepingItsBomWithInvalidBytesAsReplacementCharacters() throws Exception {
        ExportFixture.create(root);
        byte[] raw = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '#', ' ', 'c', 'l', 'a', 'r', 'i', 'f', 'y', '\n', (byte) 0xFF, '\n'};
        Files.write(root.resolve("workflows/clarify.md"), raw);
        assertEquals(0, wazir("export", "build").exitCode());
        byte[] decoded = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '#', ' ', 'c', 'l', 'a', 'r', 'i', 'f', 'y', '\n',
                (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, '\n'};
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(decoded));
        assertTrue(read(root, "exports/hosts/claude/export.manifest.json")
                .contains("\"workflows/clarify.md\": \"" + hash + "\""));
        // the copy is the decoded text without the BOM (hosts read a file's first bytes as front matter)
        assertEquals("# clarify\n\uFFFD\n", read(root, "exports/hosts/claude/.claude/commands/clarify.md"));
        assertEquals("Export drift check passed.\n", wazir("export", "--check").stdout());
    }
}
