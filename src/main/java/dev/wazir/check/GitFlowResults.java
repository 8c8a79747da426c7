package dev.wazir.check;

import dev.wazir.git.Git;

/** Puts the stderr git showed (1.0.0 let it through as git ran) before a check's own stderr. */
final class GitFlowResults {
    private GitFlowResults() {
    }

    static CheckResult withShownStderr(Git git, CheckResult own) {
        String shown = git.shownStderr();
        if (shown.isEmpty()) {
            return own;
        }
        return new CheckResult(own.exitCode(), own.stdout(), shown + own.stderr());
    }
}
