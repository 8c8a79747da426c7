package dev.wazir.cli;

import dev.wazir.WazirException;
import dev.wazir.index.IndexDatabase;
import dev.wazir.recall.Recall;

import java.nio.file.Path;
import java.util.List;

/** {@code wazir recall file|symbol}: line slices or stored summaries of indexed files and symbols. */
final class RecallCommand implements CommandFamily {
    private static final String LINES = "--start-line <n> --end-line <n>";
    private static final String CONTEXT = "[--context <n>]";
    private static final String COMMON = "[--state-root <path>] [--json]";
    private static final OptionParser OPTIONS = OptionParser.of(List.of("json"),
            List.of("state-root", "start-line", "end-line", "context", "tier"));

    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        OptionParser.Options options = OPTIONS.parse(args);
        String tier = options.value("tier");
        if (tier != null && !tier.equals("L0") && !tier.equals("L1")) {
            throw new WazirException("--tier must be L0 or L1");
        }
        if (tier != null && (options.has("start-line") || options.has("end-line") || options.has("context"))) {
            // 1.0.0 text, listing the three slice options.
            throw new WazirException("--tier is mutually exclusive with " + "--start-line, --end-line, and --context");
        }
        IndexDatabase.warmUpInBackground();
        RunContext context = RunContext.open(invocation);
        Path projectRoot = context.projectRoot();
        Path stateRoot = context.stateRoot(options.value("state-root"));
        double contextLines = options.has("context") ? Recall.positiveInteger(options.value("context"), "--context") : 0;
        String argument = options.positionals().isEmpty() ? null : options.positionals().get(0);
        boolean json = options.flag("json");
        Recall.Output output;
        switch (subcommand == null ? "" : subcommand) {
            case "file":
                if (argument == null || argument.isEmpty()) {
                    throw new WazirException("Usage: wazir recall file <relative-path> " + LINES + " " + CONTEXT
                            + " " + COMMON);
                }
                if (tier != null) {
                    output = Recall.fileTier(projectRoot, stateRoot, argument, tier);
                } else {
                    output = Recall.fileLines(projectRoot, stateRoot, argument, options.value("start-line"),
                            options.value("end-line"), contextLines);
                }
                break;
            case "symbol":
                if (argument == null || argument.isEmpty()) {
                    throw new WazirException("Usage: wazir recall symbol <name-or-id> " + CONTEXT + " " + COMMON);
                }
                output = tier != null
                        ? Recall.symbolTier(projectRoot, stateRoot, argument, tier)
                        : Recall.symbolLines(projectRoot, stateRoot, argument, contextLines);
                break;
            default:
                throw new WazirException("Usage: wazir recall <file|symbol> [options]");
        }
        return IndexCommand.print(json, output.json(), output.slice());
    }

    @Override
    public String usage() {
        return Usage.of("wazir recall", "Read back indexed code: a line slice of a file or symbol, or its summary.")
                .subcommand("file", "<relative-path> --start-line <n> --end-line <n> [--context <n>] | --tier L0|L1")
                .subcommand("symbol", "<name-or-id> [--context <n>] | --tier L0|L1")
                .option("--start-line", "<n>", "First line of the slice (file).")
                .option("--end-line", "<n>", "Last line of the slice (file).")
                .option("--context", "<n>", "Extra lines shown before and after the slice.")
                .option("--tier", "<L0|L1>", "Return the stored summary of this tier instead of lines.")
                .option("--state-root", "<path>", "State folder (default: the manifest's paths.state_root_default).")
                .flag("--json", "Print the result as JSON.")
                .render();
    }
}
