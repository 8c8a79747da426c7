package dev.wazir.export;

import dev.wazir.kit.SchemaValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.toml.TomlMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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

    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Every committed generated file read back as its host reads it: JSON with a JSON parser,
     * Markdown front matter with a YAML parser, Gemini commands with a TOML parser; skills and
     * agents carry the fields their hosts require.
     */
    @Test
    void everyCommittedHostFileParsesBackWithARealParser() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        TomlMapper toml = TomlMapper.builder().build();
        Load yaml = new Load(LoadSettings.builder().build());
        int checked = 0;
        try (Stream<Path> walk = Files.walk(ROOT.resolve("exports/hosts"))) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = ROOT.resolve("exports/hosts").relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertFalse(text.contains("\r") || text.startsWith("\uFEFF"), rel);
                if (rel.endsWith(".json")) {
                    json.readTree(text);
                } else if (rel.endsWith(".toml")) {
                    JsonNode command = toml.readTree(text);
                    assertTrue(command.get("prompt").isString() && command.get("description").isString(), rel);
                } else if (rel.endsWith(".md") || rel.endsWith(".mdc")) {
                    boolean hostReadsFrontMatter = rel.endsWith(".mdc") || rel.endsWith("/SKILL.md")
                            || rel.contains("/.claude/agents/");
                    if (!text.startsWith("---\n")) {
                        assertFalse(hostReadsFrontMatter, rel + " needs front matter");
                        continue;
                    }
                    int end = text.indexOf("\n---\n", 3);
                    assertTrue(end > 0, rel);
                    Object parsed = yaml.loadFromString(text.substring(4, end + 1));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fields = (Map<String, Object>) assertInstanceOf(Map.class, parsed, rel);
                    if (rel.endsWith(".mdc")) {
                        assertEquals(Boolean.TRUE, fields.get("alwaysApply"), rel);
                        assertInstanceOf(String.class, fields.get("description"), rel);
                    } else if (hostReadsFrontMatter) {
                        String name = assertInstanceOf(String.class, fields.get("name"), rel);
                        String description = assertInstanceOf(String.class, fields.get("description"), rel);
                        assertTrue(HOST_NAME.matcher(name).matches() && name.length() <= 64, rel + ": " + name);
                        assertTrue(!description.isBlank() && description.length() <= 1024, rel);
                        String[] parts = rel.split("/");
                        String expected = rel.endsWith("/SKILL.md") ? parts[parts.length - 2]
                                : parts[parts.length - 1].replaceFirst("\\.md$", "");
                        assertEquals(expected, name, rel + ": the name matches the folder or file name");
                    }
                }
                checked++;
            }
        }
        assertTrue(checked > 100, "the committed exports hold every host's files");
    }
}
