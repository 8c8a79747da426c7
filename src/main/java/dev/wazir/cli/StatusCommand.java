package dev.wazir.cli;

import java.util.List;

/** `wazir status` (not built yet). */
final class StatusCommand implements CommandFamily {
    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        return CommandResult.failure(2, "wazir status is not implemented yet\n");
    }

    @Override
    public String usage() {
        return Usage.of("wazir status", "Not built yet.").render();
    }
}
