package dev.wazir.cli;

import java.util.List;

/** `wazir hook` (not built yet). */
final class HookCommand implements CommandFamily {
    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        return CommandResult.failure(2, "wazir hook is not implemented yet\n");
    }

    @Override
    public String usage() {
        return Usage.of("wazir hook", "Not built yet.").render();
    }
}
