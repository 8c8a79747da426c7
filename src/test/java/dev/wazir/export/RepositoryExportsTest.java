package dev.wazir.export;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's own committed host exports (exports/hosts/**). */
class RepositoryExportsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void claudeExportHasTheDesignerAgentAndTheDesignCommands() {
        assertTrue(Files.isRegularFile(ROOT.resolve("exports/hosts/claude/.claude/agents/designer.md")));
        assertTrue(Files.isRegularFile(ROOT.resolve("exports/hosts/claude/.claude/commands/design.md")));
        assertTrue(Files.isRegularFile(ROOT.resolve("exports/hosts/claude/.claude/commands/design-review.md")));
    }

    @Test
    void rootClaudeSettingsMatchTheClaudeExportWhenPresent() throws Exception {
        Path root = ROOT.resolve(".claude/settings.json");
        if (Files.exists(root)) {
            assertEquals(Files.readString(ROOT.resolve("exports/hosts/claude/.claude/settings.json")).strip(),
                    Files.readString(root).strip());
        }
    }

    /**
     * In CI the committed exports must match the sources. Locally this is left to
     * `./wazir export --check`, so that content work in progress is not blocked by it: whoever
     * changes the manifest, a role, a workflow, a hook definition or a skill runs
     * `./wazir export build` and commits exports/hosts.
     */
    @Test
    @EnabledIfEnvironmentVariable(named = "CI", matches = "true")
    void committedExportsAreUpToDate() {
        CommandResult result = Cli.run(ROOT, "export", "--check");
        assertEquals("", result.stderr(), "run ./wazir export build and commit exports/hosts");
        assertEquals(0, result.exitCode());
        assertEquals("Export drift check passed.\n", result.stdout());
    }
}
