package dev.wazir.cli;

import dev.wazir.guard.GuardRunner;
import dev.wazir.guard.Host;
import dev.wazir.guard.SyntaxLint;

import java.util.List;

/**
 * `wazir hook protected-path|loop-cap|post-tool-lint [--host claude|codex|gemini|cursor]`:
 * the guard hooks, reading the host's payload on stdin.
 */
final class HookCommand implements CommandFamily {
    private static final String USAGE_LINE =
            "Usage: wazir hook <protected-path|loop-cap|post-tool-lint> [--host <claude|codex|gemini|cursor>]\n";

    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        if (subcommand == null) {
            return CommandResult.failure(1, USAGE_LINE);
        }
        Host host = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--host")) {
                if (i + 1 >= args.size() || args.get(i + 1).isEmpty() || args.get(i + 1).startsWith("--")) {
                    return CommandResult.failure(1, "Missing value for --host\n");
                }
                host = Host.parse(args.get(++i));
                if (host == null) {
                    return CommandResult.failure(1, "Unknown host: " + args.get(i)
                            + " (expected claude, codex, gemini or cursor)\n");
                }
            } else if (arg.startsWith("--")) {
                return CommandResult.failure(1, "Unknown option: " + arg + "\n");
            }
        }
        switch (subcommand) {
            case "protected-path":
                return new GuardRunner(invocation).run(GuardRunner.Kind.PROTECTED_PATH, host);
            case "loop-cap":
                return new GuardRunner(invocation).run(GuardRunner.Kind.LOOP_CAP, host);
            case "post-tool-lint":
                return new SyntaxLint(invocation).run();
            default:
                return CommandResult.failure(1, "Unknown hook: " + subcommand + "\n" + USAGE_LINE);
        }
    }

    @Override
    public String usage() {
        return Usage.of("wazir hook", "Run a guard hook on the payload read from standard input.")
                .subcommand("protected-path", "Block writes into the manifest's protected_paths (1.0.0 exit 42; hosts: exit 2).")
                .subcommand("loop-cap", "Block when a phase has reached its loop cap (1.0.0 exit 43; hosts: exit 2).")
                .subcommand("post-tool-lint", "Check that an edited Java, JSON, YAML or JavaScript file still parses (exit 2 if not).")
                .option("--host", "<name>", "Answer in this host's format: claude, codex, gemini or cursor (default: detected).")
                .render();
    }
}
