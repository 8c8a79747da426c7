package dev.wazir.check;

import dev.wazir.kit.JsonFiles;
import dev.wazir.kit.NodePaths;
import dev.wazir.kit.ProjectRoot;
import dev.wazir.kit.SchemaValidator;
import dev.wazir.kit.TextFiles;
import dev.wazir.kit.Yaml;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code wazir validate manifest}: the manifest's version, its schema, its declared paths, the
 * declared role and workflow files, export targets, and prohibited terms in those files. The
 * first failing check ends the run, as in 1.0.0.
 */
public final class ManifestCheck {
    static final String SCHEMA = "schemas/wazir-manifest.schema.json";

    private ManifestCheck() {
    }

    public static CheckResult run(Path root) {
        String rootText = root.toAbsolutePath().normalize().toString();
        JsonNode manifest = Yaml.read(root.resolve(ProjectRoot.MANIFEST));
        JsonNode schema = JsonFiles.read(root.resolve(SCHEMA));

        JsonNode version = manifest.isObject() ? manifest.get("manifest_version") : null;
        if (version != null && version.isNumber() && version.doubleValue() == 1) {
            return CheckResult.failed("Manifest version check failed", List.of(
                    "manifest_version 1 is no longer supported; migrate to manifest_version 2",
                    "add required fields: project.description, versioning_policy, workflows, export_targets, prohibited_terms",
                    "prohibited_terms enforcement in v2 applies only to manifest-declared role and workflow files"));
        }

        SchemaValidator.Result result = SchemaValidator.validate(schema, manifest);
        if (!result.valid()) {
            return CheckResult.failed("Manifest schema validation failed", result.errors());
        }

        CheckResult paths = checkPaths(rootText, manifest.get("paths"));
        if (paths != null) {
            return paths;
        }

        List<String> roleFiles = new ArrayList<>();
        for (JsonNode role : manifest.get("roles")) {
            roleFiles.add(NodePaths.join(rootText, "roles", role.stringValue() + ".md"));
        }
        CheckResult missingRoles = missing("Manifest role check failed", rootText, roleFiles);
        if (missingRoles != null) {
            return missingRoles;
        }
        List<String> workflowFiles = new ArrayList<>();
        for (JsonNode workflow : manifest.get("workflows")) {
            workflowFiles.add(NodePaths.join(rootText, "workflows", workflow.stringValue().replace('_', '-') + ".md"));
        }
        CheckResult missingWorkflows = missing("Manifest workflow check failed", rootText, workflowFiles);
        if (missingWorkflows != null) {
            return missingWorkflows;
        }

        List<String> badTargets = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        manifest.get("hosts").forEach(h -> hosts.add(h.stringValue()));
        for (JsonNode target : manifest.get("export_targets")) {
            if (!hosts.contains(target.stringValue())) {
                badTargets.add(target.stringValue() + ": export target must also be declared in hosts");
            }
        }
        if (!badTargets.isEmpty()) {
            return CheckResult.failed("Manifest export target check failed", badTargets);
        }

        List<String> hits = new ArrayList<>();
        List<String> contentFiles = new ArrayList<>(roleFiles);
        contentFiles.addAll(workflowFiles);
        for (String file : contentFiles) {
            if (!exists(file)) {
                continue;
            }
            String text = TextFiles.read(Path.of(file));
            for (JsonNode term : manifest.get("prohibited_terms")) {
                if (ProhibitedTerms.contains(text, term.stringValue())) {
                    hits.add(NodePaths.relative(rootText, file) + ": contains prohibited term \"" + term.stringValue() + "\"");
                }
            }
        }
        if (!hits.isEmpty()) {
            return CheckResult.failed("Manifest prohibited term check failed", hits);
        }
        return CheckResult.passed("Manifest is valid.");
    }

    /** Steps 3 and 4: declared paths must stay inside the root, then exist. */
    private static CheckResult checkPaths(String rootText, JsonNode paths) {
        List<String[]> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : paths.properties()) {
            JsonNode value = e.getValue();
            if (!value.isString()) {
                continue;
            }
            String relative = value.stringValue();
            if (relative.startsWith("~") || relative.startsWith("/") || relative.contains("{")) {
                continue;
            }
            checked.add(new String[] {e.getKey(), relative, NodePaths.resolve(rootText, relative)});
        }
        List<String> escaping = new ArrayList<>();
        for (String[] entry : checked) {
            if (NodePaths.escapes(NodePaths.relative(rootText, entry[2]))) {
                escaping.add(entry[0] + ": " + entry[1] + " resolves outside the project root");
            }
        }
        if (!escaping.isEmpty()) {
            return CheckResult.failed("Manifest path check failed", escaping);
        }
        List<String> missing = new ArrayList<>();
        for (String[] entry : checked) {
            if (!exists(entry[2])) {
                missing.add(entry[0] + ": missing " + entry[2]);
            }
        }
        return missing.isEmpty() ? null : CheckResult.failed("Manifest path check failed", missing);
    }

    private static CheckResult missing(String heading, String rootText, List<String> files) {
        List<String> problems = new ArrayList<>();
        for (String file : files) {
            if (!exists(file)) {
                problems.add(NodePaths.relative(rootText, file));
            }
        }
        return problems.isEmpty() ? null : CheckResult.failed(heading, problems);
    }
    /** Whether anything exists at the path, following links; like Node's existsSync, a path the OS cannot name (a NUL in it) does not. */
    private static boolean exists(String path) {
        try {
            return Files.exists(Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
