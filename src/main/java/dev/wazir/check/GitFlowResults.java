package dev.wazir.check;

import dev.wazir.cli.CommandResult;
import dev.wazir.git.Git;

/** Puts the stderr git showed (1.0.0 let it through as git ran) before a check's own stderr. */
final class GitFlowResults {
    private GitFlowResults() {
    }

    static CommandResult withShownStderr(Git git, CommandResult own) {
        String shown = git.shownStderr();
        if (shown.isEmpty()) {
            return own;
        }
        return new CommandResult(own.exitCode(), own.stdout(), shown + own.stderr());
    }
}
