package dev.wazir.check;

import dev.wazir.Cli;
import dev.wazir.KitFixture;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bare `wazir validate` (spec §3.12), `validate artifacts` (§3.11) and the dispatcher's refusals. */
class ValidateSuiteTest {
    static final String KIT_PASSES = "PASS manifest: Manifest is valid.\n"
            + "PASS hooks: Hooks are valid. Checked 1 definition files.\n"
            + "PASS docs: Docs truth validation passed. Checked 0 claims across 2 active docs.\n"
            + "PASS brand: Brand truth validation passed.\n"
            + "PASS runtime: Runtime surface validation passed.\n";

    @TempDir
    Path root;
    KitFixture kit;

    @BeforeEach
    void fixture() {
        kit = KitFixture.create(root).write("docs/truth-claims.yaml", "[]\n");
    }

    @Test
    void outsideGitTheGitValidatorsAreSkipped() {
        assertEquals(new CommandResult(0, KIT_PASSES
                + "SKIP branches: prerequisite not available\n"
                + "SKIP commits: prerequisite not available\n"
                + "SKIP changelog: prerequisite not available\n", ""), Cli.run(root, "validate"));
    }

    @Test
    void aFailureSendsTheWholeReportToStderr() {
        kit.write("README.md", "# Fixture\nThe Agent OS way.\n");
        assertEquals(new CommandResult(1, "", "PASS manifest: Manifest is valid.\n"
                + "PASS hooks: Hooks are valid. Checked 1 definition files.\n"
                + "PASS docs: Docs truth validation passed. Checked 0 claims across 2 active docs.\n"
                + "FAIL brand: Brand truth validation failed:\n- README.md: contains forbidden brand term \"Agent OS\"\n"
                + "PASS runtime: Runtime surface validation passed.\n"
                + "SKIP branches: prerequisite not available\n"
                + "SKIP commits: prerequisite not available\n"
                + "SKIP changelog: prerequisite not available\n"), Cli.run(root, "validate"));
    }

    @Test
    void aThrowingValidatorIsAFailLineAndTheOthersStillRun() {
        kit.delete("schemas/wazir-manifest.schema.json").delete("docs/truth-claims.yaml").delete("package.json");
        CommandResult r = Cli.run(root, "validate");
        assertEquals(1, r.exitCode());
        assertEquals("", r.stdout());
        assertEquals("FAIL manifest: ENOENT: no such file or directory, open '"
                + root.resolve("schemas/wazir-manifest.schema.json") + "'\n"
                + "PASS hooks: Hooks are valid. Checked 1 definition files.\n"
                + "FAIL docs: ENOENT: no such file or directory, open '" + root.resolve("docs/truth-claims.yaml") + "'\n"
                + "PASS brand: Brand truth validation passed.\n"
                + "FAIL runtime: ENOENT: no such file or directory, open '" + root.resolve("package.json") + "'\n"
                + "SKIP branches: prerequisite not available\n"
                + "SKIP commits: prerequisite not available\n"
                + "SKIP changelog: prerequisite not available\n", r.stderr());
    }

    @Test
    void aYamlErrorKeepsItsTrailingLineFeed() {
        kit.withManifestText("foo: bar: baz\n");
        CommandResult r = Cli.run(root, "validate");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("FAIL manifest: Nested mappings are not allowed in compact mappings"), r.stderr());
        assertTrue(r.stderr().contains("^\n\nFAIL hooks: Nested mappings"), r.stderr());
    }

    @Test
    void flagsWithoutASubcommandAreRefused() {
        CommandResult expected = new CommandResult(1, "",
                "Flags require a subcommand. Specify a subcommand, e.g.: wazir validate commits --base HEAD~5\n");
        assertEquals(expected, Cli.run(root, "validate", "--base", "HEAD~1"));
        assertEquals(expected, Cli.run(root, "validate", "-x"));
        assertEquals(expected, Cli.run(root, "validate", "--", "manifest"));
    }

    @Test
    void artifactsIsReserved() {
        assertEquals(new CommandResult(2, "", "wazir validate artifacts is not implemented yet\n"),
                Cli.run(root, "validate", "artifacts"));
    }

    @Test
    void artifactsOutsideAProjectIsTheRootError() {
        Path outside = root.resolve("docs").getRoot();
        assertEquals(new CommandResult(1, "", "Could not find wazir.manifest.yaml from " + outside + "\n"),
                Cli.run(outside, "validate", "artifacts"));
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=T", "-c", "user.email=t@example.com",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("GIT_AUTHOR_DATE", "2026-01-01T00:00:00Z");
        env.put("GIT_COMMITTER_DATE", "2026-01-01T00:00:00Z");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void inAGitRepositoryOnMainEveryValidatorRuns() throws Exception {
        kit.write("CHANGELOG.md", "# Changelog\n\n## [Unreleased]\n");
        git(root, "init", "-q");
        git(root, "add", "-A");
        git(root, "commit", "-q", "-m", "feat: first");
        assertEquals(new CommandResult(0, KIT_PASSES
                + "PASS branches: Branch name validation passed: \"main\"\n"
                + "PASS commits: Commit validation passed: no commits to check since \"main\"\n"
                + "PASS changelog: Changelog validation passed.\n", ""), Cli.run(root, "validate"));
    }

    @Test
    void aChangelogWarningStaysInsideItsPassEntry() throws Exception {
        kit.write("CHANGELOG.md", "# Changelog\n\n## [Unreleased]\n");
        git(root, "init", "-q");
        git(root, "add", "-A");
        git(root, "commit", "-q", "-m", "chore: start");
        String first = git(root, "rev-parse", "HEAD").trim();
        git(root, "commit", "-q", "--allow-empty", "-m", "feat: one");
        git(root, "commit", "-q", "--allow-empty", "-m", "fix: two");
        CommandResult r = Cli.run(root, "validate");
        assertEquals(new CommandResult(0, KIT_PASSES
                + "PASS branches: Branch name validation passed: \"main\"\n"
                + "PASS commits: Commit validation passed: no commits to check since \"main\"\n"
                + "PASS changelog: Changelog validation passed.\nWarnings:\n"
                + "- 2 feat/fix commit(s) since \"" + first + "\" but no new [Unreleased] entries\n", ""), r);
    }

    @Test
    void anUnbornBranchSkipsBranchesAndFailsCommitsAfterGitsOwnLines() throws Exception {
        git(root, "init", "-q");
        CommandResult r = Cli.run(root, "validate");
        assertEquals(1, r.exitCode());
        assertEquals("", r.stdout());
        assertTrue(r.stderr().startsWith("fatal: ambiguous argument 'HEAD'"), r.stderr());
        assertTrue(r.stderr().endsWith(KIT_PASSES
                + "SKIP branches: prerequisite not available\n"
                + "FAIL commits: Commit validation failed:\n- Could not determine base branch (tried develop, main)\n"
                + "SKIP changelog: prerequisite not available\n"), r.stderr());
    }

    @Test
    void detachedHeadSkipsOnlyBranches() throws Exception {
        git(root, "init", "-q");
        git(root, "add", "-A");
        git(root, "commit", "-q", "-m", "feat: first");
        git(root, "checkout", "-q", "--detach");
        CommandResult r = Cli.run(root, "validate");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("SKIP branches: prerequisite not available\n"
                + "PASS commits: Commit validation passed: no commits to check since \"main\"\n"), r.stdout());
    }

    @Test
    void withoutGitOnThePathBothGitValidatorsAreSkipped() throws Exception {
        git(root, "init", "-q");
        CommandResult r = Cli.run(root, noGit(), "", "validate");
        assertEquals(new CommandResult(0, KIT_PASSES
                + "SKIP branches: prerequisite not available\n"
                + "SKIP commits: prerequisite not available\n"
                + "SKIP changelog: prerequisite not available\n", ""), r);
    }

    static Map<String, String> noGit() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", "/nonexistent");
        return env;
    }
}
