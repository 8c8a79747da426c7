package dev.wazir.check;

import dev.wazir.git.TestRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommitMessageCheckTest {
    static final String FAILED = "Commit validation failed:\n";
    static final String NO_BASE = FAILED + "- Could not determine base branch (tried develop, main)\n";

    @TempDir
    Path tmp;

    private static String unknownRevision(String arg) {
        return "fatal: ambiguous argument '" + arg + "': unknown revision or path not in the working tree.\n"
                + "Use '--' to separate paths from revisions, like this:\n"
                + "'git <command> [<revision>...] -- [<file>...]'\n";
    }

    private static CheckResult checked(int n, String base) {
        return new CheckResult(0, "Commit validation passed: " + n + " commit(s) checked against \"" + base + "\"\n", "");
    }

    private static CheckResult nothingSince(String base) {
        return new CheckResult(0, "Commit validation passed: no commits to check since \"" + base + "\"\n", "");
    }

    private TestRepo repoWithMain() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("chore: init");
        return repo;
    }

    private CheckResult run(TestRepo repo, String base, String head) {
        return CommitMessageCheck.run(repo.dir(), base, head, repo.env());
    }

    @Test
    void verifiedSubjectsPassAndFailAsIn100() {
        TestRepo repo = repoWithMain();
        repo.git("checkout", "-q", "-b", "feat/x");
        for (String subject : new String[] {"feat: add a", "Bad message", "fix(scope)!: thing", "Feat: caps",
                "Merge branch 'x'", "feat:nospace", "feat(): empty scope", "  chore: leading spaces", "chore: last"}) {
            repo.commit(subject);
        }
        assertEquals(new CheckResult(1, "", FAILED
                + "- Non-conventional: \"  chore: leading spaces\"\n"
                + "- Non-conventional: \"feat(): empty scope\"\n"
                + "- Non-conventional: \"feat:nospace\"\n"
                + "- Non-conventional: \"Feat: caps\"\n"
                + "- Non-conventional: \"Bad message\"\n"), run(repo, "main", null));
    }

    @Test
    void conventionalSubjectsPass() {
        TestRepo repo = repoWithMain();
        repo.git("checkout", "-q", "-b", "feat/x");
        for (String subject : new String[] {"feat: add a", "fix(scope)!: thing", "Merge branch 'x'", "chore: last",
                "docs: d", "refactor: r", "test: t", "ci: c", "perf: p", "build: b", "feat(a(b)): nested"}) {
            repo.commit(subject);
        }
        assertEquals(checked(11, "main"), run(repo, "main", null));
        assertEquals(checked(11, "main"), run(repo, "main", "HEAD"));
        assertEquals(checked(10, "main"), run(repo, "main", "HEAD~1"));
    }

    @Test
    void leadingBlanksOfTheNewestSubjectAreTrimmedAway() {
        TestRepo repo = repoWithMain();
        repo.commit("  chore: leading spaces");
        assertEquals(checked(1, "HEAD~1"), run(repo, "HEAD~1", null));
    }

    @Test
    void unknownBaseShowsGitsMessageThenFails() {
        TestRepo repo = repoWithMain();
        assertEquals(new CheckResult(1, "", unknownRevision("nope..HEAD")
                + FAILED + "- Could not read git log for range \"nope..HEAD\"\n"), run(repo, "nope", null));
        assertEquals(new CheckResult(1, "", unknownRevision("main..nope")
                + FAILED + "- Could not read git log for range \"main..nope\"\n"), run(repo, "main", "nope"));
    }

    @Test
    void emptyRangeSaysSo() {
        TestRepo repo = repoWithMain();
        assertEquals(nothingSince("HEAD"), run(repo, "HEAD", null));
        assertEquals(nothingSince("main"), run(repo, null, null));
        assertEquals(nothingSince("main"), run(repo, "", ""));
    }

    @Test
    void commitsWithoutASubjectAreNotSkipped() {
        TestRepo repo = repoWithMain();
        repo.git("checkout", "-q", "-b", "feat/x");
        repo.commit("");
        repo.commit("");
        CheckResult twoEmpty = new CheckResult(1, "", FAILED
                + "- Non-conventional: \"\"\n- Non-conventional: \"\"\n");
        assertEquals(twoEmpty, run(repo, "main", null), "1.0.0: no commits to check");
        repo.commit("feat: one");
        repo.commit("Bad one");
        assertEquals(new CheckResult(1, "", FAILED + "- Non-conventional: \"Bad one\"\n"
                + "- Non-conventional: \"\"\n- Non-conventional: \"\"\n"), run(repo, "main", null));
        assertEquals(2, CommitMessageCheck.commitCount("a\n\n"));
        assertEquals(1, CommitMessageCheck.commitCount("a"));
        assertEquals(0, CommitMessageCheck.commitCount(""));
    }

    @Test
    void baseDetectionPrefersDevelopThenMain() {
        TestRepo repo = repoWithMain();
        repo.git("branch", "develop");
        repo.git("checkout", "-q", "-b", "feat/x");
        repo.commit("feat: one");
        assertEquals(checked(1, "develop"), run(repo, null, null));
        repo.git("branch", "-q", "-D", "develop");
        repo.git("update-ref", "refs/remotes/origin/develop", "main");
        assertEquals(checked(1, "origin/develop"), run(repo, null, null));
        repo.git("update-ref", "-d", "refs/remotes/origin/develop");
        assertEquals(checked(1, "main"), run(repo, null, null));
        repo.git("update-ref", "refs/remotes/origin/main", "main");
        repo.git("branch", "-q", "-m", "main", "trunk");
        assertEquals(checked(1, "origin/main"), run(repo, null, null));
        repo.git("update-ref", "-d", "refs/remotes/origin/main");
        assertEquals(new CheckResult(1, "", NO_BASE), run(repo, null, null));
    }

    @Test
    void hotfixBranchesDiffAgainstMain() {
        TestRepo repo = repoWithMain();
        repo.git("branch", "develop");
        repo.git("checkout", "-q", "-b", "hotfix/urgent");
        repo.commit("fix: patch");
        assertEquals(checked(1, "main"), run(repo, null, null));
        repo.git("update-ref", "refs/remotes/origin/main", "main");
        repo.git("branch", "-q", "-D", "main");
        assertEquals(checked(1, "origin/main"), run(repo, null, null));
        repo.git("update-ref", "-d", "refs/remotes/origin/main");
        assertEquals(checked(1, "develop"), run(repo, null, null));
    }

    @Test
    void unbornBranch() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        assertEquals(new CheckResult(1, "", unknownRevision("HEAD") + NO_BASE), run(repo, null, null));
    }

    @Test
    void outsideARepository() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("plain"));
        String notARepo = "fatal: not a git repository (or any of the parent directories): .git\n";
        assertEquals(new CheckResult(1, "", notARepo + NO_BASE), CommitMessageCheck.run(dir, null, null, TestRepo.env(tmp)));
        assertEquals(new CheckResult(1, "", notARepo + FAILED + "- Could not read git log for range \"main..HEAD\"\n"),
                CommitMessageCheck.run(dir, "main", null, TestRepo.env(tmp)));
    }

    @Test
    void withoutGitOnPath() {
        TestRepo repo = repoWithMain();
        assertEquals(new CheckResult(1, "", NO_BASE), CommitMessageCheck.run(repo.dir(), null, null, repo.envWithoutGit()));
        assertEquals(new CheckResult(1, "", FAILED + "- Could not read git log for range \"main..HEAD\"\n"),
                CommitMessageCheck.run(repo.dir(), "main", null, repo.envWithoutGit()));
    }

    @Test
    void nonAsciiSubjectsAreReadAsUtf8() throws IOException {
        TestRepo repo = repoWithMain();
        repo.commit("feat: \u00e9t\u00e9 \u2713 \uD83D\uDC1B");
        repo.commit("feat:\u00a0no-break space counts as JS white space");
        repo.commit("fix:\u3000ideographic space too");
        repo.commit("\u00c4ndere etwas");
        Path message = tmp.resolve("latin1.txt");
        Files.write(message, "Caf\u00e9 ohne Typ\n".getBytes(StandardCharsets.ISO_8859_1));
        repo.git("-c", "i18n.commitEncoding=ISO-8859-1", "commit", "-q", "--allow-empty", "-F", message.toString());
        assertEquals(new CheckResult(1, "", FAILED
                + "- Non-conventional: \"Caf\u00e9 ohne Typ\"\n"
                + "- Non-conventional: \"\u00c4ndere etwas\"\n"), run(repo, "main~5", null));
        assertEquals(checked(3, "main~5"), run(repo, "main~5", "HEAD~2"));
    }

    /** A pull-request merge as GitHub builds it: the base, a feature branch, and "Merge X into Y" on top. */
    private TestRepo pullRequestOrigin(String... featureSubjects) {
        TestRepo origin = TestRepo.init(tmp.resolve("origin"));
        origin.commit("chore: init");
        origin.commit("README.md", "r\n", "docs: readme");
        origin.commit("src/a.txt", "a\n", "feat: base work");
        origin.git("checkout", "-q", "-b", "feat/x");
        int i = 0;
        for (String subject : featureSubjects) {
            origin.commit("src/f" + i++ + ".txt", subject + "\n", subject);
        }
        origin.git("checkout", "-q", "--detach", "main");
        origin.git("merge", "-q", "--no-ff", "-m", "Merge 1a2b3c4 into 5d6e7f8", "feat/x");
        origin.git("update-ref", "refs/pull/1/merge", "HEAD");
        origin.git("checkout", "-q", "main");
        return origin;
    }

    /** A checkout like actions/checkout makes for a pull request: detached at the merge, {@code depth} commits deep. */
    private TestRepo pullRequestCheckout(TestRepo origin, Integer depth) {
        TestRepo clone = TestRepo.init(tmp.resolve("checkout"));
        clone.git("remote", "add", "origin", "file://" + origin.dir());
        String deep = depth == null ? "--no-tags" : "--depth=" + depth;
        clone.git("fetch", "-q", deep, "origin", "+refs/pull/1/merge:refs/remotes/pull/1/merge");
        clone.git("checkout", "-q", "--detach", "refs/remotes/pull/1/merge");
        return clone;
    }

    @Test
    void mergeCommitInRangePassesAndTheMergedCommitsAreChecked() {
        TestRepo origin = pullRequestOrigin("feat: one", "oops typo", "fix: two");
        TestRepo clone = pullRequestCheckout(origin, null);
        clone.git("fetch", "-q", "origin", "+main:refs/remotes/origin/main");
        CheckResult expected = new CheckResult(1, "", FAILED + "- Non-conventional: \"oops typo\"\n");
        assertEquals(expected, run(clone, "origin/main", null));
        assertEquals(expected, run(clone, null, null), "detached HEAD detects origin/main");
    }

    @Test
    void fullHistoryPullRequestPasses() {
        TestRepo origin = pullRequestOrigin("feat: one", "fix: two");
        TestRepo clone = pullRequestCheckout(origin, null);
        clone.git("fetch", "-q", "origin", "+main:refs/remotes/origin/main");
        assertEquals(checked(3, "origin/main"), run(clone, null, null));
        assertEquals("HEAD", clone.git("rev-parse", "--abbrev-ref", "HEAD").trim());
    }

    @Test
    void shallowCheckoutWithoutTheBaseCannotDetectIt() {
        TestRepo origin = pullRequestOrigin("feat: one", "fix: two");
        TestRepo clone = pullRequestCheckout(origin, 1);
        assertEquals(new CheckResult(1, "", NO_BASE), run(clone, null, null));
        assertEquals(new CheckResult(1, "", unknownRevision("origin/main..HEAD")
                        + FAILED + "- Could not read git log for range \"origin/main..HEAD\"\n"),
                run(clone, "origin/main", null));
        assertEquals(new CheckResult(1, "", unknownRevision("HEAD~3..HEAD")
                        + FAILED + "- Could not read git log for range \"HEAD~3..HEAD\"\n"),
                run(clone, "HEAD~3", null));
    }

    @Test
    void shallowCheckoutWhoseRangeReachesPastTheFetchedHistoryFails() {
        TestRepo origin = pullRequestOrigin("feat: one", "oops typo");
        TestRepo clone = pullRequestCheckout(origin, 1);
        clone.git("fetch", "-q", "--depth=1", "origin", "+main:refs/remotes/origin/main");
        CheckResult expected = new CheckResult(1, "", FAILED
                + "- History is incomplete: this is a shallow clone and \"origin/main..HEAD\" reaches past the"
                + " fetched commits, so the commits since \"origin/main\" cannot be listed; fetch more history"
                + " (for example actions/checkout with fetch-depth: 0, or git fetch --unshallow) and run again\n");
        assertEquals(expected, run(clone, "origin/main", null));
        assertEquals(expected, run(clone, null, null));
        assertEquals(nothingSince("HEAD"), run(clone, "HEAD", null), "an empty range needs no history");

        clone.git("fetch", "-q", "--unshallow", "origin", "+refs/pull/1/merge:refs/remotes/pull/1/merge",
                "+main:refs/remotes/origin/main");
        assertFalse(Files.exists(clone.dir().resolve(".git/shallow")));
        assertEquals(new CheckResult(1, "", FAILED + "- Non-conventional: \"oops typo\"\n"), run(clone, null, null));
    }

    @Test
    void shallowCheckoutDeepEnoughForTheRangePasses() throws IOException {
        TestRepo origin = TestRepo.init(tmp.resolve("origin"));
        for (int i = 0; i < 6; i++) {
            origin.commit("chore: main " + i);
        }
        origin.git("checkout", "-q", "-b", "feat/x");
        origin.commit("feat: one");
        origin.commit("fix: two");
        origin.git("update-ref", "refs/pull/1/merge", "HEAD");
        TestRepo clone = pullRequestCheckout(origin, 4);
        clone.git("fetch", "-q", "--depth=4", "origin", "+main:refs/remotes/origin/main");
        assertTrue(Files.size(clone.dir().resolve(".git/shallow")) > 0);
        assertEquals(checked(2, "origin/main"), run(clone, null, null));
    }
}
