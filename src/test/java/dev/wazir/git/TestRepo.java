package dev.wazir.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A throw-away git repository for tests: real git, fixed author and dates, no dependence on the
 * user's or the system's git configuration.
 */
public final class TestRepo {
    private final Path dir;
    private final Map<String, String> env;
    private int clock;

    private TestRepo(Path dir, Map<String, String> env) {
        this.dir = dir;
        this.env = env;
    }

    /** An environment for git children: this JVM's PATH, a private HOME, no global or system config. */
    public static Map<String, String> env(Path home) {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (!k.startsWith("GIT_") && !k.startsWith("LC_") && !k.equals("LANG") && !k.equals("LANGUAGE")) {
                env.put(k, v);
            }
        });
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("LC_ALL", "C");
        env.put("GIT_AUTHOR_NAME", "Test Author");
        env.put("GIT_AUTHOR_EMAIL", "author@example.com");
        env.put("GIT_COMMITTER_NAME", "Test Committer");
        env.put("GIT_COMMITTER_EMAIL", "committer@example.com");
        return env;
    }

    /** {@code git init} with main as the first branch, in {@code dir} (created if needed). */
    public static TestRepo init(Path dir) {
        TestRepo repo = at(dir);
        repo.git("-c", "init.defaultBranch=main", "init", "-q");
        return repo;
    }

    /** A repository that already exists in {@code dir} (e.g. made by {@link #cloneTo}). */
    public static TestRepo at(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestRepo(dir, env(dir.getParent()));
    }

    public Path dir() {
        return dir;
    }

    public Map<String, String> env() {
        return env;
    }

    /** The same environment with PATH pointing only at folders without git. */
    public Map<String, String> envWithoutGit() {
        Map<String, String> copy = new HashMap<>(env);
        copy.put("PATH", dir.resolve("no-such-bin").toString());
        return copy;
    }

    public Git git() {
        return new Git(dir, env);
    }

    /** Writes a file (creating folders). */
    public TestRepo write(String path, String content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Commits whatever is staged plus all changes, allowing an empty commit and an empty message;
     * each commit is one minute later.
     */
    public String commit(String message) {
        git("add", "-A");
        gitAt(nextDate(), "commit", "-q", "--allow-empty", "--allow-empty-message", "--no-verify", "-m", message);
        return git("rev-parse", "HEAD").trim();
    }

    /** Writes one file and commits it. */
    public String commit(String path, String content, String message) {
        write(path, content);
        return commit(message);
    }

    /** A merge commit with git's default "Merge branch '...'" subject. */
    public String merge(String branch) {
        gitAt(nextDate(), "merge", "-q", "--no-ff", "--no-edit", branch);
        return git("rev-parse", "HEAD").trim();
    }

    /** An annotated tag; tags get dates in creation order. */
    public void tag(String name) {
        gitAt(nextDate(), "tag", "-a", "-m", name, name);
    }

    public String git(String... args) {
        return gitAt(null, args);
    }

    private String nextDate() {
        clock++;
        return String.format("2024-01-01T%02d:%02d:00Z", clock / 60, clock % 60);
    }

    private String gitAt(String date, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        if (date != null) {
            builder.environment().put("GIT_AUTHOR_DATE", date);
            builder.environment().put("GIT_COMMITTER_DATE", date);
        }
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = process.waitFor();
            if (status != 0) {
                throw new IllegalStateException("git " + String.join(" ", args) + " failed (" + status + "):\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
