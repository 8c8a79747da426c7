package dev.wazir.startup;

import dev.wazir.Main;
import dev.wazir.cli.Invocation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run for the class-data-sharing archive: the launcher starts it once with
 * {@code -XX:ArchiveClassesAtExit} so that the classes the everyday commands load (hooks, status,
 * capture, validate, doctor, export --check, index and recall) are mapped from the archive on later
 * starts instead of being read from the jar and verified again. It runs the commands in-process
 * against the kit at the given folder (index and recall against a tiny project of its own), writing
 * only into a temporary folder, and prints nothing.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    /**
     * Exits 0 even when a step fails: the archive then holds fewer classes but stays valid, and exit 1
     * is kept for the JVM refusing {@code -XX:ArchiveClassesAtExit} (the build tolerates that one).
     */
    public static void main(String[] args) {
        try {
            train(args);
        } catch (IOException | RuntimeException e) {
            // nothing to report: training only loads classes
        }
    }

    private static void train(String[] args) throws IOException {
        Path kit = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path state = Files.createTempDirectory("wazir-cds-");
        try {
            Map<String, String> env = new HashMap<>(System.getenv());
            env.remove("CLAUDE_PROJECT_DIR");
            String writePayload = "{\"session_id\":\"cds\",\"cwd\":\"" + kit + "\",\"hook_event_name\":\"PreToolUse\","
                    + "\"tool_name\":\"Write\",\"tool_input\":{\"file_path\":\"" + kit + "/roles/x.md\"}}";
            String legacyPayload = "{\"project_root\":\"" + kit + "\",\"target_path\":\"src/x\"}";
            String s = state.toString();
            List<String[]> commands = List.of(
                    new String[] {"--help"},
                    new String[] {"validate", "--help"},
                    new String[] {"validate", "manifest"},
                    new String[] {"validate", "hooks"},
                    new String[] {"validate"},
                    new String[] {"doctor", "--json"},
                    new String[] {"export", "--check"},
                    new String[] {"status", "--run", "cds-missing", "--state-root", s},
                    new String[] {"capture", "init", "--run", "cds", "--phase", "clarify", "--status", "running", "--state-root", s},
                    new String[] {"capture", "event", "--run", "cds", "--event", "phase_enter", "--phase", "verify",
                        "--loop-count", "1", "--state-root", s},
                    new String[] {"status", "--run", "cds", "--state-root", s, "--json"},
                    new String[] {"hook", "loop-cap"});
            for (String[] command : commands) {
                run(kit, env, "", command);
            }
            run(kit, env, writePayload, "hook", "protected-path");
            run(kit, env, legacyPayload, "hook", "protected-path");
            trainIndex(state, env);
        } finally {
            deleteTree(state);
        }
    }

    /** Index and recall on a tiny project: SQLite's driver classes are most of what those commands load. */
    private static void trainIndex(Path state, Map<String, String> env) throws IOException {
        Path project = Files.createDirectories(state.resolve("project"));
        Files.writeString(project.resolve("wazir.manifest.yaml"),
                "project:\n  name: cds\npaths:\n  state_root_default: .state\n");
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("src/a.js"), "import x from 'y';\n/** Doc. */\nexport function alpha(a) {\n  return a;\n}\n");
        Files.writeString(project.resolve("guide.md"), "# Guide\nText.\n## Part\n");
        Files.writeString(project.resolve("data.json"), "{\n  \"key\": 1\n}\n");
        String s = state.resolve("index-state").toString();
        List<String[]> commands = List.of(
                new String[] {"index", "build", "--state-root", s},
                new String[] {"index", "refresh", "--state-root", s, "--json"},
                new String[] {"index", "stats", "--state-root", s},
                new String[] {"index", "search-symbols", "alpha", "--state-root", s, "--json"},
                new String[] {"index", "search-symbols", "alpha", "--state-root", s},
                new String[] {"index", "get-symbol", "alpha", "--state-root", s},
                new String[] {"index", "get-file-outline", "guide.md", "--state-root", s},
                new String[] {"index", "summarize", "--state-root", s},
                new String[] {"index", "stats", "--state-root", s, "--json"},
                new String[] {"recall", "symbol", "alpha", "--state-root", s, "--json"},
                new String[] {"recall", "symbol", "alpha", "--tier", "L1", "--state-root", s},
                new String[] {"recall", "file", "src/a.js", "--start-line", "1", "--end-line", "3", "--state-root", s},
                new String[] {"recall", "file", "guide.md", "--tier", "L0", "--state-root", s, "--json"},
                new String[] {"index", "get-symbol", "missing", "--state-root", s});
        for (String[] command : commands) {
            run(project, env, "", command);
        }
    }

    private static void run(Path kit, Map<String, String> env, String stdin, String... args) {
        Invocation invocation = new Invocation(kit, env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            Main.execute(args, invocation);
        } catch (RuntimeException | Error e) {
            // Training only loads classes; a failing command still did that.
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
