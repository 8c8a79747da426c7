package dev.wazir.cli;

import java.util.List;

/** `wazir export` (not built yet). */
final class ExportCommand implements CommandFamily {
    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        return CommandResult.failure(2, "wazir export is not implemented yet\n");
    }

    @Override
    public String usage() {
        return Usage.of("wazir export", "Not built yet.").render();
    }
}
