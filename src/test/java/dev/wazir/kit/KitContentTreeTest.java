package dev.wazir.kit;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks the project's own kit tree (manifest, roles, workflows, hook definitions, schemas)
 * against the contract in kit-content.md. Expected ids come from the spec, not from the
 * manifest, so a manifest that lost an entry fails here.
 */
class KitContentTreeTest {

    static final List<String> HOSTS = List.of("claude", "codex", "gemini", "cursor");
    static final List<String> WORKFLOWS = List.of("clarify", "discover", "specify", "spec_challenge", "author",
            "design", "design_review", "plan", "plan_review", "execute", "verify", "review", "learn",
            "prepare_next", "run_audit");
    static final List<String> PHASES = WORKFLOWS.subList(0, 14);
    static final List<String> ROLES = List.of("clarifier", "researcher", "specifier", "content-author", "designer",
            "planner", "executor", "verifier", "reviewer", "learner");
    static final List<String> HOOKS = List.of("session_start", "pre_tool_capture_route", "post_tool_capture",
            "pre_compact_summary", "stop_handoff_harvest", "protected_path_write_guard", "loop_cap_guard");
    static final List<String> PROTECTED = List.of("input", "roles", "workflows", "schemas", "exports/hosts");
    static final List<String> PROHIBITED = List.of("Agent OS", "daemon", "HTTP control plane", "web UI",
            "OpenAI Symphony", "Elixir");
    static final List<String> PARSERS = Stream.of("javascript", "typescript", "python", "go", "rust", "java", "sql",
            "json", "yaml", "markdown").map(l -> "builtin-heuristic-" + l).toList();
    static final List<String> CHECKS = List.of("docs-truth", "brand-truth", "export-drift", "artifact-schema",
            "review-loop", "verification-proof", "docs-required", "protected-paths", "state-hygiene",
            "runtime-surface");
    static final List<String> SCHEMAS = List.of("accepted-learning", "author-artifact", "clarification",
            "design-artifact", "docs-claim", "export-manifest", "hook", "host-export-package", "implementation-plan",
            "proposed-learning", "research", "review", "run-manifest", "spec-challenge", "spec", "usage",
            "verification-proof", "wazir-manifest");
    static final List<String> ENVELOPE = List.of("phase", "role", "run_id", "created_at", "sources", "status",
            "loop_number");
    static final Set<String> GIT_FLOW_ROLES = Set.of("planner", "executor", "verifier", "reviewer", "learner",
            "designer");
    static final Pattern SUBAGENT_NAME = Pattern.compile("[a-z]+(-[a-z]+)*");

    static Path root;
    static JsonNode manifest;

    @BeforeAll
    static void findProjectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("wazir.manifest.yaml"))) {
            dir = dir.getParent();
        }
        assertNotNull(dir, "no wazir.manifest.yaml above the test's working directory");
        root = dir;
        manifest = Yaml.read(root.resolve("wazir.manifest.yaml"));
    }

    // ---- manifest -------------------------------------------------------------------------

    @Test
    void manifestCarriesTheKitIdsInPipelineOrder() {
        assertEquals(2, manifest.get("manifest_version").intValue());
        assertEquals("wazir", text(manifest.get("project").get("name")));
        assertEquals("Wazir", text(manifest.get("project").get("display_name")));
        assertEquals("MIT", text(manifest.get("project").get("license")));
        assertTrue(manifest.get("project").get("version").isString(), "project.version must be a string");
        JsonNode policy = manifest.get("versioning_policy");
        assertEquals("semver", text(policy.get("strategy")));
        assertEquals("pre-1.0-alpha", text(policy.get("stability")));
        assertEquals("additive_changes_only_until_manifest_bump", text(policy.get("compatibility")));

        assertEquals(HOSTS, strings(manifest.get("hosts")));
        assertEquals(WORKFLOWS, strings(manifest.get("workflows")));
        assertEquals(PHASES, strings(manifest.get("phases")));
        assertEquals(ROLES, strings(manifest.get("roles")));
        assertEquals(HOSTS, strings(manifest.get("export_targets")));
        assertEquals(HOOKS, strings(manifest.get("required_hooks")));
        assertEquals(PROTECTED, strings(manifest.get("protected_paths")));
        assertEquals(PROHIBITED, strings(manifest.get("prohibited_terms")));
        assertEquals(PARSERS, strings(manifest.get("index").get("core_parsers")));
        assertEquals(List.of(), strings(manifest.get("index").get("optional_language_plugins")));
        assertEquals(CHECKS, strings(manifest.get("validation_checks")));
    }

    @Test
    void manifestAdaptersAreOptionalAndExternal() {
        JsonNode adapters = manifest.get("adapters");
        assertEquals(List.of("context_mode", "open_pencil"), keys(adapters));
        for (String name : List.of("context_mode", "open_pencil")) {
            JsonNode adapter = adapters.get(name);
            assertEquals(List.of("enabled_by_default", "required", "install_mode", "package_presence"), keys(adapter));
            assertFalse(adapter.get("enabled_by_default").booleanValue(), name);
            assertTrue(adapter.get("required").isBoolean() && !adapter.get("required").booleanValue(), name);
            assertEquals("external", text(adapter.get("install_mode")));
            assertEquals("optional", text(adapter.get("package_presence")));
        }
    }

    @Test
    void everyDeclaredPathExistsInsideTheProject() {
        JsonNode paths = manifest.get("paths");
        for (String required : List.of("roles", "workflows", "skills", "hooks", "templates", "schemas", "expertise",
                "docs", "exports", "tooling", "examples", "state_root_default")) {
            assertTrue(paths.has(required), "paths." + required + " is required");
        }
        assertEquals("~/.wazir/projects/{project_slug}", text(paths.get("state_root_default")));
        for (Map.Entry<String, JsonNode> entry : paths.properties()) {
            String value = text(entry.getValue());
            if (value.startsWith("~") || value.contains("{") || Path.of(value).isAbsolute()) {
                continue;
            }
            Path target = root.resolve(value).normalize();
            assertTrue(target.startsWith(root), "paths." + entry.getKey() + " leaves the project root");
            assertTrue(Files.isDirectory(target), "paths." + entry.getKey() + ": missing " + target);
        }
    }

    // ---- roles ----------------------------------------------------------------------------

    @Test
    void everyRoleIsAValidSubAgentWithTheRequiredSections() throws IOException {
        for (String role : ROLES) {
            Path file = root.resolve("roles").resolve(role + ".md");
            assertTrue(Files.isRegularFile(file), "missing " + file);
            String text = Files.readString(file);
            String body = assertFrontMatter(role, text);
            assertTrue(body.startsWith("# " + role + "\n"), role + ": H1 must be the role id");

            int tools = line(text, "## Allowed Tools");
            assertTrue(tools >= 0, role + ": no ## Allowed Tools");
            assertTrue(section(text, "## Allowed Tools").contains("Wazir CLI recall and index commands"),
                    role + ": Allowed Tools must name the recall and index commands");
            assertTrue(line(text, "## Context retrieval") > tools, role + ": Context retrieval after Allowed Tools");
            for (String heading : List.of("## Purpose", "## Inputs", "## Required Outputs", "## Escalation Rules",
                    "## Failure Conditions")) {
                assertTrue(line(text, heading) >= 0, role + ": no " + heading);
            }
            if (GIT_FLOW_ROLES.contains(role)) {
                assertTrue(line(text, "## Git-Flow Responsibilities") > line(text, "## Required Outputs"),
                        role + ": Git-Flow Responsibilities after Required Outputs");
            }
            assertTrue(line(text, "## Failure Conditions") > line(text, "## Escalation Rules"), role);
        }
    }

    @Test
    void rolesCarryTheFragmentsTheirContractsPromise() throws IOException {
        Map<String, List<String>> fragments = new LinkedHashMap<>();
        fragments.put("planner", List.of("specify target branch"));
        fragments.put("executor", List.of("create feature/codex branch", "conventional commit format", "CHANGELOG.md",
                "do NOT merge"));
        fragments.put("verifier", List.of("wazir validate branches", "wazir validate commits",
                "wazir validate changelog", "--require-entries", "wazir export --check"));
        fragments.put("reviewer", List.of("changelog entries", "commit messages accurately describe"));
        fragments.put("learner", List.of("git-flow violations", "track patterns of violations"));
        fragments.put("designer", List.of("feat(design)", "run-local state directory"));
        for (Map.Entry<String, List<String>> entry : fragments.entrySet()) {
            String text = role(entry.getKey());
            for (String fragment : entry.getValue()) {
                assertTrue(text.contains(fragment), entry.getKey() + " must mention " + fragment);
            }
        }
        assertTrue(Pattern.compile("(?m)^.*`commit_message`.*field.*$").matcher(role("planner")).find(),
                "planner: commit_message field on one line");
        assertTrue(role("learner").toLowerCase(Locale.ROOT).contains("hedging"));

        String verifier = role("verifier");
        int validation = line(verifier, "## Post-execution validation");
        assertTrue(validation > line(verifier, "## Context retrieval"));
        assertTrue(validation < line(verifier, "## Required Outputs"));
        for (String check : List.of("manifest", "hooks", "docs", "brand", "runtime", "branches", "commits",
                "changelog")) {
            assertTrue(section(verifier, "## Post-execution validation").contains("`wazir validate " + check + "`"),
                    "verifier runs validate " + check);
        }

        Map<String, String> writing = Map.of("executor", "domain-rules-code.md",
                "content-author", "domain-rules-content.md", "specifier", "domain-rules-technical-docs.md",
                "planner", "domain-rules-technical-docs.md", "reviewer", "domain-rules-technical-docs.md",
                "learner", "domain-rules-technical-docs.md");
        for (Map.Entry<String, String> entry : writing.entrySet()) {
            String text = role(entry.getKey());
            assertTrue(line(text, "## Writing Quality") >= 0, entry.getKey() + ": no ## Writing Quality");
            assertTrue(section(text, "## Writing Quality").contains(entry.getValue()),
                    entry.getKey() + " must point at " + entry.getValue());
        }
    }

    // ---- workflows ------------------------------------------------------------------------

    @Test
    void everyWorkflowHasItsEntryExitAndRole() throws IOException {
        for (String id : WORKFLOWS) {
            String stem = id.replace('_', '-');
            Path file = root.resolve("workflows").resolve(stem + ".md");
            assertTrue(Files.isRegularFile(file), "missing " + file);
            String text = Files.readString(file);
            assertTrue(text.startsWith("# " + stem + "\n"), stem + ": H1 must be the file stem, no front matter");
            int purpose = text.indexOf("## Purpose");
            int failure = text.indexOf("## Failure Conditions");
            assertTrue(purpose >= 0 && failure >= 0, stem + ": Purpose and Failure Conditions");
            assertTrue(line(text, "## Phase entry") > purpose, stem + ": Phase entry after Purpose");
            int exit = line(text, "## Phase exit");
            assertTrue(exit >= 0 && exit < failure, stem + ": Phase exit before Failure Conditions");
            assertTrue(section(text, "## Phase entry").contains("--event phase_enter"), stem);
            assertTrue(section(text, "## Phase exit").contains("--event phase_exit"), stem);

            Matcher primary = Pattern.compile("`([a-z-]+)`").matcher(section(text, "## Primary Role"));
            assertTrue(primary.find(), stem + ": Primary Role names a role");
            assertTrue(ROLES.contains(primary.group(1)), stem + ": unknown primary role " + primary.group(1));
            for (String heading : List.of("## Inputs", "## Outputs", "## Approval Gate")) {
                assertTrue(line(text, heading) >= 0, stem + ": no " + heading);
            }
        }
    }

    @Test
    void gatesExecuteDesignAndReviewHaveTheirExtraSections() throws IOException {
        for (String gate : List.of("spec-challenge", "design-review", "plan-review")) {
            String text = workflow(gate);
            assertTrue(line(text, "## Gate decision") >= 0, gate + ": no ## Gate decision");
            assertTrue(section(text, "## Gate decision").contains("gate_approved"), gate);
            assertTrue(section(text, "## Gate decision").contains("gate_rejected"), gate);
        }
        String execute = workflow("execute");
        assertTrue(line(execute, "## Pre-execution validation") > line(execute, "## Phase entry"));
        assertTrue(execute.contains("wazir validate manifest"));
        assertTrue(execute.contains("wazir validate hooks"));
        String design = workflow("design");
        for (String heading : List.of("## Purpose", "## Inputs", "## Primary Role", "## Outputs",
                "## Skip Conditions", "## Failure Conditions")) {
            assertTrue(line(design, heading) >= 0, "design: no " + heading);
        }
        assertTrue(workflow("review").contains("design artifact"));
    }

    @Test
    void roleAndWorkflowFilesAvoidEveryProhibitedTerm() throws IOException {
        List<Path> files = new ArrayList<>();
        ROLES.forEach(r -> files.add(root.resolve("roles").resolve(r + ".md")));
        WORKFLOWS.forEach(w -> files.add(root.resolve("workflows").resolve(w.replace('_', '-') + ".md")));
        List<String> hits = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file);
            for (String term : PROHIBITED) {
                Pattern pattern = Pattern.compile("\\b" + Pattern.quote(term) + "\\b", Pattern.CASE_INSENSITIVE);
                if (pattern.matcher(text).find()) {
                    hits.add(root.relativize(file) + ": " + term);
                }
            }
        }
        assertEquals(List.of(), hits);
    }

    // ---- hooks ----------------------------------------------------------------------------

    @Test
    void hookDefinitionsMatchTheRosterAndCoverEveryHost() throws IOException {
        Map<String, String> failure = Map.of("session_start", "capture 0", "pre_tool_capture_route", "warn 0",
                "post_tool_capture", "capture 0", "pre_compact_summary", "warn 0", "stop_handoff_harvest", "capture 0",
                "protected_path_write_guard", "block 42", "loop_cap_guard", "block 43");
        Set<String> ids = new LinkedHashSet<>();
        try (Stream<Path> listing = Files.list(root.resolve("hooks/definitions"))) {
            for (Path file : listing.sorted().toList()) {
                String name = file.getFileName().toString();
                assertTrue(name.endsWith(".yaml"), "hook definitions use .yaml: " + name);
                String stem = name.substring(0, name.length() - ".yaml".length());
                JsonNode hook = Yaml.read(file);
                assertEquals(List.of("id", "trigger", "description", "input_contract", "allowed_side_effects",
                        "output_contract", "failure_behavior", "host_fallback"), keys(hook), name);
                assertEquals(stem, text(hook.get("id")), name + ": id must equal the file name");
                assertEquals(stem, text(hook.get("trigger")), name);
                assertFalse(text(hook.get("description")).isBlank(), name);
                for (String host : HOSTS) {
                    JsonNode fallback = hook.get("host_fallback").get(host);
                    assertTrue(fallback != null && fallback.isString() && !fallback.stringValue().isEmpty(),
                            name + ": missing host_fallback." + host);
                }
                JsonNode behavior = hook.get("failure_behavior");
                assertEquals(failure.get(stem), text(behavior.get("mode")) + " " + behavior.get("exit_code").intValue());
                ids.add(stem);
            }
        }
        assertEquals(Set.copyOf(HOOKS), ids);
    }

    @Test
    void validateManifestPassesOnTheProjectTree() {
        CommandResult result = Cli.run(root, "validate", "manifest");
        assertEquals("", result.stderr());
        assertEquals("Manifest is valid.\n", result.stdout());
        assertEquals(0, result.exitCode());
    }

    @Test
    void validateHooksPassesOnTheProjectTree() {
        CommandResult result = Cli.run(root, "validate", "hooks");
        assertEquals("", result.stderr());
        assertEquals("Hooks are valid. Checked 7 definition files.\n", result.stdout());
        assertEquals(0, result.exitCode());
    }

    // ---- schemas --------------------------------------------------------------------------

    @Test
    void everySchemaIsDraft2020WithItsOwnId() throws IOException {
        List<String> present = new ArrayList<>();
        try (Stream<Path> listing = Files.list(root.resolve("schemas"))) {
            listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json"))
                    .forEach(n -> present.add(n.substring(0, n.length() - ".schema.json".length())));
        }
        present.sort(null);
        assertEquals(SCHEMAS.stream().sorted().toList(), present);
        for (String name : SCHEMAS) {
            JsonNode schema = JsonFiles.read(root.resolve("schemas").resolve(name + ".schema.json"));
            assertEquals("https://json-schema.org/draft/2020-12/schema", text(schema.get("$schema")), name);
            assertEquals("https://wazir.dev/schemas/" + name + ".schema.json", text(schema.get("$id")), name);
            assertEquals("object", text(schema.get("type")), name);
            assertFalse(text(schema.get("title")).isBlank(), name);
        }
    }

    @Test
    void artifactSchemasPinPhaseRoleAndContentFields() {
        JsonNode author = schema("author-artifact");
        List<String> required = strings(author.get("required"));
        assertTrue(required.containsAll(ENVELOPE));
        assertTrue(required.containsAll(List.of("microcopy", "i18n_keys", "seed_data", "terminology", "asset_metadata",
                "state_coverage", "notifications", "editorial_constraints", "coverage_matrix")));
        JsonNode props = author.get("properties");
        assertEquals("author", text(props.get("phase").get("const")));
        assertEquals("author", text(props.get("role").get("const")));
        for (String array : List.of("microcopy", "i18n_keys", "seed_data", "terminology", "asset_metadata",
                "notifications", "coverage_matrix")) {
            assertEquals("array", text(props.get(array).get("type")), array);
        }
        assertEquals("object", text(props.get("state_coverage").get("type")));
        assertEquals("object", text(props.get("editorial_constraints").get("type")));

        JsonNode design = schema("design-artifact");
        assertTrue(strings(design.get("required")).containsAll(List.of("design_file", "exported_code", "design_tokens",
                "screenshots", "spec_reference")));
        assertEquals("design", text(design.get("properties").get("phase").get("const")));
        assertEquals("designer", text(design.get("properties").get("role").get("const")));
        assertEquals("array", text(design.get("properties").get("screenshots").get("type")));
        assertEquals(1, design.get("properties").get("screenshots").get("minItems").intValue());

        JsonNode hook = schema("hook");
        assertEquals(HOOKS, strings(hook.get("properties").get("trigger").get("enum")));
        assertFalse(hook.get("additionalProperties").booleanValue());
        assertEquals(HOSTS, keys(hook.get("properties").get("host_fallback").get("properties")));

        JsonNode manifestSchema = schema("wazir-manifest");
        assertEquals(List.of("manifest_version", "project", "versioning_policy", "paths", "hosts", "workflows",
                "phases", "roles", "export_targets", "required_hooks", "protected_paths", "prohibited_terms",
                "adapters", "index", "validation_checks"), strings(manifestSchema.get("required")));
        assertEquals(strings(manifestSchema.get("required")), keys(manifestSchema.get("properties")));
    }

    // ---- helpers --------------------------------------------------------------------------

    /** Checks the Claude Code sub-agent front matter and returns the text after it. */
    private static String assertFrontMatter(String role, String text) {
        if (!text.startsWith("---\n")) {
            fail(role + ": must open with YAML front matter");
        }
        int close = text.indexOf("\n---\n", 4);
        assertTrue(close > 0, role + ": front matter is not closed");
        JsonNode front = Yaml.parse(text.substring(4, close + 1));
        assertEquals(List.of("name", "description"), keys(front), role);
        String name = text(front.get("name"));
        assertEquals(role, name, role + ": name must equal the role id");
        assertTrue(SUBAGENT_NAME.matcher(name).matches(), role + ": sub-agent names are lowercase letters and hyphens");
        String description = text(front.get("description"));
        assertTrue(description.length() >= 40 && description.length() <= 1024, role + ": description length");
        return text.substring(close + "\n---\n".length());
    }

    private static String role(String id) throws IOException {
        return Files.readString(root.resolve("roles").resolve(id + ".md"));
    }

    private static String workflow(String stem) throws IOException {
        return Files.readString(root.resolve("workflows").resolve(stem + ".md"));
    }

    private static JsonNode schema(String name) {
        return JsonFiles.read(root.resolve("schemas").resolve(name + ".schema.json"));
    }

    /** Offset of the first line that is exactly {@code heading}, or -1. */
    private static int line(String text, String heading) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(heading) + "$").matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** Body of the section under {@code heading}, up to the next H2. */
    private static String section(String text, String heading) {
        int start = line(text, heading);
        if (start < 0) {
            return "";
        }
        int bodyStart = start + heading.length();
        int next = text.indexOf("\n## ", bodyStart);
        return text.substring(bodyStart, next < 0 ? text.length() : next);
    }

    private static String text(JsonNode node) {
        assertNotNull(node);
        assertTrue(node.isString(), "expected a string, got " + node);
        return node.stringValue();
    }

    private static List<String> strings(JsonNode array) {
        assertNotNull(array);
        assertTrue(array.isArray(), "expected a list, got " + array);
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            out.add(text(item));
        }
        return out;
    }

    private static List<String> keys(JsonNode object) {
        assertNotNull(object);
        assertTrue(object.isObject(), "expected a mapping, got " + object);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            out.add(entry.getKey());
        }
        return out;
    }
}
