package dev.wazir;

import dev.wazir.kit.JsonFiles;
import dev.wazir.text.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A small valid kit tree in a temporary folder, shaped like 1.0.0's validate test fixture: the
 * manifest written as JSON text into {@code wazir.manifest.yaml}, one hook, one role, one
 * workflow, and copies of the project's own schemas. Break one thing and run a command:
 *
 * <pre>
 *   KitFixture kit = KitFixture.create(tempDir).withManifest(m -> m.put("manifest_version", 1));
 *   CommandResult r = Cli.run(kit.root(), "validate", "manifest");
 * </pre>
 */
public final class KitFixture {
    /** The schemas copied from the project's {@code schemas/} folder. */
    public static final List<String> SCHEMAS = List.of("wazir-manifest.schema.json", "hook.schema.json",
            "docs-claim.schema.json", "host-export-package.schema.json", "export-manifest.schema.json");
    /** The folders every manifest path of the fixture points at. */
    public static final List<String> FOLDERS = List.of("input", "artifacts_repo", "roles", "workflows", "skills",
            "hooks", "templates", "schemas", "expertise", "docs", "exports", "tooling", "memory", "examples",
            "archive", "hooks/definitions");

    private final Path root;
    private ObjectNode manifest;

    private KitFixture(Path root) {
        this.root = root;
    }

    /** Writes the valid fixture into {@code dir} (which becomes the project root). */
    public static KitFixture create(Path dir) {
        KitFixture kit = new KitFixture(dir);
        for (String folder : FOLDERS) {
            kit.mkdirs(folder);
        }
        kit.manifest = defaultManifest();
        kit.writeManifest();
        kit.write("hooks/definitions/session_start.yaml", Json.pretty(hook("session_start", "claude")) + "\n");
        kit.write("README.md", "# Fixture\n");
        kit.write("package.json", "{\n  \"name\": \"fixture\",\n  \"bin\": {\n    \"wazir\": \"tooling/src/cli.js\"\n  }\n}\n");
        kit.write("docs/tooling-cli.md", "# Tooling CLI\n");
        kit.write("roles/clarifier.md", "# Clarifier\n\nAsks the questions that make a task unambiguous.\n");
        kit.write("workflows/clarify.md", "# Clarify\n\nTurn a request into a clear, testable brief.\n");
        for (String schema : SCHEMAS) {
            kit.copySchema(schema);
        }
        return kit;
    }

    private static ObjectNode defaultManifest() {
        ObjectNode m = Json.object();
        m.put("manifest_version", 2);
        ObjectNode project = m.putObject("project");
        project.put("name", "fixture");
        project.put("display_name", "Fixture");
        project.put("version", "0.1.0");
        project.put("description", "Fixture project");
        project.put("license", "MIT");
        ObjectNode policy = m.putObject("versioning_policy");
        policy.put("strategy", "semver");
        policy.put("stability", "alpha");
        policy.put("compatibility", "additive");
        ObjectNode paths = m.putObject("paths");
        for (String folder : FOLDERS) {
            if (!folder.contains("/")) {
                paths.put(folder, folder);
            }
        }
        paths.put("state_root_default", "~/.wazir/projects/{project_slug}");
        strings(m.putArray("hosts"), "claude");
        strings(m.putArray("workflows"), "clarify");
        strings(m.putArray("phases"), "clarify");
        strings(m.putArray("roles"), "clarifier");
        strings(m.putArray("export_targets"), "claude");
        strings(m.putArray("required_hooks"), "session_start");
        strings(m.putArray("protected_paths"), "input");
        strings(m.putArray("prohibited_terms"), "Agent OS", "daemon");
        ObjectNode adapter = m.putObject("adapters").putObject("context_mode");
        adapter.put("enabled_by_default", false);
        adapter.put("required", false);
        adapter.put("install_mode", "external");
        adapter.put("package_presence", "optional");
        ObjectNode index = m.putObject("index");
        index.putArray("core_parsers");
        index.putArray("optional_language_plugins");
        m.putArray("validation_checks");
        return m;
    }

    /** A valid hook definition for {@code id} with a fallback for each given host. */
    public static ObjectNode hook(String id, String... hosts) {
        ObjectNode h = Json.object();
        h.put("id", id);
        h.put("trigger", id);
        h.put("description", "Fixture hook " + id);
        h.putObject("input_contract").put("payload", "host event");
        strings(h.putArray("allowed_side_effects"), "write_state");
        h.putObject("output_contract").put("result", "status line");
        h.putObject("failure_behavior").put("mode", "warn");
        ObjectNode fallback = h.putObject("host_fallback");
        for (String host : hosts) {
            fallback.put(host, "native_hook");
        }
        return h;
    }

    private static void strings(ArrayNode array, String... values) {
        for (String v : values) {
            array.add(v);
        }
    }

    public Path root() {
        return root;
    }

    /** The manifest as last written (a live tree: edit it through {@link #withManifest}). */
    public ObjectNode manifest() {
        return manifest;
    }

    /** Edits the manifest tree and rewrites {@code wazir.manifest.yaml} as JSON text. */
    public KitFixture withManifest(Consumer<ObjectNode> edit) {
        edit.accept(manifest);
        writeManifest();
        return this;
    }

    /** Replaces {@code wazir.manifest.yaml} with exactly this text. */
    public KitFixture withManifestText(String text) {
        return write("wazir.manifest.yaml", text);
    }

    /** Writes (or replaces) a hook definition as JSON text. */
    public KitFixture withHook(String fileName, JsonNode definition) {
        return write("hooks/definitions/" + fileName, Json.pretty(definition) + "\n");
    }

    /** Writes a UTF-8 text file (parent folders created). */
    public KitFixture write(String relativePath, String text) {
        Path file = root.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public KitFixture mkdirs(String relativePath) {
        try {
            Files.createDirectories(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Deletes a file or a whole folder. */
    public KitFixture delete(String relativePath) {
        Path target = root.resolve(relativePath);
        if (!Files.exists(target)) {
            return this;
        }
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A schema from the project's {@code schemas/} folder, parsed. */
    public static JsonNode projectSchema(String name) {
        return JsonFiles.read(projectSchemasFolder().resolve(name));
    }

    private static Path projectSchemasFolder() {
        return Path.of("schemas").toAbsolutePath();
    }

    private void copySchema(String name) {
        try {
            Files.copy(projectSchemasFolder().resolve(name), root.resolve("schemas").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy schemas/" + name + " into the fixture", e);
        }
    }

    private void writeManifest() {
        write("wazir.manifest.yaml", Json.pretty(manifest) + "\n");
    }
}
