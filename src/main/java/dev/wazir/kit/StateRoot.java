package dev.wazir.kit;

import dev.wazir.WazirException;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Locale;

/** The run-state root: {@code paths.state_root_default} with the project slug and home filled in. */
public final class StateRoot {
    private StateRoot() {
    }

    /** 1.0.0 slug: lower-cased, runs of anything but a-z0-9 become '-', trimmed; empty gives wazir-project. */
    public static String slug(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
                dash = false;
            } else if (!dash) {
                out.append('-');
                dash = true;
            }
        }
        int start = 0;
        int end = out.length();
        while (start < end && out.charAt(start) == '-') {
            start++;
        }
        while (end > start && out.charAt(end - 1) == '-') {
            end--;
        }
        String slug = out.substring(start, end);
        return slug.isEmpty() ? "wazir-project" : slug;
    }

    /**
     * The state root for a command: {@code --state-root} (when given) resolved against the working
     * directory, otherwise the manifest default. The manifest is only looked at when needed.
     */
    public static Path resolve(Path projectRoot, JsonNode manifest, Path cwd, String home, String override) {
        if (override != null && !override.isEmpty()) {
            return cwd.resolve(override).toAbsolutePath().normalize();
        }
        return resolve(projectRoot, manifest, cwd, home);
    }

    /**
     * Resolves the state root from the manifest. {@code cwd} is the process working directory
     * (relative templates resolve against it, not the project root), {@code home} the home folder.
     * Structural problems give the TypeError texts 1.0.0 printed.
     */
    public static Path resolve(Path projectRoot, JsonNode manifest, Path cwd, String home) {
        JsonNode paths = property(manifest, "paths");
        JsonNode templateNode = property(paths, "state_root_default");
        JsonNode project = manifest.get("project");
        JsonNode nameNode = property(project, "name");
        String name = truthy(nameNode) ? nameText(nameNode) : String.valueOf(projectRoot.getFileName());
        String slug = slug(name);
        if (templateNode == null || templateNode.isNull()) {
            throw new WazirException("Cannot read properties of " + (templateNode == null ? "undefined" : "null")
                    + " (reading 'replace')");
        }
        if (!templateNode.isString()) {
            throw new WazirException("template.replace is not a function");
        }
        String template = templateNode.stringValue();
        int at = template.indexOf("{project_slug}");
        String value = at < 0 ? template
                : template.substring(0, at) + slug + template.substring(at + "{project_slug}".length());
        if (value.equals("~")) {
            value = home;
        } else if (value.startsWith("~/")) {
            value = Path.of(home).resolve(value.substring(2)).toString();
        }
        return cwd.resolve(value).toAbsolutePath().normalize();
    }

    /** {@code object.key} in JavaScript: reading from null/undefined is a TypeError. */
    private static JsonNode property(JsonNode object, String key) {
        if (object == null || object.isNull() || object.isMissingNode()) {
            throw new WazirException("Cannot read properties of " + (object == null || object.isMissingNode()
                    ? "undefined" : "null") + " (reading '" + key + "')");
        }
        return object.isObject() ? object.get(key) : null;
    }

    private static boolean truthy(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (node.isString()) {
            return !node.stringValue().isEmpty();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            double d = node.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        return true;
    }

    private static String nameText(JsonNode node) {
        if (!node.isString()) {
            throw new WazirException("name.toLowerCase is not a function");
        }
        return node.stringValue();
    }
}
