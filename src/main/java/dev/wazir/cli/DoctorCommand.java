package dev.wazir.cli;

import java.util.List;

/** `wazir doctor` (not built yet). */
final class DoctorCommand implements CommandFamily {
    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        return CommandResult.failure(2, "wazir doctor is not implemented yet\n");
    }

    @Override
    public String usage() {
        return Usage.of("wazir doctor", "Not built yet.").render();
    }
}
