package dev.wazir.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The 1.0.0 export test fixture: project "fixture-export" / "Fixture Export", all four hosts,
 * roles clarifier and reviewer, workflows clarify and review (plus an undeclared
 * run-orchestrator.md), three hook definitions, and the two metadata schemas.
 */
public final class ExportFixture {
    public static final List<String> FOLDERS = List.of("input", "roles", "workflows", "skills", "hooks/definitions",
            "templates", "schemas", "expertise", "docs", "exports/hosts/claude", "exports/hosts/codex",
            "exports/hosts/gemini", "exports/hosts/cursor", "tooling", "memory", "examples");

    public static final String CLARIFIER = "# clarifier\n\n## Purpose\n\nTurn the briefing into a clear, bounded scope.\n\n"
            + "## Inputs\n\n- the briefing in input/\n";
    public static final String REVIEWER = "# reviewer\n\n## Purpose\n\nFind problems before they ship:\nsay what is wrong and why.\n";
    public static final String CLARIFY = "# clarify\n\n## Purpose\n\nSettle what the run must do.\n\n"
            + "## Phase entry\n\n`wazir capture event --run <run-id> --event phase_enter --phase clarify --status in_progress`\n";
    public static final String REVIEW = "# review\n\n## Purpose\n\nReview the \"changed\" files against C:\\spec.\n";

    private ExportFixture() {
    }

    public static Path create(Path root) {
        return create(root, List.of("claude", "codex", "gemini", "cursor"));
    }

    public static Path create(Path root, List<String> hosts) {
        for (String folder : FOLDERS) {
            mkdirs(root.resolve(folder));
        }
        String hostList = quoted(hosts);
        write(root, "wazir.manifest.yaml", "{\n"
                + "  \"manifest_version\": 2,\n"
                + "  \"project\": {\"name\": \"fixture-export\", \"display_name\": \"Fixture Export\", \"version\": \"0.0.0\","
                + " \"description\": \"Export fixture.\", \"license\": \"MIT\"},\n"
                + "  \"versioning_policy\": {\"strategy\": \"semver\", \"stability\": \"alpha\", \"compatibility\": \"additive\"},\n"
                + "  \"paths\": {\"input\": \"input\", \"roles\": \"roles\", \"workflows\": \"workflows\", \"skills\": \"skills\","
                + " \"hooks\": \"hooks\", \"templates\": \"templates\", \"schemas\": \"schemas\", \"expertise\": \"expertise\","
                + " \"docs\": \"docs\", \"exports\": \"exports\", \"tooling\": \"tooling\", \"memory\": \"memory\","
                + " \"examples\": \"examples\", \"state_root_default\": \"~/.wazir/projects/{project_slug}\"},\n"
                + "  \"hosts\": " + hostList + ",\n"
                + "  \"workflows\": [\"clarify\", \"review\"],\n"
                + "  \"phases\": [\"clarify\", \"review\"],\n"
                + "  \"roles\": [\"reviewer\", \"clarifier\"],\n"
                + "  \"export_targets\": " + hostList + ",\n"
                + "  \"required_hooks\": [\"session_start\", \"protected_path_write_guard\", \"loop_cap_guard\"],\n"
                + "  \"protected_paths\": [\"input\", \"exports/hosts\"],\n"
                + "  \"prohibited_terms\": [\"agent-os\", \"daemon\"],\n"
                + "  \"adapters\": {\"context_mode\": {\"enabled_by_default\": false, \"required\": false,"
                + " \"install_mode\": \"external\", \"package_presence\": \"optional\"}},\n"
                + "  \"index\": {\"core_parsers\": [], \"optional_language_plugins\": []},\n"
                + "  \"validation_checks\": []\n"
                + "}\n");
        write(root, "roles/clarifier.md", CLARIFIER);
        write(root, "roles/reviewer.md", REVIEWER);
        write(root, "workflows/clarify.md", CLARIFY);
        write(root, "workflows/review.md", REVIEW);
        write(root, "workflows/run-orchestrator.md", "# run-orchestrator\n");
        for (String hook : List.of("session_start", "protected_path_write_guard", "loop_cap_guard")) {
            write(root, "hooks/definitions/" + hook + ".yaml", hookDefinition(hook, hosts));
        }
        for (String schema : List.of("wazir-manifest.schema.json", "hook.schema.json",
                "host-export-package.schema.json", "export-manifest.schema.json")) {
            try {
                Files.copy(Path.of("schemas", schema).toAbsolutePath(), root.resolve("schemas").resolve(schema));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    static String hookDefinition(String id, List<String> hosts) {
        StringBuilder fallback = new StringBuilder();
        for (String host : hosts) {
            fallback.append(fallback.length() == 0 ? "" : ", ").append('"').append(host).append("\": \"native_hook\"");
        }
        return "{\"id\": \"" + id + "\", \"trigger\": \"" + id + "\", \"description\": \"Fixture hook.\","
                + " \"input_contract\": {}, \"allowed_side_effects\": [], \"output_contract\": {},"
                + " \"failure_behavior\": {\"mode\": \"warn\"}, \"host_fallback\": {" + fallback + "}}\n";
    }

    private static String quoted(List<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (String item : items) {
            out.append(out.length() == 1 ? "" : ", ").append('"').append(item).append('"');
        }
        return out.append(']').toString();
    }

    public static void write(Path root, String relative, String text) {
        Path file = root.resolve(relative);
        mkdirs(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path root, String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file and folder under {@code dir} (relative path → bytes, "/" for folders). */
    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                out.put(rel, Files.isDirectory(p) ? "/" : sha256(p).substring(0, 16));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
