package dev.wazir.git;

import dev.wazir.kit.TextFiles;
import dev.wazir.text.JsText;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code git} from the caller's {@code PATH} as a child process in the project root.
 *
 * <p>wazir 1.0.0 let git's stderr through to the terminal for some calls ("shown") and captured it
 * for others. Commands here return values instead of printing, so shown stderr is collected in call
 * order ({@link #shownStderr()}) and the caller puts it before its own stderr text.
 *
 * <p>Values that come from the user (refs, ranges) are placed after {@code --end-of-options}, so git
 * never reads them as options ({@link #refExists}, which 1.0.0 only asks about fixed branch names,
 * treats a name starting with {@code -} as absent instead). Error texts use the argument list 1.0.0 ran, so messages such
 * as {@code Command failed: git show nope:CHANGELOG.md} read exactly as before.
 */
public final class Git {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    static final int OUTPUT_LIMIT = 64 * 1024 * 1024;
    private static final String END_OF_OPTIONS = "--end-of-options";

    private final Path workDir;
    private final Map<String, String> env;
    private final Duration timeout;
    private final StringBuilder shownStderr = new StringBuilder();

    public Git(Path workDir, Map<String, String> env) {
        this(workDir, env, DEFAULT_TIMEOUT);
    }

    public Git(Path workDir, Map<String, String> env, Duration timeout) {
        this.workDir = workDir.toAbsolutePath();
        this.env = env == null ? Map.of() : Map.copyOf(env);
        this.timeout = timeout;
    }

    public Path workDir() {
        return workDir;
    }

    /** Everything git wrote to stderr in the calls whose stderr 1.0.0 showed, oldest first. */
    public String shownStderr() {
        return shownStderr.toString();
    }

    // ---- probes -------------------------------------------------------------------------------

    /** {@code git rev-parse --is-inside-work-tree} succeeds (stderr kept silent). */
    public boolean isInsideWorkTree() {
        try {
            run(List.of("rev-parse", "--is-inside-work-tree"), null, false);
            return true;
        } catch (GitException e) {
            return false;
        }
    }

    /**
     * The current branch, {@code git rev-parse --abbrev-ref HEAD} trimmed: {@code HEAD} when detached,
     * null when git fails (no repository, unborn branch, no git).
     *
     * @param showStderr whether git's stderr is shown (the validators) or kept silent (the probes of
     *                   bare {@code wazir validate})
     */
    public String currentBranch(boolean showStderr) {
        try {
            return JsText.trim(run(List.of("rev-parse", "--abbrev-ref", "HEAD"), null, showStderr));
        } catch (GitException e) {
            return null;
        }
    }

    /** A branch exists and HEAD is on it (not detached): bare {@code wazir validate}'s "branch" prerequisite. */
    public boolean hasBranch() {
        String branch = currentBranch(false);
        return branch != null && !branch.equals("HEAD");
    }

    /** {@code git rev-parse --verify <ref>} succeeds (stderr kept silent). Names starting with '-' never exist. */
    public boolean refExists(String ref) {
        if (ref.isEmpty() || ref.startsWith("-")) {
            return false;
        }
        try {
            run(List.of("rev-parse", "--verify", ref), null, false);
            return true;
        } catch (GitException e) {
            return false;
        }
    }

    // ---- reads --------------------------------------------------------------------------------

    /** {@code git log <range> --format=%s}, stderr shown; the raw output (one subject per line). */
    public String logSubjects(String range) {
        return run(List.of("-c", "i18n.logOutputEncoding=UTF-8", "log", "--format=%s", END_OF_OPTIONS, range),
                "log " + range + " --format=%s", true);
    }

    /** {@code git show <revision>:<path>}, stderr captured into the error message. */
    public String showFile(String revision, String path) {
        String spec = revision + ":" + path;
        return run(List.of("show", END_OF_OPTIONS, spec), "show " + spec, false);
    }

    /** {@code git tag --sort=-creatordate}, stderr shown; the raw output. */
    public String tagsNewestFirst() {
        return run(List.of("tag", "--sort=-creatordate"), null, true);
    }

    /** {@code git rev-list --max-parents=0 HEAD}, stderr shown; the raw output. */
    public String rootCommits() {
        return run(List.of("rev-list", "--max-parents=0", "HEAD"), null, true);
    }

    /**
     * Paths changed between the two ends of {@code range} ({@code git diff --name-only <range>}),
     * stderr captured. Paths are read NUL-separated, so names with non-ASCII characters, quotes or
     * line feeds arrive as they are instead of in git's quoted form.
     */
    public List<String> changedFiles(String range) {
        String out = run(List.of("diff", "--name-only", "-z", "--no-color", END_OF_OPTIONS, range),
                "diff --name-only " + range, false);
        List<String> files = new ArrayList<>();
        for (String name : out.split("\0")) {
            if (!name.isEmpty()) {
                files.add(name);
            }
        }
        return files;
    }

    /** Commit ids in {@code range} ({@code git rev-list <range>}), stderr captured. */
    public Set<String> commitsIn(String range) {
        String out = run(List.of("rev-list", END_OF_OPTIONS, range), "rev-list " + range, false);
        return hexLines(out);
    }

    /**
     * The commits at the edge of a shallow clone (their parents were not fetched); empty when the
     * repository has its full history or git cannot tell.
     */
    public Set<String> shallowBoundary() {
        String gitPath;
        try {
            gitPath = JsText.trim(run(List.of("rev-parse", "--git-path", "shallow"), null, false));
        } catch (GitException e) {
            return Set.of();
        }
        if (gitPath.isEmpty()) {
            return Set.of();
        }
        Path file = workDir.resolve(gitPath);
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        try {
            return hexLines(TextFiles.decode(Files.readAllBytes(file)));
        } catch (IOException e) {
            return Set.of();
        }
    }

    private static Set<String> hexLines(String text) {
        Set<String> ids = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            String id = line.trim();
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    // ---- process ------------------------------------------------------------------------------

    /**
     * Runs git with {@code args}; returns stdout decoded as UTF-8.
     *
     * @param shown      the argument text 1.0.0 ran, used in error messages; null means {@code args}
     * @param showStderr true: stderr is collected into {@link #shownStderr()}; false: it becomes part of
     *                   the error message
     */
    String run(List<String> args, String shown, boolean showStderr) {
        String command = "git " + (shown != null ? shown : String.join(" ", args));
        Path executable = locateGit();
        if (executable == null || !Files.isDirectory(workDir)) {
            throw new GitException("spawnSync git ENOENT", -1, "");
        }
        List<String> argv = new ArrayList<>(args.size() + 1);
        argv.add(executable.toString());
        argv.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(argv).directory(workDir.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new GitException("spawnSync git ENOENT", -1, "");
        }
        Drain out = new Drain(process, process.getInputStream());
        Drain err = new Drain(process, process.getErrorStream());
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // git reads no input; a closed pipe is fine
        }
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            out.join(5000);
            err.join(5000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new GitException(command + " was interrupted", -1, "");
        }
        String stderrText = TextFiles.decode(err.bytes());
        if (showStderr) {
            shownStderr.append(stderrText);
        }
        if (!finished) {
            throw new GitException("Command failed: " + command + "\ngit did not finish within "
                    + describe(timeout) + " and was stopped\n", -1, "");
        }
        if (out.overflowed() || err.overflowed()) {
            throw new GitException("Command failed: " + command + "\ngit printed more than "
                    + (OUTPUT_LIMIT >> 20) + " MiB of output\n", -1, "");
        }
        int status = process.exitValue();
        if (status != 0) {
            String message = "Command failed: " + command;
            if (!showStderr && !stderrText.isEmpty()) {
                message += "\n" + stderrText;
            }
            throw new GitException(message, status, showStderr ? "" : stderrText);
        }
        return TextFiles.decode(out.bytes());
    }

    /** The {@code git} executable on the caller's PATH (not this JVM's PATH), or null. */
    private Path locateGit() {
        String path = null;
        for (Map.Entry<String, String> entry : env.entrySet()) {
            if (entry.getKey().equals("PATH")
                    || isWindows() && entry.getKey().equalsIgnoreCase("PATH")) {
                path = entry.getValue();
                break;
            }
        }
        if (path == null) {
            path = "/usr/bin:/bin";
        }
        List<String> names = isWindows() ? Arrays.asList("git.exe", "git.cmd", "git") : List.of("git");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path folder;
            try {
                folder = Path.of(dir);
            } catch (InvalidPathException e) {
                continue; // e.g. a quoted Windows entry: not a folder git could be in
            }
            if (!folder.isAbsolute()) {
                continue; // a relative PATH entry would resolve inside the project: never run that
            }
            for (String name : names) {
                Path candidate = folder.resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " seconds" : millis + " ms";
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** Reads one stream of the child to the end on its own thread, keeping at most the output limit. */
    private static final class Drain extends Thread {
        private final Process process;
        private final InputStream in;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private volatile boolean overflowed;

        Drain(Process process, InputStream in) {
            this.process = process;
            this.in = in;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            byte[] chunk = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(chunk)) != -1) {
                    if (buffer.size() + n > OUTPUT_LIMIT) {
                        overflowed = true;
                        process.destroyForcibly();
                        return;
                    }
                    buffer.write(chunk, 0, n);
                }
            } catch (IOException e) {
                // the child went away; what was read so far is all there is
            }
        }

        boolean overflowed() {
            return overflowed;
        }

        byte[] bytes() {
            return buffer.toByteArray();
        }
    }
}
