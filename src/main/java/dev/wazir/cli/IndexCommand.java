package dev.wazir.cli;

import java.util.List;

/** `wazir index` (not built yet). */
final class IndexCommand implements CommandFamily {
    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        return CommandResult.failure(2, "wazir index is not implemented yet\n");
    }

    @Override
    public String usage() {
        return Usage.of("wazir index", "Not built yet.").render();
    }
}
