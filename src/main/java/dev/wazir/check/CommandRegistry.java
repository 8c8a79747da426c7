package dev.wazir.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every command subject this port supports, in the form `validate docs` reduces a documented
 * command to. A docs claim for a subject outside this set is reported as unsupported.
 * The validate, export, index, recall, doctor, status and capture subjects are wazir 1.0.0's;
 * the `hook` family is this port's entry point for host guards.
 */
public final class CommandRegistry {
    /** Subcommands per family; "" stands for the family alone. */
    private static final Map<String, List<String>> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("validate", List.of("", "manifest", "hooks", "docs", "brand", "runtime", "artifacts",
                "branches", "commits", "changelog", "docs-drift"));
        FAMILIES.put("export", List.of("", "build", "--check"));
        FAMILIES.put("index", List.of("", "build", "refresh", "stats", "summarize", "search-symbols", "get-symbol",
                "get-file-outline"));
        FAMILIES.put("recall", List.of("", "file", "symbol"));
        FAMILIES.put("doctor", List.of(""));
        FAMILIES.put("status", List.of(""));
        FAMILIES.put("capture", List.of("", "init", "event", "route", "output", "summary", "usage"));
        FAMILIES.put("hook", List.of("", "protected-path", "loop-cap", "post-tool-lint"));
    }

    /** Every subject, family by family, in the order above. */
    public static final List<String> SUBJECTS = subjects();

    private static List<String> subjects() {
        List<String> all = new ArrayList<>();
        FAMILIES.forEach((family, subcommands) -> {
            for (String sub : subcommands) {
                all.add(sub.isEmpty() ? "wazir " + family : "wazir " + family + " " + sub);
            }
        });
        return List.copyOf(all);
    }

    private static final Set<String> LOOKUP = Set.copyOf(SUBJECTS);

    private CommandRegistry() {
    }

    public static boolean supports(String subject) {
        return LOOKUP.contains(subject);
    }
}
