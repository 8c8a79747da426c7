package dev.wazir.cli;

import java.util.List;

/** `wazir capture` (not built yet). */
final class CaptureCommand implements CommandFamily {
    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        return CommandResult.failure(2, "wazir capture is not implemented yet\n");
    }

    @Override
    public String usage() {
        return Usage.of("wazir capture", "Not built yet.").render();
    }
}
