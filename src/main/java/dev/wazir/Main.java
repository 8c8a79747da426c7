package dev.wazir;

import dev.wazir.cli.CommandResult;
import dev.wazir.cli.Dispatcher;
import dev.wazir.cli.Invocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** The process entry point: the only place that writes to the real streams and exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Invocation invocation = new Invocation(
                Path.of(System.getProperty("user.dir")).toAbsolutePath(),
                System.getenv(),
                System.in);
        int code = run(args, invocation, System.out, System.err);
        System.exit(code);
    }

    /** Runs one command and writes its result; returns the exit code. Used by tests in-process. */
    public static int run(String[] args, Invocation invocation, OutputStream out, OutputStream err) {
        CommandResult result = execute(args, invocation);
        write(out, result.stdout());
        write(err, result.stderr());
        return result.exitCode();
    }

    /** Runs one command and returns its result without printing anything. */
    public static CommandResult execute(String[] args, Invocation invocation) {
        try {
            return Dispatcher.dispatch(args, invocation);
        } catch (WazirException e) {
            return CommandResult.failure(e.exitCode(), withNewline(e.getMessage()));
        } catch (StackOverflowError e) {
            return CommandResult.failure(1, "Input is nested too deeply to process.\n");
        } catch (OutOfMemoryError e) {
            return CommandResult.failure(1, "Input is too large to process.\n");
        } catch (RuntimeException e) {
            if ("1".equals(invocation.env().get("WAZIR_DEBUG"))) {
                e.printStackTrace();
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return CommandResult.failure(1, withNewline(message));
        }
    }

    private static String withNewline(String message) {
        return message + "\n";
    }

    private static void write(OutputStream stream, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        try {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
            stream.flush();
        } catch (IOException e) {
            // A closed pipe on the reader's side is not our failure to report.
        }
    }

    /** Convenience for tests and tools: an invocation rooted at a folder with the current environment. */
    public static Invocation invocationAt(Path cwd, Map<String, String> env, InputStream stdin) {
        return new Invocation(cwd, env, stdin);
    }

    static PrintStream utf8(OutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }
}
