package dev.wazir.check;

import dev.wazir.git.Git;

import java.nio.file.Path;
import java.util.Map;

/**
 * The one place bare `wazir validate` reaches the git-flow validators (branches, commits,
 * changelog) and their prerequisites. One git wrapper serves the whole run, so the stderr git
 * showed in every call is collected and can be put before the report, as 1.0.0's terminal showed it.
 */
final class GitFlowValidators {
    private final Path root;
    private final Git git;

    GitFlowValidators(Path root, Map<String, String> env) {
        this.root = root;
        this.git = new Git(root, env);
    }

    /** `git rev-parse --is-inside-work-tree` succeeds (silently). */
    boolean hasGit() {
        return git.isInsideWorkTree();
    }

    /** A current branch other than a detached `HEAD` (silently); call only when {@link #hasGit()} held. */
    boolean hasBranch() {
        String branch = git.currentBranch(false);
        return branch != null && !branch.equals("HEAD");
    }

    CheckResult branches() {
        return BranchNameCheck.check(git, null);
    }

    CheckResult commits() {
        return CommitMessageCheck.check(git, null, null);
    }

    CheckResult changelog() {
        return ChangelogCheck.check(root, git, null, null, false);
    }

    /** What git wrote to stderr in the calls 1.0.0 let through to the terminal, oldest first. */
    String shownStderr() {
        return git.shownStderr();
    }
}
