package dev.wazir.cli;

import java.util.List;

/** `wazir recall` (not built yet). */
final class RecallCommand implements CommandFamily {
    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        return CommandResult.failure(2, "wazir recall is not implemented yet\n");
    }

    @Override
    public String usage() {
        return Usage.of("wazir recall", "Not built yet.").render();
    }
}
