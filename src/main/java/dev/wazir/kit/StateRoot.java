package dev.wazir.kit;

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
     * Resolves the state root from the manifest. {@code cwd} is the process working directory
     * (relative templates resolve against it, not the project root), {@code home} the home folder.
     */
    public static Path resolve(Path projectRoot, JsonNode manifest, Path cwd, String home) {
        JsonNode paths = manifest == null ? null : manifest.get("paths");
        JsonNode templateNode = paths == null ? null : paths.get("state_root_default");
        if (templateNode == null || !templateNode.isString()) {
            throw new dev.wazir.WazirException("template.replace is not a function");
        }
        String template = templateNode.stringValue();
        JsonNode project = manifest.get("project");
        JsonNode nameNode = project == null ? null : project.get("name");
        String name = nameNode != null && nameNode.isString() && !nameNode.stringValue().isEmpty()
                ? nameNode.stringValue()
                : String.valueOf(projectRoot.getFileName());
        String value = template.replaceFirst(java.util.regex.Pattern.quote("{project_slug}"),
                java.util.regex.Matcher.quoteReplacement(slug(name)));
        if (value.equals("~")) {
            value = home;
        } else if (value.startsWith("~/")) {
            value = Path.of(home).resolve(value.substring(2)).toString();
        }
        return cwd.resolve(value).toAbsolutePath().normalize();
    }
}
