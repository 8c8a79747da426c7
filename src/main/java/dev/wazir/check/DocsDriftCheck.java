package dev.wazir.check;

import dev.wazir.git.Git;
import dev.wazir.git.GitException;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code wazir validate docs-drift}: files under a source folder changed in a range while the doc
 * that describes that folder did not.
 */
public final class DocsDriftCheck {
    /** A source folder (path prefix) and the doc that describes it. */
    public record DocPair(String source, String doc) {
    }

    /**
     * The 1.0.0 pairs, then this port's own source folders: 1.0.0's CLI lived in {@code tooling/src/},
     * this port's lives in {@code src/main/java/dev/wazir/}.
     */
    public static final List<DocPair> DOC_PAIRS = List.of(
            new DocPair("roles/", "docs/reference/roles-reference.md"),
            new DocPair("workflows/", "docs/concepts/roles-and-workflows.md"),
            new DocPair("skills/", "docs/reference/skills.md"),
            new DocPair("hooks/definitions/", "docs/reference/hooks.md"),
            new DocPair("tooling/src/capture/", "docs/reference/tooling-cli.md"),
            new DocPair("tooling/src/checks/", "docs/reference/tooling-cli.md"),
            new DocPair("tooling/src/index/", "docs/concepts/indexing-and-recall.md"),
            new DocPair("tooling/src/recall/", "docs/concepts/indexing-and-recall.md"),
            new DocPair("src/main/java/dev/wazir/capture/", "docs/reference/tooling-cli.md"),
            new DocPair("src/main/java/dev/wazir/check/", "docs/reference/tooling-cli.md"),
            new DocPair("src/main/java/dev/wazir/index/", "docs/concepts/indexing-and-recall.md"),
            new DocPair("src/main/java/dev/wazir/recall/", "docs/concepts/indexing-and-recall.md"));

    private DocsDriftCheck() {
    }

    /** Runs the check in {@code root}. */
    public static CheckResult run(Path root, String baseOption, String headOption, boolean strict,
                                    Map<String, String> env) {
        return check(new Git(root, env), baseOption, headOption, strict);
    }

    /**
     * The check's result. Only an absent flag (null) selects the default ({@code main}, {@code HEAD});
     * an empty value is used as given, as in 1.0.0. Without a local {@code main}, the default base is
     * {@code origin/main} when that exists (1.0.0 skipped the check).
     */
    public static CheckResult check(Git git, String baseOption, String headOption, boolean strict) {
        String base = baseOption == null ? "main" : baseOption;
        String head = headOption == null ? "HEAD" : headOption;
        String range = base + ".." + head;
        List<String> changed;
        try {
            changed = git.changedFiles(range);
        } catch (GitException e) {
            if (baseOption == null && e.stderr().contains("unknown revision")
                    && !git.refExists("main") && git.refExists("origin/main")) {
                // A pull-request checkout has no local main, only the remote-tracking branch.
                return check(git, "origin/main", headOption, strict);
            }
            if (e.stderr().contains("unknown revision")) {
                if (!git.shallowBoundary().isEmpty()) {
                    return failure("Documentation drift check failed:\n- Range \"" + range
                            + "\" names a revision this shallow clone does not have, so nothing could be"
                            + " compared; fetch more history (for example actions/checkout with fetch-depth: 0,"
                            + " or git fetch --unshallow) and run again\n");
                }
                return ok("No git range found; skipping docs-drift check.\n");
            }
            return failure("Failed to run git diff: " + e.getMessage() + "\n");
        }
        if (changed.isEmpty()) {
            return ok("No files changed in range; no drift detected.\n");
        }
        Map<String, Set<String>> drifted = drift(changed);
        if (drifted.isEmpty()) {
            return ok("No documentation drift detected.\n");
        }
        StringBuilder message = new StringBuilder("Documentation drift detected:\n");
        drifted.forEach((doc, sources) -> {
            for (String source : sources) {
                message.append("  - ").append(source).append("* changed but ").append(doc).append(" did not\n");
            }
        });
        if (strict) {
            return failure(message.toString());
        }
        return ok("[advisory] " + message);
    }

    /**
     * Docs whose source folders changed while they did not: doc to source prefixes, both in order of
     * first appearance.
     */
    public static Map<String, Set<String>> drift(List<String> changedFiles) {
        Set<String> changed = new HashSet<>(changedFiles);
        Map<String, Set<String>> drifted = new LinkedHashMap<>();
        for (String file : changedFiles) {
            for (DocPair pair : DOC_PAIRS) {
                if (file.startsWith(pair.source()) && !changed.contains(pair.doc())) {
                    drifted.computeIfAbsent(pair.doc(), d -> new LinkedHashSet<>()).add(pair.source());
                }
            }
        }
        return drifted;
    }

    private static CheckResult ok(String stdout) {
        return new CheckResult(0, stdout, "");
    }

    private static CheckResult failure(String stderr) {
        return new CheckResult(1, "", stderr);
    }
}
