package dev.wazir.export;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.wazir.export.ExportFixture.read;
import static dev.wazir.export.ExportFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every generated file parsed back with a real parser, checked against what each host requires. */
class HostFormatsTest {
    private static final Pattern SKILL_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @TempDir
    Path root;

    @BeforeEach
    void build() {
        ExportFixture.create(root);
        write(root, "skills/tdd/SKILL.md", "---\nname: wz:tdd\ndescription: \"Use when: writing code test-first\"\n---\n\n# TDD\n\nRed, green, refactor.\n");
        write(root, "skills/tdd/examples/cycle.md", "# One cycle\n");
        write(root, "skills/design/SKILL.md", "---\nname: design\ndescription: Sketch the screens before building them.\n---\n# Design\n");
        write(root, "skills/README.md", "# Skills\n");
        write(root, "skills/notes/plain.md", "no SKILL.md here\n");
        write(root, "roles/reviewer.md", "---\nname: reviewer\ndescription: Reviews changes.\ntools: Read, Grep\n---\n"
                + ExportFixture.REVIEWER);
        CommandResult result = Cli.run(root, "export", "build", "--json");
        assertEquals(0, result.exitCode(), result.stderr());
    }

    private static Map<String, Object> frontMatter(String text) {
        assertTrue(text.startsWith("---\n"), text);
        int end = text.indexOf("\n---\n", 3);
        assertTrue(end > 0, text);
        Object parsed = new Load(LoadSettings.builder().build()).loadFromString(text.substring(4, end + 1));
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) parsed;
        return map;
    }

    private static String body(String text) {
        return text.substring(text.indexOf("\n---\n", 3) + 5);
    }

    @Test
    void skillsAreSourcesOfEveryHost() {
        String hostPackage = read(root, "exports/hosts/codex/host-package.json");
        assertTrue(hostPackage.contains("\"hooks/definitions/session_start.yaml\",\n    \"skills/design/SKILL.md\",\n"
                + "    \"skills/tdd/SKILL.md\",\n    \"skills/tdd/examples/cycle.md\"\n  ],"), hostPackage);
        assertFalse(hostPackage.contains("skills/README.md"));
        assertFalse(hostPackage.contains("plain.md"));
    }

    @Test
    void claudeAgentsGetNameAndDescriptionFrontMatter() {
        String clarifier = read(root, "exports/hosts/claude/.claude/agents/clarifier.md");
        Map<String, Object> fields = frontMatter(clarifier);
        assertEquals(List.of("name", "description"), List.copyOf(fields.keySet()));
        assertEquals("clarifier", fields.get("name"));
        assertEquals("Turn the briefing into a clear, bounded scope.", fields.get("description"));
        assertEquals(ExportFixture.CLARIFIER, body(clarifier));
        assertEquals(read(root, "roles/reviewer.md"), read(root, "exports/hosts/claude/.claude/agents/reviewer.md"));
    }

    @Test
    void skillsLoadWhereEachHostLooksWithSpecValidNames() {
        for (String base : List.of("claude/.claude/skills", "codex/.agents/skills", "gemini/.gemini/skills",
                "cursor/.cursor/skills")) {
            Path dir = root.resolve("exports/hosts/" + base);
            try (Stream<Path> list = Files.list(dir)) {
                Set<String> names = Set.copyOf(list.map(p -> p.getFileName().toString()).toList());
                assertEquals(Set.of("wz-tdd", "design"), names, base);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (String name : List.of("wz-tdd", "design")) {
                Map<String, Object> fields = frontMatter(read(dir, name + "/SKILL.md"));
                String skillName = (String) fields.get("name");
                assertEquals(name, skillName, "name equals the folder");
                assertTrue(SKILL_NAME.matcher(skillName).matches() && skillName.length() <= 64);
                String description = (String) fields.get("description");
                assertTrue(!description.isEmpty() && description.length() <= 1024);
            }
            Map<String, Object> tdd = frontMatter(read(dir, "wz-tdd/SKILL.md"));
            assertEquals("Use when: writing code test-first", tdd.get("description"));
            assertEquals("\n# TDD\n\nRed, green, refactor.\n", body(read(dir, "wz-tdd/SKILL.md")));
            assertEquals("# One cycle\n", read(dir, "wz-tdd/examples/cycle.md"));
            assertEquals(read(root, "skills/design/SKILL.md"), read(dir, "design/SKILL.md"));
        }
    }

    @Test
    void cursorRuleHasFrontMatterThatAlwaysApplies() {
        String rule = read(root, "exports/hosts/cursor/.cursor/rules/wazir-core.mdc");
        Map<String, Object> fields = frontMatter(rule);
        assertEquals(Boolean.TRUE, fields.get("alwaysApply"));
        assertTrue(fields.get("description") instanceof String description && !description.isBlank());
        assertEquals(read(root, "exports/hosts/codex/AGENTS.md").replace("for Codex", "for Cursor"), body(rule));
    }

    @Test
    void cursorHooksFileHasVersionOneAndCamelCaseEvents() {
        String text = read(root, "exports/hosts/cursor/.cursor/hooks.json");
        JsonNode hooks = JsonMapper.builder().build().readTree(text);
        assertEquals(1, hooks.get("version").intValue());
        assertEquals(List.of("version", "hooks"), List.copyOf(hooks.propertyNames()));
        assertEquals(List.of("preToolUse", "afterFileEdit", "sessionStart"), List.copyOf(hooks.get("hooks").propertyNames()));
        assertEquals("{\n  \"version\": 1,\n  \"hooks\": {\n    \"preToolUse\": [\n      {\n"
                + "        \"command\": \"./hooks/protected-path-write-guard --host cursor\"\n      }\n    ],\n"
                + "    \"afterFileEdit\": [\n      {\n        \"command\": \"./hooks/post-tool-lint\"\n      }\n    ],\n"
                + "    \"sessionStart\": [\n      {\n        \"command\": \"./hooks/loop-cap-guard --host cursor\"\n      },\n"
                + "      {\n        \"command\": \"./hooks/session-start\"\n      }\n    ]\n  }\n}", text);
        for (JsonNode entries : hooks.get("hooks")) {
            for (JsonNode entry : entries) {
                assertEquals(List.of("command"), List.copyOf(entry.propertyNames()));
                assertTrue(entry.get("command").stringValue().startsWith("./hooks/"));
            }
        }
        assertFalse(text.endsWith("\n"));
    }

    @Test
    void claudeSettingsUseTheMatcherGroupShape() {
        JsonNode settings = JsonMapper.builder().build().readTree(read(root, "exports/hosts/claude/.claude/settings.json"));
        for (Map.Entry<String, JsonNode> event : settings.get("hooks").properties()) {
            assertTrue(Set.of("PreToolUse", "PostToolUse", "SessionStart").contains(event.getKey()));
            for (JsonNode group : event.getValue()) {
                for (JsonNode handler : group.get("hooks")) {
                    assertEquals("command", handler.get("type").stringValue());
                    assertTrue(handler.get("command").stringValue().startsWith("./hooks/"));
                }
            }
        }
    }

    @Test
    void geminiCommandsAreValidTomlWithTheWorkflowAsPrompt() {
        TomlMapper toml = TomlMapper.builder().build();
        JsonNode clarify = toml.readTree(read(root, "exports/hosts/gemini/.gemini/commands/wazir/clarify.toml"));
        assertEquals("Settle what the run must do.", clarify.get("description").stringValue());
        assertEquals(ExportFixture.CLARIFY, clarify.get("prompt").stringValue());
        JsonNode review = toml.readTree(read(root, "exports/hosts/gemini/.gemini/commands/wazir/review.toml"));
        assertEquals(ExportFixture.REVIEW, review.get("prompt").stringValue());
        assertEquals("Review the \"changed\" files against C:\\spec.", review.get("description").stringValue());
    }

    @Test
    void everyMetadataFileParsesAndNoGeneratedFileHasCrOrBom() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<Path> walk = Files.walk(root.resolve("exports/hosts"))) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertFalse(text.contains("\r"), file.toString());
                assertFalse(text.startsWith("\uFEFF"), file.toString());
                if (file.toString().endsWith(".json")) {
                    json.readTree(text);
                }
            }
        }
    }
}
