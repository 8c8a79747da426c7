package dev.wazir.check;

import dev.wazir.WazirException;

import java.nio.file.Path;
import java.util.Map;

/**
 * The one place bare `wazir validate` reaches the git-flow validators (branches, commits,
 * changelog) and their prerequisites. One instance per run, so git's shown stderr is collected
 * across all calls and can be put before the report, as 1.0.0's terminal showed it.
 */
final class GitFlowValidators {
    private final Path root;
    private final Map<String, String> env;

    GitFlowValidators(Path root, Map<String, String> env) {
        this.root = root;
        this.env = env;
    }

    /** `git rev-parse --is-inside-work-tree` succeeds (silently). */
    boolean hasGit() {
        return false;
    }

    /** A current branch other than a detached `HEAD` (silently). */
    boolean hasBranch() {
        return false;
    }

    CheckResult branches() {
        throw new WazirException("wazir validate branches is not implemented yet");
    }

    CheckResult commits() {
        throw new WazirException("wazir validate commits is not implemented yet");
    }

    CheckResult changelog() {
        throw new WazirException("wazir validate changelog is not implemented yet");
    }

    /** What git wrote to stderr in the calls 1.0.0 let through to the terminal, oldest first. */
    String shownStderr() {
        return "";
    }
}
