package dev.wazir.cli;

import java.util.List;

/**
 * One top-level command (`validate`, `export`, ...). The dispatcher has already split the
 * argument vector the 1.0.0 way: a subcommand (or null) and the remaining arguments.
 */
public interface CommandFamily {
    CommandResult run(String subcommand, List<String> args, Invocation invocation);

    /** The command's own usage text, printed for `wazir <command> --help`. Ends with a line feed. */
    String usage();
}
