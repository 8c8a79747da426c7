package dev.wazir.export;

import tools.jackson.databind.JsonNode;

import java.util.List;

/** The instruction text every host package opens with (CLAUDE.md, AGENTS.md, GEMINI.md, the Cursor rule). */
final class CommonInstructions {
    private CommonInstructions() {
    }

    static String render(String host, JsonNode manifest) {
        String display = displayName(manifest);
        JsonNode paths = manifest.get("paths");
        String stateRoot = ExportInputs.jsString(paths == null ? null : paths.get("state_root_default"));
        return String.join("\n", List.of(
                "# " + display + " for " + ExportText.title(host),
                "",
                "This host package is generated from the canonical Wazir sources.",
                "",
                "## Canonical facts",
                "",
                "- project: " + display,
                "- hosts: " + joined(manifest, "hosts"),
                "- phases: " + joined(manifest, "phases"),
                "- roles: " + joined(manifest, "roles"),
                "- protected paths: " + joined(manifest, "protected_paths"),
                "- state root default: " + stateRoot,
                "",
                "## Source of truth",
                "",
                "- `wazir.manifest.yaml`",
                "- `roles/*.md`",
                "- `workflows/*.md`",
                "- `hooks/definitions/*.yaml`",
                ""));
    }

    static String displayName(JsonNode manifest) {
        JsonNode project = manifest.get("project");
        return ExportInputs.jsString(project == null ? null : project.get("display_name"));
    }

    private static String joined(JsonNode manifest, String key) {
        return String.join(", ", ExportInputs.strings(manifest, key));
    }
}
