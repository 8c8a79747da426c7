package dev.wazir.check;

import dev.wazir.git.Git;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code wazir validate branches}: the branch name follows the git-flow naming rules. */
public final class BranchNameCheck {
    private static final String ANY = "[^\\n\\r\\u2028\\u2029]";
    private static final List<Pattern> ALLOWED = List.of(
            Pattern.compile("main"),
            Pattern.compile("develop"),
            Pattern.compile("feat/" + ANY + "+"),
            Pattern.compile("feature/" + ANY + "+"),
            Pattern.compile("fix/" + ANY + "+"),
            Pattern.compile("chore/" + ANY + "+"),
            Pattern.compile("codex/" + ANY + "+"),
            Pattern.compile("release/" + ANY + "+"),
            Pattern.compile("hotfix/" + ANY + "+"),
            Pattern.compile("worktree-" + ANY + "+"));
    private static final String HEADING = "Branch name validation failed:\n";

    private BranchNameCheck() {
    }

    /** Runs the check in {@code root}; git's shown stderr comes first on stderr. */
    public static CheckResult run(Path root, String branchOption, Map<String, String> env) {
        Git git = new Git(root, env);
        return GitFlowResults.withShownStderr(git, check(git, branchOption));
    }

    /**
     * The check's own result. {@code branchOption} is the {@code --branch} value (null or empty: the
     * current branch); git's stderr for the branch lookup stays in {@link Git#shownStderr()}.
     */
    public static CheckResult check(Git git, String branchOption) {
        String branch = branchOption != null && !branchOption.isEmpty() ? branchOption : git.currentBranch(true);
        if (branch == null || branch.isEmpty()) {
            return failure(HEADING + "- Could not determine current branch name\n");
        }
        if (isAllowed(branch)) {
            return ok("Branch name validation passed: \"" + branch + "\"\n");
        }
        return failure(HEADING + "- \"" + branch + "\" does not match any allowed pattern: "
                + "main, develop, feat/*, feature/*, fix/*, chore/*, codex/*, release/*, hotfix/*, worktree-*\n");
    }

    static boolean isAllowed(String branch) {
        for (Pattern pattern : ALLOWED) {
            if (pattern.matcher(branch).matches()) {
                return true;
            }
        }
        return false;
    }

    private static CheckResult ok(String stdout) {
        return new CheckResult(0, stdout, "");
    }

    private static CheckResult failure(String stderr) {
        return new CheckResult(1, "", stderr);
    }
}
