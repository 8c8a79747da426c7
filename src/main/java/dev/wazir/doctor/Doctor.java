package dev.wazir.doctor;

import dev.wazir.WazirException;
import dev.wazir.check.CheckResult;
import dev.wazir.check.KitValidators;
import dev.wazir.kit.ProjectRoot;
import dev.wazir.kit.StateRoot;
import dev.wazir.kit.Yaml;
import dev.wazir.text.Json;
import dev.wazir.text.JsText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * `wazir doctor`: is this kit fit to use? Four checks, in 1.0.0's order: the manifest, the hook
 * definitions, the default state root (it must live outside the project), and one export folder
 * per declared host. Problems the checks cannot even start on (no project, unreadable manifest)
 * are thrown as {@link WazirException}s.
 */
public final class Doctor {
    /** One line of the report. */
    public record Check(String name, boolean passed, String detail) {
    }

    /** The whole report; healthy when every check passed. */
    public record Report(Path projectRoot, Path stateRoot, List<Check> checks) {
        public boolean healthy() {
            return checks.stream().allMatch(Check::passed);
        }

        /** `PASS name: detail` lines. */
        public String text() {
            StringBuilder out = new StringBuilder();
            for (Check check : checks) {
                out.append(check.passed() ? "PASS " : "FAIL ").append(check.name()).append(": ")
                        .append(check.detail()).append('\n');
            }
            return out.toString();
        }

        /** `{healthy, project_root, state_root_default, checks: [{name, status, detail}]}`, two-space JSON. */
        public String json() {
            ObjectNode report = Json.object();
            report.put("healthy", healthy());
            report.put("project_root", projectRoot.toString());
            report.put("state_root_default", stateRoot.toString());
            ArrayNode list = report.putArray("checks");
            for (Check check : checks) {
                ObjectNode item = list.addObject();
                item.put("name", check.name());
                item.put("status", check.passed() ? "pass" : "fail");
                item.put("detail", check.detail());
            }
            return Json.pretty(report) + "\n";
        }
    }

    private Doctor() {
    }

    /**
     * Examines the kit around {@code cwd}. {@code home} expands a `~` in the state-root template,
     * and a relative template resolves against {@code cwd}, as in 1.0.0.
     */
    public static Report examine(Path cwd, String home) {
        Path root = ProjectRoot.find(cwd);
        JsonNode manifest = Yaml.read(root.resolve(ProjectRoot.MANIFEST));
        Path stateRoot = StateRoot.resolve(root, manifest, cwd, home);
        List<Check> checks = new ArrayList<>();

        CheckResult manifestResult = KitValidators.manifest(root);
        checks.add(new Check("manifest", manifestResult.ok(),
                manifestResult.ok() ? "Manifest is valid." : JsText.trim(manifestResult.stderr())));

        CheckResult hooksResult = KitValidators.hooks(root);
        checks.add(new Check("hooks", hooksResult.ok(),
                hooksResult.ok() ? "Hook definitions are valid." : JsText.trim(hooksResult.stderr())));

        checks.add(stateRootCheck(root, stateRoot));
        checks.add(hostExportsCheck(root, manifest));
        return new Report(root, stateRoot, checks);
    }

    /**
     * Fails when the state root's path relative to the project root does not start with `..`
     * (1.0.0's purely textual test: the project root itself fails too).
     */
    static Check stateRootCheck(Path root, Path stateRoot) {
        boolean inside = !root.relativize(stateRoot).toString().startsWith("..");
        return new Check("state-root", !inside, inside
                ? stateRoot + " resolves inside the project root"
                : stateRoot + " stays outside the project root");
    }

    /** `exports/hosts/<host>` must exist for every manifest host; its contents are not inspected. */
    static Check hostExportsCheck(Path root, JsonNode manifest) {
        JsonNode hosts = manifest.isObject() ? manifest.get("hosts") : null;
        if (hosts == null || hosts.isNull()) {
            throw new WazirException("Cannot read properties of " + (hosts == null ? "undefined" : "null")
                    + " (reading 'filter')");
        }
        if (!hosts.isArray()) {
            throw new WazirException("manifest.hosts.filter is not a function");
        }
        List<String> missing = new ArrayList<>();
        for (JsonNode host : hosts) {
            if (!host.isString()) {
                throw new WazirException("The \"path\" argument must be of type string. Received " + describe(host));
            }
            if (!exists(root, host.stringValue())) {
                missing.add(host.stringValue());
            }
        }
        return new Check("host-exports", missing.isEmpty(), missing.isEmpty()
                ? "All required host export directories exist."
                : "Missing export directories for: " + String.join(", ", missing));
    }

    private static boolean exists(Path root, String host) {
        try {
            return Files.exists(root.resolve("exports").resolve("hosts").resolve(host).normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Node's description of a non-string argument in its ERR_INVALID_ARG_TYPE message. */
    private static String describe(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isArray()) {
            return "an instance of Array";
        }
        if (value.isObject()) {
            return "an instance of Object";
        }
        String type = value.isBoolean() ? "boolean" : "number";
        return "type " + type + " (" + JsText.trim(value.toString()).toLowerCase(Locale.ROOT) + ")";
    }
}
