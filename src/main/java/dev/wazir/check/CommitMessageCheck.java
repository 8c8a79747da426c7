package dev.wazir.check;

import dev.wazir.git.Git;
import dev.wazir.git.GitException;
import dev.wazir.git.GitText;
import dev.wazir.text.JsText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code wazir validate commits}: every commit subject since the base follows Conventional Commits. */
public final class CommitMessageCheck {
    private static final Pattern CONVENTIONAL = Pattern.compile(
            "\\A(?:feat|fix|docs|chore|refactor|test|ci|perf|build)(?:\\(" + GitText.ANY + "+\\))?!?:"
                    + GitText.SPACE + GitText.ANY + "+");
    private static final Pattern MERGE = Pattern.compile("\\AMerge" + GitText.SPACE);
    private static final String HEADING = "Commit validation failed:\n";

    private CommitMessageCheck() {
    }

    /** Runs the check in {@code root}; git's shown stderr comes first on stderr. */
    public static CheckResult run(Path root, String baseOption, String headOption, Map<String, String> env) {
        Git git = new Git(root, env);
        return GitFlowResults.withShownStderr(git, check(git, baseOption, headOption));
    }

    /**
     * The check's own result. Null or empty options select the defaults: the detected base branch
     * and {@code HEAD}.
     */
    public static CheckResult check(Git git, String baseOption, String headOption) {
        String base = present(baseOption) ? baseOption : detectBase(git);
        if (base == null) {
            return failure(HEADING + "- Could not determine base branch (tried develop, main)\n");
        }
        String range = base + ".." + (present(headOption) ? headOption : "HEAD");
        String log;
        try {
            log = git.logSubjects(range);
        } catch (GitException e) {
            return failure(HEADING + "- Could not read git log for range \"" + range + "\"\n");
        }
        List<String> subjects = subjects(log);
        int withoutSubject = commitCount(log) - subjects.size();
        if (subjects.isEmpty() && withoutSubject == 0) {
            return ok("Commit validation passed: no commits to check since \"" + base + "\"\n");
        }
        if (reachesPastShallowEdge(git, range)) {
            return failure(HEADING + "- History is incomplete: this is a shallow clone and \""
                    + range + "\" reaches past the fetched commits, so the commits since \"" + base
                    + "\" cannot be listed; fetch more history (for example actions/checkout with"
                    + " fetch-depth: 0, or git fetch --unshallow) and run again\n");
        }
        StringBuilder failures = new StringBuilder();
        for (String subject : subjects) {
            if (!isConventional(subject)) {
                failures.append("- Non-conventional: \"").append(subject).append("\"\n");
            }
        }
        for (int i = 0; i < withoutSubject; i++) {
            failures.append("- Non-conventional: \"\"\n");
        }
        if (failures.length() > 0) {
            return failure(HEADING + failures);
        }
        return ok("Commit validation passed: " + subjects.size()
                + " commit(s) checked against \"" + base + "\"\n");
    }

    /** The base 1.0.0 picks when none is given: git-flow's develop, else main (main first for hotfixes). */
    static String detectBase(Git git) {
        String branch = git.currentBranch(true);
        if (branch != null && branch.startsWith("hotfix/")) {
            for (String ref : List.of("main", "origin/main")) {
                if (git.refExists(ref)) {
                    return ref;
                }
            }
        }
        for (String ref : List.of("develop", "origin/develop", "main", "origin/main")) {
            if (git.refExists(ref)) {
                return ref;
            }
        }
        return null;
    }

    static boolean isConventional(String subject) {
        return CONVENTIONAL.matcher(subject).find() || MERGE.matcher(subject).find();
    }

    /** The log trimmed once as a whole, split on LF, empty lines dropped (newest first). */
    static List<String> subjects(String log) {
        List<String> out = new ArrayList<>();
        for (String line : JsText.trim(log).split("\n", -1)) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * How many commits {@code git log --format=%s} listed: git ends every entry with LF and a subject
     * never holds one. 1.0.0 dropped the empty lines of commits without a subject, so such commits
     * went unchecked (and a range of only such commits passed as "no commits to check").
     */
    static int commitCount(String log) {
        int count = 0;
        for (int i = 0; i < log.length(); i++) {
            if (log.charAt(i) == '\n') {
                count++;
            }
        }
        return !log.isEmpty() && log.charAt(log.length() - 1) != '\n' ? count + 1 : count;
    }

    /**
     * In a shallow clone, a range that contains a commit whose parents were not fetched was cut
     * short: git cannot tell where the base and the head meet, so the listed commits are not the
     * ones since the base.
     */
    private static boolean reachesPastShallowEdge(Git git, String range) {
        Set<String> edge = git.shallowBoundary();
        if (edge.isEmpty()) {
            return false;
        }
        try {
            return !Collections.disjoint(edge, git.commitsIn(range));
        } catch (GitException e) {
            return true;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

    private static CheckResult ok(String stdout) {
        return new CheckResult(0, stdout, "");
    }

    private static CheckResult failure(String stderr) {
        return new CheckResult(1, "", stderr);
    }
}
