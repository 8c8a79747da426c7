package dev.wazir.check;

import dev.wazir.WazirException;
import dev.wazir.kit.JsonFiles;
import dev.wazir.kit.TextFiles;
import dev.wazir.text.Json;
import dev.wazir.text.JsWords;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * `wazir validate runtime`: the active surface stays a CLI kit. Checks the package descriptor
 * (package.json as in 1.0.0, and pom.xml for a Java tree) and scans docs, kit content and the CLI
 * sources for the legacy runtime's paths and binaries. This file names those patterns, so it is
 * exempt from its own scan, as are 1.0.0's two checker sources.
 */
public final class RuntimeCheck {
    static final Set<String> EXEMPT = Set.of(
            "tooling/src/checks/runtime-surface.js",
            "tooling/src/checks/brand-truth.js",
            "src/main/java/dev/wazir/check/RuntimeCheck.java",
            "src/main/java/dev/wazir/check/BrandCheck.java");

    private static final String ANY_WORD_BOUNDARY =
            "(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))";

    private static final List<BrandCheck.Term> PATTERNS = List.of(
            term(".agent-os path", ".agent-os/", "\\.agent-os/"),
            term("tasks/input path", "tasks/input/", BrandCheck.WORD_START + "tasks/input/"),
            term("tasks/clarified path", "tasks/clarified/", BrandCheck.WORD_START + "tasks/clarified/"),
            term("legacy run wrapper", "/run-",
                    "/run-(clarifier|orchestrator|opus-reviewer)" + BrandCheck.WORD_END),
            term("legacy daemon binary", "agent-os-",
                    BrandCheck.WORD_START + "agent-os-(daemon|run|review|orchestrate)" + BrandCheck.WORD_END),
            term("legacy npx invocation", "npx agent-os-",
                    BrandCheck.WORD_START + "npx agent-os-[a-z-]+" + ANY_WORD_BOUNDARY),
            term("daemon workflow config", "daemon/WORKFLOW.md", "daemon/WORKFLOW\\.md"));

    private static final Set<String> FORBIDDEN_NPM_DEPENDENCIES = Set.of("express", "fastify", "koa", "socket.io");

    private final Path root;

    public RuntimeCheck(Path root) {
        this.root = root;
    }

    private static BrandCheck.Term term(String label, String literal, String regex) {
        return new BrandCheck.Term(label, literal, Pattern.compile(regex));
    }

    public CheckResult run() {
        List<String> problems = new ArrayList<>();
        Path packageJson = root.resolve("package.json");
        Path pom = root.resolve("pom.xml");
        boolean javaTree = Files.exists(pom) && !Files.exists(packageJson);
        if (!javaTree) {
            problems.addAll(packageJsonProblems(JsonFiles.read(packageJson)));
        }
        if (Files.exists(pom)) {
            problems.addAll(PomSurface.read(pom).problems());
        }
        for (KitTree.Entry file : SurfaceFiles.runtime(new KitTree(root), EXEMPT)) {
            String text = BrandCheck.withoutLegacyReferences(TextFiles.read(file.path()));
            for (BrandCheck.Term pattern : PATTERNS) {
                if (pattern.foundIn(text)) {
                    problems.add(file.relative() + ": contains forbidden runtime-surface pattern \""
                            + pattern.label() + "\"");
                }
            }
        }
        if (!problems.isEmpty()) {
            return CheckResult.failed("Runtime surface validation failed", problems);
        }
        return CheckResult.passed("Runtime surface validation passed.");
    }

    /** 1.0.0's package.json rules, including how JavaScript sees keys and values of non-objects. */
    static List<String> packageJsonProblems(JsonNode pkg) {
        if (pkg == null || pkg.isNull()) {
            throw new WazirException("Cannot read properties of null (reading 'dependencies')");
        }
        Set<String> dependencies = new LinkedHashSet<>();
        dependencies.addAll(keys(pkg.get("dependencies")));
        dependencies.addAll(keys(pkg.get("devDependencies")));
        List<String> problems = new ArrayList<>();
        JsonNode bin = pkg.isObject() ? pkg.get("bin") : null;
        if (keys(bin).stream().anyMatch(name -> !name.equals("wazir"))) {
            problems.add("package.json: only the \"wazir\" bin is allowed on the active surface");
        }
        if (values(bin).stream().anyMatch(target -> target.contains("daemon"))) {
            problems.add("package.json: active bin paths must not point at daemon entrypoints");
        }
        for (String name : dependencies) {
            if (FORBIDDEN_NPM_DEPENDENCIES.contains(name)) {
                problems.add("package.json: forbidden runtime dependency \"" + name + "\" is present on the active surface");
            }
        }
        return problems;
    }

    /** {@code Object.keys(value ?? {})}. */
    private static List<String> keys(JsonNode value) {
        List<String> keys = new ArrayList<>();
        if (value == null || value.isNull()) {
            return keys;
        }
        if (value.isObject()) {
            return Json.orderedKeys(value);
        }
        int length = value.isArray() ? value.size() : value.isString() ? value.stringValue().length() : 0;
        for (int i = 0; i < length; i++) {
            keys.add(Integer.toString(i));
        }
        return keys;
    }

    /** {@code Object.values(value ?? {}).map(String)}. */
    private static List<String> values(JsonNode value) {
        List<String> values = new ArrayList<>();
        if (value == null || value.isNull()) {
            return values;
        }
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                values.add(JsWords.string(e.getValue()));
            }
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                values.add(JsWords.string(element));
            }
        } else if (value.isString()) {
            String s = value.stringValue();
            for (int i = 0; i < s.length(); i++) {
                values.add(String.valueOf(s.charAt(i)));
            }
        }
        return values;
    }
}
