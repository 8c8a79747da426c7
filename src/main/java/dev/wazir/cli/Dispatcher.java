package dev.wazir.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the argument vector exactly as wazir 1.0.0 does (command, subcommand, arguments)
 * and hands it to the command family. Families are created on demand so that a command
 * loads only the classes it needs.
 */
public final class Dispatcher {
    static final List<String> COMMANDS =
            List.of("export", "validate", "doctor", "index", "recall", "status", "capture", "hook");

    /** The commands the 1.0.0 help text lists; `hook` is this port's addition for host guards. */
    public static final String ROOT_HELP = "wazir\n"
            + "\n"
            + "Host-native engineering OS kit CLI\n"
            + "\n"
            + "Commands:\n"
            + "  - export\n"
            + "  - validate\n"
            + "  - doctor\n"
            + "  - index\n"
            + "  - recall\n"
            + "  - status\n"
            + "  - capture\n";

    private Dispatcher() {
    }

    public static CommandResult dispatch(String[] argv, Invocation invocation) {
        List<String> args = Arrays.asList(argv);
        boolean help = args.isEmpty() || args.contains("--help") || args.contains("-h");
        if (help) {
            if (!args.isEmpty() && !args.get(0).startsWith("-")) {
                CommandFamily family = family(args.get(0));
                if (family != null) {
                    return CommandResult.ok(family.usage());
                }
            }
            return CommandResult.ok(ROOT_HELP);
        }
        String command = args.get(0);
        if (command.isEmpty()) {
            return CommandResult.ok(ROOT_HELP);
        }
        CommandFamily family = family(command);
        if (family == null) {
            return CommandResult.failure(1, "Unknown command: " + command + "\n");
        }
        String subcommand = null;
        List<String> rest;
        if (args.size() > 1 && !args.get(1).isEmpty() && !args.get(1).startsWith("-")) {
            subcommand = args.get(1);
            rest = List.copyOf(args.subList(2, args.size()));
        } else {
            rest = new ArrayList<>();
            for (String a : args.subList(1, args.size())) {
                if (!a.isEmpty()) {
                    rest.add(a);
                }
            }
            rest = List.copyOf(rest);
        }
        return family.run(subcommand, rest, invocation);
    }

    static CommandFamily family(String name) {
        switch (name) {
            case "validate":
                return new ValidateCommand();
            case "export":
                return new ExportCommand();
            case "doctor":
                return new DoctorCommand();
            case "index":
                return new IndexCommand();
            case "recall":
                return new RecallCommand();
            case "status":
                return new StatusCommand();
            case "capture":
                return new CaptureCommand();
            case "hook":
                return new HookCommand();
            default:
                return null;
        }
    }
}
