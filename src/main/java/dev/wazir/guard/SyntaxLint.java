package dev.wazir.guard;

import dev.wazir.WazirException;
import dev.wazir.cli.CommandResult;
import dev.wazir.cli.Invocation;
import dev.wazir.kit.JsonFiles;
import dev.wazir.kit.TextFiles;
import dev.wazir.kit.Yaml;
import tools.jackson.databind.JsonNode;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The post-tool lint hook: after an agent edits a file, check that the file still parses.
 * Java sources (with the JDK's own parser), JSON and YAML are checked here; JavaScript goes to
 * {@code node --check} when Node is installed, as in 1.0.0. Anything odd (no payload, no such
 * file, a folder, an unknown kind, a huge file) passes silently: a lint hook must never break
 * the agent's flow.
 */
public final class SyntaxLint {
    static final long MAX_BYTES = 4L * 1024 * 1024;
    /** javac reports every stray byte of a binary file; the first errors are what the agent needs. */
    static final int MAX_JAVA_ERRORS = 20;

    private final Invocation invocation;

    public SyntaxLint(Invocation invocation) {
        this.invocation = invocation;
    }

    public CommandResult run() {
        JsonNode payload;
        try {
            payload = GuardRunner.readPayload(invocation.stdin());
        } catch (WazirException e) {
            payload = null;
        }
        String file = null;
        if (payload != null && payload.isObject()) {
            JsonNode input = payload.get("tool_input");
            if (input != null && input.isObject()) {
                file = Host.text(input.get("file_path"));
            }
            if (file == null) {
                file = Host.text(payload.get("file_path"));
            }
        }
        if (file == null || file.isEmpty()) {
            file = invocation.env().get("CLAUDE_TOOL_FILE_PATH");
        }
        if (file == null || file.isEmpty()) {
            return CommandResult.ok("");
        }
        Path path;
        try {
            path = invocation.cwd().resolve(file).normalize();
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
                return CommandResult.ok("");
            }
        } catch (IOException | InvalidPathException e) {
            // A name no file can have (a NUL character, say) or a file we cannot inspect: nothing to lint.
            return CommandResult.ok("");
        }
        String problem = check(file, path);
        if (problem == null) {
            return CommandResult.ok("");
        }
        return new CommandResult(2, "", "Syntax error in " + file + ":\n" + problem + "\n");
    }

    private static String check(String name, Path path) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.endsWith(".js")) {
            return nodeCheck(path);
        }
        boolean json = lower.endsWith(".json");
        boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
        boolean java = lower.endsWith(".java");
        if (!json && !yaml && !java) {
            return null;
        }
        String text;
        try {
            text = TextFiles.read(path);
        } catch (WazirException | UncheckedIOException e) {
            return null; // unreadable (permissions, replaced meanwhile): not a syntax error
        }
        try {
            if (json) {
                JsonFiles.parse(text);
                return null;
            }
            if (yaml) {
                Yaml.parse(text);
                return null;
            }
            return javaProblems(path, text);
        } catch (WazirException e) {
            return e.getMessage().stripTrailing();
        } catch (RuntimeException | StackOverflowError e) {
            return null; // a parser that gives up on odd input must not break the agent's flow
        }
    }

    private static String javaProblems(Path path, String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            return null;
        }
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + path.getFileName()),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        // javac reports its own crashes (a stack overflow on absurdly deep nesting) on this writer, not on stderr.
        StringWriter javacLog = new StringWriter();
        com.sun.source.util.JavacTask task = (com.sun.source.util.JavacTask) compiler.getTask(
                javacLog, null, diagnostics, List.of("-proc:none"), null, List.of(unit));
        try {
            task.parse();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int errors = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            errors++;
            if (errors > MAX_JAVA_ERRORS) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(path).append(':').append(d.getLineNumber()).append(':').append(d.getColumnNumber())
                    .append(": ").append(d.getMessage(Locale.ROOT));
        }
        if (errors > MAX_JAVA_ERRORS) {
            out.append("\n(").append(errors - MAX_JAVA_ERRORS).append(" more errors not shown)");
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static String nodeCheck(Path path) {
        ProcessBuilder pb = new ProcessBuilder("node", "--check", path.toString());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.redirectErrorStream(true);
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readNBytes(64 * 1024);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? null : TextFiles.decode(out).stripTrailing();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
