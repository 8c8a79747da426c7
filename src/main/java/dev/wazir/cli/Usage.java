package dev.wazir.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds a command's `--help` text with picocli's help renderer. Only the help path loads
 * picocli, so ordinary runs stay cheap to start.
 */
public final class Usage {
    private final CommandSpec spec;

    private Usage(String name, String description) {
        spec = CommandSpec.create().name(name);
        spec.usageMessage().description(description);
        spec.usageMessage().width(100);
        spec.mixinStandardHelpOptions(false);
        // The 1.0.0 parser takes "--name value" only ("--name=value" is an unknown option): show that form.
        spec.parser().separator(" ");
    }

    public static Usage of(String name, String description) {
        return new Usage(name, description);
    }

    /** A subcommand line: `name` plus a short description. */
    public Usage subcommand(String name, String description) {
        CommandSpec sub = CommandSpec.create().name(name);
        sub.usageMessage().description(description);
        spec.addSubcommand(name, sub);
        return this;
    }

    /** A boolean flag. */
    public Usage flag(String name, String description) {
        spec.addOption(OptionSpec.builder(name).arity("0").type(boolean.class).description(description).build());
        return this;
    }

    /** An option that takes a value. */
    public Usage option(String name, String label, String description) {
        spec.addOption(OptionSpec.builder(name).paramLabel(label).type(String.class).description(description).build());
        return this;
    }

    /** A positional parameter. */
    public Usage positional(String label, String description) {
        spec.addPositional(PositionalParamSpec.builder().paramLabel(label).type(String.class)
                .description(description).build());
        return this;
    }

    public Usage footer(String... lines) {
        spec.usageMessage().footer(lines);
        return this;
    }

    public String render() {
        CommandLine commandLine = new CommandLine(spec);
        String text = commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF);
        return text.endsWith("\n") ? text : text + "\n";
    }
}
