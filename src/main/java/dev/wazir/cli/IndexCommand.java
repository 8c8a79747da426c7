package dev.wazir.cli;

import dev.wazir.WazirException;
import dev.wazir.index.IndexDatabase;
import dev.wazir.index.IndexQueries;
import dev.wazir.index.IndexedSymbol;
import dev.wazir.index.Ingestion;
import dev.wazir.index.Summarization;
import dev.wazir.text.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code wazir index build|refresh|stats|search-symbols|get-symbol|get-file-outline|summarize}. */
final class IndexCommand implements CommandFamily {
    private static final OptionParser OPTIONS =
            OptionParser.of(List.of("json", "refresh"), List.of("state-root", "tier"));
    static final String USAGE =
            "Usage: wazir index <build|refresh|stats|search-symbols|get-symbol|get-file-outline|summarize> [options]";

    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        OptionParser.Options options = OPTIONS.parse(args);
        IndexDatabase.warmUpInBackground();
        RunContext context = RunContext.open(invocation);
        Path projectRoot = context.projectRoot();
        Path stateRoot = context.stateRoot(options.value("state-root"));
        boolean json = options.flag("json");
        String argument = options.positionals().isEmpty() ? null : options.positionals().get(0);
        switch (subcommand == null ? "" : subcommand) {
            case "build":
            case "refresh": {
                Ingestion.Result r = Ingestion.run(projectRoot, stateRoot, subcommand.equals("refresh"));
                return print(json, r.toJson(), subcommand.equals("build")
                        ? "Indexed " + r.fileCount() + " files, " + r.symbolCount() + " symbols, and "
                                + r.outlineCount() + " outlines."
                        : "Refreshed index: " + r.updatedFileCount() + " files updated, " + r.removedFileCount()
                                + " removed.");
            }
            case "stats": {
                ObjectNode stats = IndexQueries.stats(stateRoot);
                return print(json, stats, "Index stats: " + stats.get("file_count").asLong() + " files, "
                        + stats.get("symbol_count").asLong() + " symbols, " + stats.get("outline_count").asLong()
                        + " outlines.");
            }
            case "search-symbols": {
                requireArgument(argument, "Usage: wazir index search-symbols <query> [--state-root <path>] [--json]");
                ObjectNode found = IndexQueries.searchSymbols(stateRoot, argument);
                List<String> lines = new ArrayList<>();
                for (JsonNode r : found.get("results")) {
                    lines.add(r.get("name").stringValue() + " (" + r.get("kind").stringValue() + ") "
                            + r.get("relative_path").stringValue() + ":" + r.get("line_start").asLong());
                }
                return print(json, found, lines.isEmpty() ? "No symbol matches found." : String.join("\n", lines));
            }
            case "get-symbol": {
                requireArgument(argument, "Usage: wazir index get-symbol <name-or-id> [--state-root <path>] [--json]");
                IndexedSymbol s = IndexQueries.findSymbol(stateRoot, argument);
                if (s == null) {
                    throw new WazirException("No indexed symbol found for \"" + argument + "\"");
                }
                return print(json, IndexQueries.toJson(s), s.name() + " (" + s.kind() + ") " + s.relativePath() + ":"
                        + s.lineStart() + "-" + s.lineEnd());
            }
            case "get-file-outline": {
                requireArgument(argument,
                        "Usage: wazir index get-file-outline <relative-path> [--state-root <path>] [--json]");
                ObjectNode outline = IndexQueries.fileOutline(stateRoot, argument);
                List<String> lines = new ArrayList<>();
                for (JsonNode e : outline.get("entries")) {
                    lines.add("#".repeat((int) Math.min(64, e.get("level").asLong())) + " " + e.get("label").stringValue()
                            + " (" + e.get("line_start").asLong() + "-" + e.get("line_end").asLong() + ")");
                }
                return print(json, outline, lines.isEmpty() ? "No outline entries found." : String.join("\n", lines));
            }
            case "summarize": {
                String tier = options.value("tier") == null ? "all" : options.value("tier");
                if (!tier.equals("L0") && !tier.equals("L1") && !tier.equals("all")) {
                    throw new WazirException("--tier must be L0, L1, or all");
                }
                Summarization.Result r = Summarization.run(projectRoot, stateRoot, tier, options.flag("refresh"));
                return print(json, r.toJson(), "Summarized " + r.summarizedFiles() + " files and "
                        + r.summarizedSymbols() + " symbols.");
            }
            default:
                throw new WazirException(USAGE);
        }
    }

    private static void requireArgument(String argument, String usage) {
        if (argument == null || argument.isEmpty()) {
            throw new WazirException(usage);
        }
    }

    static CommandResult print(boolean json, JsonNode payload, String text) {
        return CommandResult.ok((json ? Json.pretty(payload) : text) + "\n");
    }

    @Override
    public String usage() {
        return Usage.of("wazir index", "Build and query the code index (SQLite, in <state>/index/index.sqlite).")
                .subcommand("build", "Index the project from scratch (drops all summaries).")
                .subcommand("refresh", "Re-index changed files and drop removed ones.")
                .subcommand("stats", "Count indexed files, symbols, outlines and summaries.")
                .subcommand("search-symbols", "<query>: symbols whose name contains the query.")
                .subcommand("get-symbol", "<name-or-id>: one symbol by id, exact name or substring.")
                .subcommand("get-file-outline", "<relative-path>: headings, keys and symbols of one file.")
                .subcommand("summarize", "Write heuristic L0/L1 summaries of indexed files and symbols.")
                .option("--tier", "<L0|L1|all>", "Summary tier for summarize (default all).")
                .flag("--refresh", "summarize: only files whose summaries are missing or stale.")
                .option("--state-root", "<path>", "State folder (default: the manifest's paths.state_root_default).")
                .flag("--json", "Print the result as JSON.")
                .render();
    }
}
