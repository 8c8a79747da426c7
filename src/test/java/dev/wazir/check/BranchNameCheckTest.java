package dev.wazir.check;

import dev.wazir.git.TestRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BranchNameCheckTest {
    static final String PATTERNS =
            "main, develop, feat/*, feature/*, fix/*, chore/*, codex/*, release/*, hotfix/*, worktree-*";
    static final String UNKNOWN_HEAD = "fatal: ambiguous argument 'HEAD': unknown revision or path not in the working tree.\n"
            + "Use '--' to separate paths from revisions, like this:\n"
            + "'git <command> [<revision>...] -- [<file>...]'\n";
    static final String NOT_A_REPO = "fatal: not a git repository (or any of the parent directories): .git\n";

    @TempDir
    Path tmp;

    private static CheckResult passed(String branch) {
        return new CheckResult(0, "Branch name validation passed: \"" + branch + "\"\n", "");
    }

    private static CheckResult rejected(String branch) {
        return new CheckResult(1, "", "Branch name validation failed:\n- \"" + branch
                + "\" does not match any allowed pattern: " + PATTERNS + "\n");
    }

    @Test
    void allowedNamesPass() {
        Path dir = tmp.resolve("plain");
        for (String branch : new String[] {"main", "develop", "feat/x", "feature/a/b", "fix/1", "chore/deps",
                "codex/task", "release/1.2.0", "hotfix/urgent", "worktree-agent-1", "feat/\u00e9t\u00e9"}) {
            assertEquals(passed(branch), BranchNameCheck.run(dir, branch, TestRepo.env(tmp)), branch);
        }
    }

    @Test
    void otherNamesAreRejected() {
        Path dir = tmp.resolve("plain");
        for (String branch : new String[] {"HEAD", "feat/", "Main", "main2", "xmain", "feat", "bugfix/x",
                "worktree-", "feat/x\n", "main\n", "release/a\u2028b"}) {
            assertEquals(rejected(branch), BranchNameCheck.run(dir, branch, TestRepo.env(tmp)), branch);
        }
    }

    @Test
    void theCurrentBranchIsUsedWithoutTheFlag() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("feat: a");
        assertEquals(passed("main"), BranchNameCheck.run(repo.dir(), null, repo.env()));
        assertEquals(passed("main"), BranchNameCheck.run(repo.dir(), "", repo.env()));
        repo.git("checkout", "-q", "-b", "topic");
        assertEquals(rejected("topic"), BranchNameCheck.run(repo.dir(), null, repo.env()));
        assertEquals(passed("feat/x"), BranchNameCheck.run(repo.dir(), "feat/x", repo.env()));
    }

    @Test
    void detachedHeadIsTheLiteralHead() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("feat: a");
        repo.git("checkout", "-q", "--detach");
        assertEquals(rejected("HEAD"), BranchNameCheck.run(repo.dir(), null, repo.env()));
        assertEquals(passed("feat/from-ci"), BranchNameCheck.run(repo.dir(), "feat/from-ci", repo.env()));
    }

    @Test
    void unbornBranchShowsGitsMessageFirst() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        assertEquals(new CheckResult(1, "", UNKNOWN_HEAD
                        + "Branch name validation failed:\n- Could not determine current branch name\n"),
                BranchNameCheck.run(repo.dir(), null, repo.env()));
    }

    @Test
    void outsideARepository() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("plain"));
        assertEquals(new CheckResult(1, "", NOT_A_REPO
                        + "Branch name validation failed:\n- Could not determine current branch name\n"),
                BranchNameCheck.run(dir, null, TestRepo.env(tmp)));
    }

    @Test
    void withoutGitOnPath() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("feat: a");
        assertEquals(new CheckResult(1, "", "Branch name validation failed:\n- Could not determine current branch name\n"),
                BranchNameCheck.run(repo.dir(), null, repo.envWithoutGit()));
        assertEquals(passed("fix/y"), BranchNameCheck.run(repo.dir(), "fix/y", repo.envWithoutGit()));
    }
}
