package dev.wazir.cli;

import dev.wazir.capture.RunLedger;
import dev.wazir.text.Json;
import dev.wazir.text.JsValues;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.List;

/** {@code wazir status --run <id>}: shows a run's status.json (read-only). */
final class StatusCommand implements CommandFamily {
    static final String USAGE = "Usage: wazir status --run <id> [--state-root <path>] [--json]";
    private static final OptionParser OPTIONS = OptionParser.of(List.of("json"), List.of("run", "state-root"));

    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        if (subcommand != null) {
            return CommandResult.failure(1, USAGE + "\n");
        }
        OptionParser.Options options = OPTIONS.parse(args);
        String run = options.value("run");
        if (run == null) {
            return CommandResult.failure(1, "wazir status requires --run <id>\n");
        }
        RunContext context = RunContext.open(invocation);
        RunLedger ledger = new RunLedger(context.projectRoot(), context.stateRoot(options.value("state-root")),
                invocation.cwd(), Clock.systemUTC());
        ObjectNode payload = ledger.status(run);
        if (options.flag("json")) {
            return CommandResult.ok(Json.pretty(payload) + "\n");
        }
        return CommandResult.ok(JsValues.toJsString(payload.get("run_id")) + " "
                + JsValues.toJsString(payload.get("phase")) + " " + JsValues.toJsString(payload.get("status")) + "\n");
    }

    @Override
    public String usage() {
        return Usage.of("wazir status", "Show a run's status (phase, status, loop counts, artifacts).")
                .option("--run", "<id>", "Run id (one folder name under <state-root>/runs).")
                .option("--state-root", "<path>", "State folder (default: paths.state_root_default of the manifest).")
                .flag("--json", "Print the whole status document as JSON.")
                .render();
    }
}
