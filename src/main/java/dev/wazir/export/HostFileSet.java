package dev.wazir.export;

import dev.wazir.text.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one host package (paths relative to {@code exports/hosts/<host>/}, always with
 * {@code /}). The instruction file, the Claude settings and the copied workflow commands are
 * byte-for-byte what 1.0.0 writes; agents, the Cursor rule and the Cursor hooks file take the form
 * today's hosts load; skills (and, for Gemini, workflow commands) are this port's additions.
 */
public final class HostFileSet {
    /** The hosts the exporter knows, in the schema's order. */
    public static final List<String> KNOWN_HOSTS = List.of("claude", "codex", "gemini", "cursor");

    private HostFileSet() {
    }

    /** Generated file path → text, for {@code host}. */
    public static Map<String, String> files(String host, ExportInputs inputs, Map<String, Map<String, String>> skills) {
        Map<String, String> files = new LinkedHashMap<>();
        String common = CommonInstructions.render(host, inputs.manifest());
        switch (host) {
            case "claude" -> {
                files.put("CLAUDE.md", common);
                files.put(".claude/settings.json", claudeSettings());
                for (SourceFile role : inputs.roles()) {
                    files.put(".claude/agents/" + baseName(role), ClaudeAgent.render(role));
                }
                for (SourceFile workflow : inputs.workflows()) {
                    files.put(".claude/commands/" + baseName(workflow), ExportText.withoutBom(workflow.text()));
                }
                addSkills(files, ".claude/skills/", skills);
            }
            case "codex" -> {
                files.put("AGENTS.md", common);
                addSkills(files, ".agents/skills/", skills);
            }
            case "gemini" -> {
                files.put("GEMINI.md", common);
                for (SourceFile workflow : inputs.workflows()) {
                    String name = baseName(workflow);
                    String stem = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
                    files.put(".gemini/commands/wazir/" + stem + ".toml", GeminiCommand.render(workflow));
                }
                addSkills(files, ".gemini/skills/", skills);
            }
            case "cursor" -> {
                files.put(".cursor/rules/wazir-core.mdc", cursorRule(inputs.manifest(), common));
                files.put(".cursor/hooks.json", cursorHooks());
                addSkills(files, ".cursor/skills/", skills);
            }
            default -> throw new dev.wazir.WazirException("Unknown host: " + host);
        }
        return files;
    }

    /** The generated paths in UTF-16 order, as {@code host-package.json} lists them. */
    public static List<String> sortedPaths(Map<String, String> files) {
        List<String> paths = new ArrayList<>(files.keySet());
        paths.sort(String::compareTo);
        return paths;
    }

    private static void addSkills(Map<String, String> files, String base, Map<String, Map<String, String>> skills) {
        for (Map.Entry<String, Map<String, String>> skill : skills.entrySet()) {
            for (Map.Entry<String, String> file : skill.getValue().entrySet()) {
                files.put(base + skill.getKey() + "/" + file.getKey(), file.getValue());
            }
        }
    }

    private static String baseName(SourceFile file) {
        return file.path().substring(file.path().lastIndexOf('/') + 1);
    }

    /** Every Claude Code tool that writes a file (1.0.0 matched only Write|Edit). */
    private static final String FILE_TOOLS = "Write|Edit|MultiEdit|NotebookEdit";

    /**
     * {@code .claude/settings.json}: the write guard before each file-writing tool, the syntax lint after it,
     * then the two session-start hooks. 1.0.0 did not register the lint hook anywhere.
     */
    static String claudeSettings() {
        ObjectNode root = Json.object();
        ObjectNode hooks = root.putObject("hooks");
        ArrayNode pre = hooks.putArray("PreToolUse");
        pre.add(claudeGroup(FILE_TOOLS, "./hooks/protected-path-write-guard"));
        hooks.putArray("PostToolUse").add(claudeGroup(FILE_TOOLS, "./hooks/post-tool-lint"));
        ArrayNode start = hooks.putArray("SessionStart");
        start.add(claudeGroup(null, "./hooks/loop-cap-guard"));
        start.add(claudeGroup("startup|resume|clear|compact", "./hooks/session-start"));
        return Json.pretty(root);
    }

    private static ObjectNode claudeGroup(String matcher, String command) {
        ObjectNode group = Json.object();
        if (matcher != null) {
            group.put("matcher", matcher);
        }
        ObjectNode handler = group.putArray("hooks").addObject();
        handler.put("type", "command");
        handler.put("command", command);
        return group;
    }

    /**
     * {@code .cursor/hooks.json} in Cursor's format ({@code version} 1, camelCase event keys): the
     * write guard before each tool call, the syntax lint after each file edit, then the loop-cap guard
     * and session-start at session start.
     * The guards take {@code --host cursor} so that they answer in Cursor's decision format (as the
     * kit's {@code hooks/hooks.json} does). 1.0.0 wrote a bare array, which Cursor does not load.
     */
    static String cursorHooks() {
        ObjectNode root = Json.object();
        root.put("version", 1);
        ObjectNode hooks = root.putObject("hooks");
        hooks.putArray("preToolUse").addObject().put("command", "./hooks/protected-path-write-guard --host cursor");
        hooks.putArray("afterFileEdit").addObject().put("command", "./hooks/post-tool-lint");
        ArrayNode start = hooks.putArray("sessionStart");
        start.addObject().put("command", "./hooks/loop-cap-guard --host cursor");
        start.addObject().put("command", "./hooks/session-start");
        return Json.pretty(root);
    }

    /** The Cursor rule: front matter that makes it always apply, then the common instructions. */
    static String cursorRule(JsonNode manifest, String common) {
        ObjectNode fields = Json.object();
        fields.put("description", CommonInstructions.displayName(manifest)
                + " canonical facts and sources of truth for this project");
        fields.put("alwaysApply", true);
        return FrontMatter.render(fields) + common;
    }
}
