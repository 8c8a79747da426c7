package dev.wazir.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The process context a command sees: working directory, environment and standard input.
 * Passing it explicitly keeps every command runnable in-process from tests.
 */
public record Invocation(Path cwd, Map<String, String> env, InputStream stdin) {
    public Invocation {
        cwd = cwd.toAbsolutePath();
        env = env == null ? Map.of() : env;
        stdin = stdin == null ? InputStream.nullInputStream() : stdin;
    }

    public String home() {
        String home = env.get("HOME");
        if (home != null && !home.isEmpty()) {
            return home;
        }
        return System.getProperty("user.home");
    }

    public Invocation withCwd(Path dir) {
        return new Invocation(dir, env, stdin);
    }
}
