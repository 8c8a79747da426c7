package dev.wazir.cli;

import dev.wazir.WazirException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The option parser wazir 1.0.0 shares between {@code index}, {@code recall}, {@code capture} and
 * {@code status}: {@code --name} flags and {@code --name value} pairs only (no {@code --name=value},
 * no short options), the last occurrence wins, anything not starting with {@code --} is a positional.
 * A value may start with a single dash but not with two, and may not be empty.
 */
public final class OptionParser {
    private final Set<String> booleans;
    private final Set<String> strings;

    private OptionParser(Collection<String> booleans, Collection<String> strings) {
        this.booleans = Set.copyOf(booleans);
        this.strings = Set.copyOf(strings);
    }

    /** Option names are given without the leading {@code --}. */
    public static OptionParser of(Collection<String> booleans, Collection<String> strings) {
        return new OptionParser(booleans, strings);
    }

    /** Parses the arguments; a bad option throws the 1.0.0 message ({@code Unknown option: ...}, {@code Missing value for ...}). */
    public Options parse(List<String> args) {
        List<String> positionals = new ArrayList<>();
        Set<String> flags = new HashSet<>();
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positionals.add(arg);
                continue;
            }
            String name = arg.substring(2);
            if (booleans.contains(name)) {
                flags.add(name);
            } else if (strings.contains(name)) {
                String next = i + 1 < args.size() ? args.get(i + 1) : null;
                if (next == null || next.isEmpty() || next.startsWith("--")) {
                    throw new WazirException("Missing value for " + arg);
                }
                values.put(name, next);
                i++;
            } else {
                throw new WazirException("Unknown option: " + arg);
            }
        }
        return new Options(positionals, flags, values);
    }

    /** The parse result. Names are without the leading {@code --}. */
    public static final class Options {
        private final List<String> positionals;
        private final Set<String> flags;
        private final Map<String, String> values;

        Options(List<String> positionals, Set<String> flags, Map<String, String> values) {
            this.positionals = Collections.unmodifiableList(positionals);
            this.flags = Collections.unmodifiableSet(flags);
            this.values = Collections.unmodifiableMap(values);
        }

        public List<String> positionals() {
            return positionals;
        }

        /** True when the boolean option was given. */
        public boolean flag(String name) {
            return flags.contains(name);
        }

        /** The string option's value (never empty), or null when it was not given. */
        public String value(String name) {
            return values.get(name);
        }

        public boolean has(String name) {
            return values.containsKey(name);
        }
    }
}
