package dev.wazir.check;

import java.util.List;
import java.util.Set;

/**
 * Every command subject this port supports, in the form `validate docs` reduces a documented
 * command to. A docs claim for a subject outside this set is reported as unsupported.
 * The first 34 are wazir 1.0.0's; the `hook` family is this port's entry point for host guards.
 */
public final class CommandRegistry {
    public static final List<String> SUBJECTS = List.of(
            "wazir validate",
            "wazir validate manifest",
            "wazir validate hooks",
            "wazir validate docs",
            "wazir validate brand",
            "wazir validate runtime",
            "wazir validate artifacts",
            "wazir validate branches",
            "wazir validate commits",
            "wazir validate changelog",
            "wazir validate docs-drift",
            "wazir export",
            "wazir export build",
            "wazir export --check",
            "wazir index",
            "wazir index build",
            "wazir index refresh",
            "wazir index stats",
            "wazir index summarize",
            "wazir index search-symbols",
            "wazir index get-symbol",
            "wazir index get-file-outline",
            "wazir recall",
            "wazir recall file",
            "wazir recall symbol",
            "wazir doctor",
            "wazir status",
            "wazir capture",
            "wazir capture init",
            "wazir capture event",
            "wazir capture route",
            "wazir capture output",
            "wazir capture summary",
            "wazir capture usage",
            "wazir hook",
            "wazir hook protected-path",
            "wazir hook loop-cap",
            "wazir hook post-tool-lint");

    private static final Set<String> LOOKUP = Set.copyOf(SUBJECTS);

    private CommandRegistry() {
    }

    public static boolean supports(String subject) {
        return LOOKUP.contains(subject);
    }
}
