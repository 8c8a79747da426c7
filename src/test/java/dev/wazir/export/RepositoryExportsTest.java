package dev.wazir.export;

import dev.wazir.kit.SchemaValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
     * In CI the committed exports must match the sources. This runs the drift check itself,
     * without the manifest and hook validation that `wazir export --check` runs first (other
     * tests cover those). Locally it is left to `./wazir export --check`, so that content work in
     * progress is not blocked: whoever changes the manifest, a role, a workflow, a hook
     * definition or a skill runs `./wazir export build` and commits exports/hosts.
     */
    @Test
    @EnabledIfEnvironmentVariable(named = "CI", matches = "true")
    void committedExportsAreUpToDate() {
        List<String> drifts = new ExportDriftCheck(ROOT, SchemaValidator::errors).run(null);
        assertEquals(List.of(), drifts, "run ./wazir export build and commit exports/hosts");
    }
}
