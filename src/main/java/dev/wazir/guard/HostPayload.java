package dev.wazir.guard;

import dev.wazir.kit.JsonFiles;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the agent hosts actually send to a pre-tool hook: the files a tool call is about
 * to write, the folder the agent works in, and the event name.
 */
final class HostPayload {
    private static final List<String> PATH_KEYS = List.of("target_path", "file_path", "path", "notebook_path", "filePath", "target_file");
    private static final List<String> PATCH_KEYS = List.of("command", "input", "patch");
    private static final List<String> PATCH_MARKERS =
            List.of("*** Add File: ", "*** Update File: ", "*** Delete File: ", "*** Move to: ");
    private static final List<String> PROJECT_ENV = List.of("CLAUDE_PROJECT_DIR", "GEMINI_PROJECT_DIR", "CURSOR_PROJECT_DIR");

    private HostPayload() {
    }

    /** True when the payload looks like a host's tool-call payload rather than the 1.0.0 guard payload. */
    static boolean isHostPayload(JsonNode payload) {
        return payload.isObject() && !payload.has("target_path") && !payload.has("run_id")
                && (payload.has("tool_input") || payload.has("tool_name") || payload.has("hook_event_name")
                || payload.has("workspace_roots") || payload.has("file_path"));
    }

    /** Where the agent works: the host's project variable, else the payload's cwd or workspace root, else ours. */
    static Path workDir(JsonNode payload, Map<String, String> env, Path cwd) {
        for (String name : PROJECT_ENV) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return cwd.resolve(value).normalize();
            }
        }
        String payloadCwd = Host.text(payload.get("cwd"));
        if (payloadCwd != null && !payloadCwd.isEmpty()) {
            return cwd.resolve(payloadCwd).normalize();
        }
        JsonNode roots = payload.get("workspace_roots");
        if (roots != null && roots.isArray() && roots.size() > 0 && roots.get(0).isString()) {
            return cwd.resolve(roots.get(0).stringValue()).normalize();
        }
        return cwd;
    }

    /** The folder relative tool paths are written against: the payload's cwd when given. */
    static Path toolBase(JsonNode payload, Path workDir, Path cwd) {
        String payloadCwd = Host.text(payload.get("cwd"));
        if (payloadCwd != null && !payloadCwd.isEmpty()) {
            return cwd.resolve(payloadCwd).normalize();
        }
        return workDir;
    }

    /** Every path the tool call would write, in payload order, without duplicates. */
    static List<String> targets(JsonNode payload) {
        Set<String> out = new LinkedHashSet<>();
        collectPaths(payload, out);
        JsonNode input = payload.get("tool_input");
        if (input != null && input.isString()) {
            String text = input.stringValue();
            JsonNode parsed = tryParse(text);
            if (parsed != null && parsed.isObject()) {
                input = parsed;
            } else {
                collectPatch(text, out);
                input = null;
            }
        }
        if (input != null && input.isObject()) {
            collectPaths(input, out);
            for (String key : PATCH_KEYS) {
                JsonNode value = input.get(key);
                if (value != null && value.isString()) {
                    collectPatch(value.stringValue(), out);
                }
            }
            JsonNode edits = input.get("edits");
            if (edits != null && edits.isArray()) {
                for (JsonNode edit : edits) {
                    if (edit.isObject()) {
                        collectPaths(edit, out);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static void collectPaths(JsonNode object, Set<String> out) {
        for (String key : PATH_KEYS) {
            String value = Host.text(object.get(key));
            if (value != null && !value.isEmpty()) {
                out.add(value);
            }
        }
    }

    /** apply_patch envelopes name their files on marker lines. */
    private static void collectPatch(String text, Set<String> out) {
        if (!text.contains("*** ")) {
            return;
        }
        for (String line : text.split("\r?\n")) {
            String trimmed = line.strip();
            for (String marker : PATCH_MARKERS) {
                if (trimmed.startsWith(marker)) {
                    String path = trimmed.substring(marker.length()).strip();
                    if (!path.isEmpty()) {
                        out.add(path);
                    }
                }
            }
        }
    }

    private static JsonNode tryParse(String text) {
        String t = text.strip();
        if (!t.startsWith("{")) {
            return null;
        }
        try {
            return JsonFiles.parse(t);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
