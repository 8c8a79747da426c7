package dev.wazir.cli;

import dev.wazir.Main;
import dev.wazir.git.TestRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `wazir validate branches|commits|changelog|docs-drift` through the command line, against real git. */
class GitFlowValidateTest {
    static final String UNKNOWN_HEAD = "fatal: ambiguous argument 'HEAD': unknown revision or path not in the working tree.\n"
            + "Use '--' to separate paths from revisions, like this:\n"
            + "'git <command> [<revision>...] -- [<file>...]'\n";

    @TempDir
    Path tmp;

    private static CommandResult wazir(Path cwd, Map<String, String> env, String... args) {
        return Main.execute(args, new Invocation(cwd, env, InputStream.nullInputStream()));
    }

    private TestRepo kitRepo() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("wazir.manifest.yaml", "manifest_version: 2\n");
        repo.write("CHANGELOG.md", "# Changelog\n\n## [Unreleased]\n\n### Added\n\n- First\n");
        repo.commit("chore: init");
        return repo;
    }

    @Test
    void branchesWithAnExplicitName() {
        TestRepo repo = kitRepo();
        assertEquals(CommandResult.ok("Branch name validation passed: \"feat/x\"\n"),
                wazir(repo.dir(), repo.env(), "validate", "branches", "--branch", "feat/x"));
        assertEquals(CommandResult.ok("Branch name validation passed: \"main\"\n"),
                wazir(repo.dir(), repo.env(), "validate", "branches", "--branch"));
        assertEquals(CommandResult.ok("Branch name validation passed: \"main\"\n"),
                wazir(repo.dir(), repo.env(), "validate", "branches", "--branch", ""));
    }

    @Test
    void unbornBranchAsInTheSpecExample() throws IOException {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        Files.writeString(repo.dir().resolve("wazir.manifest.yaml"), "manifest_version: 2\n");
        assertEquals(CommandResult.failure(1, UNKNOWN_HEAD
                        + "Branch name validation failed:\n- Could not determine current branch name\n"),
                wazir(repo.dir(), repo.env(), "validate", "branches"));
    }

    @Test
    void gitRunsInTheProjectRootFromANestedFolder() throws IOException {
        TestRepo repo = kitRepo();
        repo.git("checkout", "-q", "-b", "fix/y");
        repo.commit("fix: one");
        Path nested = Files.createDirectories(repo.dir().resolve("docs/deep"));
        assertEquals(CommandResult.ok("Commit validation passed: 1 commit(s) checked against \"main\"\n"),
                wazir(nested, repo.env(), "validate", "commits"));
        assertEquals(CommandResult.ok("Branch name validation passed: \"fix/y\"\n"),
                wazir(nested, repo.env(), "validate", "branches"));
        assertEquals(CommandResult.ok("Changelog validation passed.\nWarnings:\n- 1 feat/fix commit(s) since \""
                        + repo.git("rev-list", "--max-parents=0", "HEAD").trim() + "\" but no new [Unreleased] entries\n\n"),
                wazir(nested, repo.env(), "validate", "changelog"));
    }

    @Test
    void emptyValuesFallBackToDefaultsExceptForDocsDrift() {
        TestRepo repo = kitRepo();
        repo.git("checkout", "-q", "-b", "feat/x");
        repo.commit("roles/r.md", "r\n", "feat: role");
        assertEquals(CommandResult.ok("Commit validation passed: 1 commit(s) checked against \"main\"\n"),
                wazir(repo.dir(), repo.env(), "validate", "commits", "--base", "", "--head", ""));
        assertEquals(CommandResult.ok("No files changed in range; no drift detected.\n"),
                wazir(repo.dir(), repo.env(), "validate", "docs-drift", "--base", ""));
        assertEquals(CommandResult.ok("[advisory] Documentation drift detected:\n"
                        + "  - roles/* changed but docs/reference/roles-reference.md did not\n"),
                wazir(repo.dir(), repo.env(), "validate", "docs-drift"));
        assertEquals(CommandResult.failure(1, "Documentation drift detected:\n"
                        + "  - roles/* changed but docs/reference/roles-reference.md did not\n"),
                wazir(repo.dir(), repo.env(), "validate", "docs-drift", "--strict", "--base", "main"));
    }

    @Test
    void docsDriftSubcommandIsRecognised() {
        TestRepo repo = kitRepo();
        CommandResult r = wazir(repo.dir(), repo.env(), "validate", "docs-drift", "--base", "HEAD", "--head", "HEAD");
        assertEquals(CommandResult.ok("No files changed in range; no drift detected.\n"), r);
    }

    @Test
    void aValueFlagTakesTheNextTokenVerbatimAndGitNeverSeesItAsAnOption() {
        TestRepo repo = kitRepo();
        CommandResult r = wazir(repo.dir(), repo.env(), "validate", "commits", "--base", "--head", "HEAD");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().endsWith("Commit validation failed:\n- Could not read git log for range \"--head..HEAD\"\n"),
                r.stderr());
        Path written = tmp.resolve("by-git.txt");
        r = wazir(repo.dir(), repo.env(), "validate", "changelog", "--head", "--output=" + written);
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("Changelog validation failed:\n- Could not read CHANGELOG.md at \"--output="
                + written + "\": Command failed: git show --output=" + written + ":CHANGELOG.md\n"), r.stderr());
        r = wazir(repo.dir(), repo.env(), "validate", "docs-drift", "--base", "--output=" + written);
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("Failed to run git diff: Command failed: git diff --name-only --output="), r.stderr());
        assertTrue(Files.notExists(written));
    }

    @Test
    void hostileValuesAreRefsOrNamesNeverGitOptions() {
        TestRepo repo = kitRepo();
        Path written = tmp.resolve("x");
        String output = "--output=" + written;

        CommandResult r = wazir(repo.dir(), repo.env(), "validate", "branches", "--branch", output);
        assertEquals(CommandResult.failure(1, "Branch name validation failed:\n- \"" + output
                + "\" does not match any allowed pattern: main, develop, feat/*, feature/*, fix/*, chore/*, codex/*,"
                + " release/*, hotfix/*, worktree-*\n"), r);

        r = wazir(repo.dir(), repo.env(), "validate", "commits", "--base", "-x");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().endsWith("Commit validation failed:\n- Could not read git log for range \"-x..HEAD\"\n"),
                r.stderr());
        r = wazir(repo.dir(), repo.env(), "validate", "commits", "--base", "main", "--head", output);
        assertTrue(r.stderr().endsWith("- Could not read git log for range \"main.." + output + "\"\n"), r.stderr());

        r = wazir(repo.dir(), repo.env(), "validate", "changelog", "--base", "-x", "--require-entries");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("Changelog validation failed:\n- Could not diff changelog against base \"-x\": "
                + "Command failed: git show -x:CHANGELOG.md\n"), r.stderr());

        r = wazir(repo.dir(), repo.env(), "validate", "docs-drift", "--base", "-x", "--strict");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("Failed to run git diff: Command failed: git diff --name-only -x..HEAD\n"),
                r.stderr());
        assertEquals(CommandResult.ok("No git range found; skipping docs-drift check.\n"),
                wazir(repo.dir(), repo.env(), "validate", "docs-drift", "--head", output));
        assertTrue(Files.notExists(written));
        assertTrue(Files.notExists(repo.dir().resolve("x")));
    }

    @Test
    void refsWithSpacesAreOneArgument() {
        TestRepo repo = kitRepo();
        assertEquals(CommandResult.failure(1, "fatal: ambiguous argument 'my base..HEAD': unknown revision or path not"
                        + " in the working tree.\nUse '--' to separate paths from revisions, like this:\n"
                        + "'git <command> [<revision>...] -- [<file>...]'\n"
                        + "Commit validation failed:\n- Could not read git log for range \"my base..HEAD\"\n"),
                wazir(repo.dir(), repo.env(), "validate", "commits", "--base", "my base"));
        assertEquals(CommandResult.failure(1, "Changelog validation failed:\n- Could not diff changelog against base"
                        + " \"my base\": Command failed: git show my base:CHANGELOG.md\n"
                        + "fatal: invalid object name 'my base'.\n\n"),
                wazir(repo.dir(), repo.env(), "validate", "changelog", "--base", "my base", "--require-entries"));
        assertEquals(CommandResult.ok("No git range found; skipping docs-drift check.\n"),
                wazir(repo.dir(), repo.env(), "validate", "docs-drift", "--base", "my base"));
    }

    @Test
    void aTagOrACommitIdWorksAsTheBase() {
        TestRepo repo = kitRepo();
        repo.tag("v1.0.0");
        String first = repo.git("rev-parse", "HEAD").trim();
        repo.git("checkout", "-q", "-b", "feat/x");
        repo.commit("roles/r.md", "r\n", "feat: role");
        repo.commit("fix: two");
        for (String base : new String[] {"v1.0.0", first, first.substring(0, 12)}) {
            assertEquals(CommandResult.ok("Commit validation passed: 2 commit(s) checked against \"" + base + "\"\n"),
                    wazir(repo.dir(), repo.env(), "validate", "commits", "--base", base), base);
            assertEquals(CommandResult.ok("[advisory] Documentation drift detected:\n"
                            + "  - roles/* changed but docs/reference/roles-reference.md did not\n"),
                    wazir(repo.dir(), repo.env(), "validate", "docs-drift", "--base", base), base);
            assertEquals(CommandResult.ok("Changelog validation passed.\nWarnings:\n- 2 feat/fix commit(s) since \""
                            + base + "\" but no new [Unreleased] entries\n\n"),
                    wazir(repo.dir(), repo.env(), "validate", "changelog", "--base", base), base);
        }
    }

    @Test
    void withoutGitOnPath() {
        TestRepo repo = kitRepo();
        Map<String, String> env = repo.envWithoutGit();
        assertEquals(CommandResult.failure(1, "Branch name validation failed:\n- Could not determine current branch name\n"),
                wazir(repo.dir(), env, "validate", "branches"));
        assertEquals(CommandResult.failure(1, "Commit validation failed:\n- Could not determine base branch (tried develop, main)\n"),
                wazir(repo.dir(), env, "validate", "commits"));
        assertEquals(CommandResult.ok("Changelog validation passed.\n"), wazir(repo.dir(), env, "validate", "changelog"));
        assertEquals(CommandResult.failure(1, "Changelog validation failed:\n- Could not read CHANGELOG.md at \"HEAD\": spawnSync git ENOENT\n"),
                wazir(repo.dir(), env, "validate", "changelog", "--head", "HEAD"));
        assertEquals(CommandResult.failure(1, "Failed to run git diff: spawnSync git ENOENT\n"),
                wazir(repo.dir(), env, "validate", "docs-drift"));
    }
}
