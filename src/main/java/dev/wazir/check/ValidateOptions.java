package dev.wazir.check;

import java.util.List;

/**
 * The flags of {@code wazir validate <subcommand>}, extracted once the 1.0.0 way: a value flag's
 * first occurrence wins and takes the next token verbatim (even one starting with {@code -});
 * a value flag that is the last token is absent. {@code null} means absent; {@code ""} means
 * given but empty (docs-drift treats that differently from absent). Boolean flags are present
 * when the exact token appears anywhere. Every other token is ignored.
 */
public record ValidateOptions(String branch, String base, String head, boolean requireEntries, boolean strict) {
    public static ValidateOptions parse(List<String> args) {
        return new ValidateOptions(value(args, "--branch"), value(args, "--base"), value(args, "--head"),
                args.contains("--require-entries"), args.contains("--strict"));
    }

    private static String value(List<String> args, String flag) {
        int index = args.indexOf(flag);
        if (index < 0 || index + 1 >= args.size()) {
            return null;
        }
        return args.get(index + 1);
    }
}
