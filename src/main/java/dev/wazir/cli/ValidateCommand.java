package dev.wazir.cli;

import java.util.List;

/** `wazir validate` (not built yet). */
final class ValidateCommand implements CommandFamily {
    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        return CommandResult.failure(2, "wazir validate is not implemented yet\n");
    }

    @Override
    public String usage() {
        return Usage.of("wazir validate", "Not built yet.").render();
    }
}
