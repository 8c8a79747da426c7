package dev.wazir;

import dev.wazir.cli.CommandResult;
import dev.wazir.cli.Invocation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs wazir in-process, as a test would from a shell in {@code cwd}. */
public final class Cli {
    private Cli() {
    }

    public static CommandResult run(Path cwd, String... args) {
        return run(cwd, Map.of(), "", args);
    }

    public static CommandResult run(Path cwd, Map<String, String> extraEnv, String stdin, String... args) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(extraEnv);
        Invocation invocation = new Invocation(cwd, env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return Main.execute(args, invocation);
    }
}
