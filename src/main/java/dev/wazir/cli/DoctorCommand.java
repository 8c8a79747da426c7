package dev.wazir.cli;

import dev.wazir.doctor.Doctor;

import java.util.List;

/** `wazir doctor [--json]`: the kit's health report, on stdout whether healthy (exit 0) or not (exit 1). */
final class DoctorCommand implements CommandFamily {
    static final String USAGE_LINE = "Usage: wazir doctor [--json]\n";

    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        if (subcommand != null) {
            return CommandResult.failure(1, USAGE_LINE);
        }
        boolean json = args.contains("--json");
        Doctor.Report report = Doctor.examine(invocation.cwd(), invocation.home());
        return new CommandResult(report.healthy() ? 0 : 1, json ? report.json() : report.text(), "");
    }

    @Override
    public String usage() {
        return Usage.of("wazir doctor", "Check this kit's health: the manifest, the hook definitions, the default "
                        + "state root (outside the project) and one export folder per declared host.")
                .flag("--json", "Print the report as JSON.")
                .footer("", "Exit status: 0 when every check passes, 1 otherwise (the report is on stdout either way).")
                .render();
    }
}
