package dev.wazir.cli;

import dev.wazir.WazirException;
import dev.wazir.capture.RunLedger;
import dev.wazir.text.Json;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** {@code wazir capture init|event|route|output|summary|usage}: the run ledger written by hooks. */
final class CaptureCommand implements CommandFamily {
    static final String USAGE = "Usage: wazir capture <init|event|route|output|summary|usage> ...";
    static final String INIT_USAGE =
            "Usage: wazir capture init --run <id> --phase <phase> --status <status> [--state-root <path>] [--json]";
    static final String EVENT_USAGE = "Usage: wazir capture event --run <id> --event <name> [--phase <phase>]"
            + " [--status <status>] [--loop-count <n>] [--message <text>] [--state-root <path>] [--json]";
    static final String ROUTE_USAGE =
            "Usage: wazir capture route --run <id> --name <label> [--suffix <ext>] [--state-root <path>] [--json]";
    static final String OUTPUT_USAGE = "Usage: wazir capture output --run <id> --command <command> --exit-code <code>"
            + " [--capture-path <path> | --name <label>] [--suffix <ext>] [--state-root <path>] [--json]";
    static final String SUMMARY_USAGE = "Usage: wazir capture summary --run <id>"
            + " [--event <pre_compact_summary|stop_handoff_harvest>] [--state-root <path>] [--json]";
    static final String USAGE_USAGE =
            "Usage: wazir capture usage --run <id> [--phase <phase>] [--state-root <path>] [--json]";

    private static final OptionParser OPTIONS = OptionParser.of(List.of("json"), List.of("run", "phase", "status",
            "state-root", "event", "message", "loop-count", "name", "suffix", "capture-path", "command", "exit-code"));

    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        String usageLine = subcommandUsage(subcommand);
        if (usageLine == null) {
            return CommandResult.failure(1, USAGE + "\n");
        }
        RunContext context = RunContext.open(invocation);
        OptionParser.Options options = OPTIONS.parse(args);
        Path stateRoot = context.stateRoot(options.value("state-root"));
        RunLedger ledger = new RunLedger(context.projectRoot(), stateRoot, invocation.cwd(), Clock.systemUTC());
        String run = options.value("run");
        boolean json = options.flag("json");
        try {
            switch (subcommand) {
                case "init":
                    require(options, usageLine, "run", "phase", "status");
                    return result(ledger, json, ledger.init(run, options.value("phase"), options.value("status")));
                case "event":
                    require(options, usageLine, "run", "event");
                    return result(ledger, json, ledger.event(run, options.value("event"), options.value("phase"),
                            options.value("status"), options.value("loop-count"), options.value("message")));
                case "route":
                    require(options, usageLine, "run", "name");
                    return result(ledger, json, ledger.route(run, options.value("name"), options.value("suffix")));
                case "output":
                    require(options, usageLine, "run", "command", "exit-code");
                    return result(ledger, json, ledger.output(run, options.value("command"),
                            options.value("exit-code"), options.value("capture-path"), options.value("name"),
                            options.value("suffix"), invocation.stdin()));
                case "summary":
                    require(options, usageLine, "run");
                    return result(ledger, json, ledger.summary(run, options.value("event"), invocation.stdin()));
                default:
                    require(options, usageLine, "run");
                    String report = ledger.usageReport(run, options.value("phase"), json);
                    return CommandResult.of(0, report + "\n", stderr(ledger));
            }
        } catch (WazirException e) {
            // Warnings printed before the failure still reach stderr, as in 1.0.0.
            return CommandResult.failure(e.exitCode(), stderr(ledger) + e.getMessage() + "\n");
        }
    }

    private static String subcommandUsage(String subcommand) {
        if (subcommand == null) {
            return null;
        }
        switch (subcommand) {
            case "init":
                return INIT_USAGE;
            case "event":
                return EVENT_USAGE;
            case "route":
                return ROUTE_USAGE;
            case "output":
                return OUTPUT_USAGE;
            case "summary":
                return SUMMARY_USAGE;
            case "usage":
                return USAGE_USAGE;
            default:
                return null;
        }
    }

    private static void require(OptionParser.Options options, String usageLine, String... names) {
        for (String name : names) {
            if (!options.has(name)) {
                throw new WazirException(usageLine);
            }
        }
    }

    /** 1.0.0 output: JSON pretty, or the capture path, the summary path, or {@code <run> <event|status>}. */
    private static CommandResult result(RunLedger ledger, boolean json, ObjectNode payload) {
        String stdout;
        if (json) {
            stdout = Json.pretty(payload);
        } else if (payload.has("capture_path")) {
            stdout = payload.get("capture_path").stringValue();
        } else if (payload.has("summary_path")) {
            stdout = payload.get("summary_path").stringValue();
        } else {
            String second = payload.has("event") ? payload.get("event").stringValue()
                    : payload.get("status").stringValue();
            stdout = payload.get("run_id").stringValue() + " " + second;
        }
        return CommandResult.of(0, stdout + "\n", stderr(ledger));
    }

    private static String stderr(RunLedger ledger) {
        StringBuilder out = new StringBuilder();
        for (String line : ledger.warnings()) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    @Override
    public String usage() {
        return Usage.of("wazir capture", "Record a run's ledger: status, events, captured tool output, summaries"
                        + " and token usage, under <state-root>/runs/<run>/.")
                .subcommand("init", "Start (or restart) a run: --run <id> --phase <phase> --status <status>")
                .subcommand("event", "Log an event: --run <id> --event <name> [--phase] [--status] [--loop-count <n>]"
                        + " [--message <text>]")
                .subcommand("route", "Create an empty capture file for a tool's output: --run <id> --name <label>"
                        + " [--suffix <ext>]")
                .subcommand("output", "Store stdin as a capture file: --run <id> --command <command> --exit-code <code>"
                        + " [--capture-path <path> | --name <label>] [--suffix <ext>]")
                .subcommand("summary", "Store stdin as the run's summary.md: --run <id> [--event <name>]")
                .subcommand("usage", "Show the token usage report: --run <id> [--phase <phase>]")
                .option("--run", "<id>", "Run id (one folder name under <state-root>/runs).")
                .option("--state-root", "<path>", "State folder (default: paths.state_root_default of the manifest).")
                .flag("--json", "Print the result as JSON.")
                .render();
    }
}
