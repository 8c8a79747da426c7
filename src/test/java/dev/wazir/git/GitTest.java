package dev.wazir.git;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GitTest {
    @TempDir
    Path tmp;

    @Test
    void capturedStderrBecomesPartOfTheFailureMessage() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("feat: a");
        Git git = repo.git();
        GitException e = assertThrows(GitException.class, () -> git.showFile("nope", "CHANGELOG.md"));
        assertEquals("Command failed: git show nope:CHANGELOG.md\nfatal: invalid object name 'nope'.\n", e.getMessage());
        assertEquals("fatal: invalid object name 'nope'.\n", e.stderr());
        assertTrue(e.exitedWithStatus());
        assertEquals("", git.shownStderr());
    }

    @Test
    void shownStderrIsCollectedInCallOrderAndLeftOutOfTheMessage() {
        Path plain = tmp.resolve("plain");
        Git git = new Git(mkdirs(plain), TestRepo.env(tmp));
        GitException first = assertThrows(GitException.class, git::tagsNewestFirst);
        assertEquals("Command failed: git tag --sort=-creatordate", first.getMessage());
        assertEquals("", first.stderr());
        assertThrows(GitException.class, git::rootCommits);
        String notARepo = "fatal: not a git repository (or any of the parent directories): .git\n";
        assertEquals(notARepo + notARepo, git.shownStderr());
    }

    @Test
    void missingGitOnPathIsReportedLikeTheOriginal() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        Git git = new Git(repo.dir(), repo.envWithoutGit());
        GitException e = assertThrows(GitException.class, () -> git.showFile("HEAD", "CHANGELOG.md"));
        assertEquals("spawnSync git ENOENT", e.getMessage());
        assertFalse(e.exitedWithStatus());
        assertFalse(git.isInsideWorkTree());
        assertEquals(null, git.currentBranch(true));
        assertEquals("", git.shownStderr());
    }

    @Test
    void gitIsLookedUpOnTheCallersPathOnlyInAbsoluteFolders() throws IOException {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("feat: a");
        Path bin = Files.createDirectories(repo.dir().resolve("bin"));
        Path fake = bin.resolve("git");
        Files.writeString(fake, "#!/bin/sh\necho fake\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = new HashMap<>(repo.env());
        env.put("PATH", "bin");
        assertThrows(GitException.class, () -> new Git(repo.dir(), env).rootCommits());
        env.put("PATH", bin.toString());
        assertEquals("fake\n", new Git(repo.dir(), env).rootCommits());
    }

    @Test
    void userRefsNeverReachGitAsOptions() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("feat: a");
        Path target = tmp.resolve("written-by-git");
        Git git = repo.git();
        assertThrows(GitException.class, () -> git.logSubjects("--output=" + target));
        assertThrows(GitException.class, () -> git.showFile("--output=" + target, "x"));
        assertThrows(GitException.class, () -> git.changedFiles("--output=" + target));
        assertThrows(GitException.class, () -> git.commitsIn("--output=" + target));
        assertFalse(git.refExists("--output=" + target));
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(repo.dir().resolve("written-by-git")));
    }

    @Test
    void refsWorkAsBefore() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("feat: a");
        repo.commit("roles/x.md", "x\n", "fix: b");
        Git git = repo.git();
        assertEquals("fix: b\n", git.logSubjects("HEAD~1..HEAD"));
        assertEquals(List.of("roles/x.md"), git.changedFiles("HEAD~1..HEAD"));
        assertEquals("x\n", git.showFile("HEAD", "roles/x.md"));
        assertTrue(git.refExists("main"));
        assertFalse(git.refExists("develop"));
        assertEquals(Set.of(repo.git("rev-parse", "HEAD").trim()), git.commitsIn("HEAD~1..HEAD"));
    }

    @Test
    void changedFilesKeepUnusualNamesIntact() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("feat: a");
        repo.write("roles/r\u00f4le.md", "x\n").write("skills/a \"quoted\".md", "y\n");
        repo.commit("feat: b");
        assertEquals(List.of("roles/r\u00f4le.md", "skills/a \"quoted\".md"), repo.git().changedFiles("HEAD~1..HEAD"));
    }

    @Test
    void branchProbes() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        Git git = repo.git();
        assertTrue(git.isInsideWorkTree());
        assertFalse(git.hasBranch(), "unborn branch");
        assertEquals(null, git.currentBranch(false));
        assertEquals("", git.shownStderr());
        repo.commit("feat: a");
        assertTrue(git.hasBranch());
        assertEquals("main", git.currentBranch(false));
        repo.git("checkout", "-q", "--detach");
        assertEquals("HEAD", git.currentBranch(false));
        assertFalse(git.hasBranch(), "detached HEAD");
        assertFalse(new Git(mkdirs(tmp.resolve("plain")), repo.env()).hasBranch());
    }

    @Test
    void aGitThatHangsIsStoppedAfterTheTimeout() throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path fake = bin.resolve("git");
        Files.writeString(fake, "#!/bin/sh\nexec sleep 30\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = new HashMap<>(TestRepo.env(tmp));
        env.put("PATH", bin + ":/usr/bin:/bin");
        Git git = new Git(mkdirs(tmp.resolve("w")), env, Duration.ofMillis(300));
        long start = System.nanoTime();
        GitException e = assertThrows(GitException.class, () -> git.showFile("HEAD", "CHANGELOG.md"));
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
        assertEquals("Command failed: git show HEAD:CHANGELOG.md\ngit did not finish within 300 ms and was stopped\n",
                e.getMessage());
        assertFalse(e.exitedWithStatus());
    }

    @Test
    void shallowBoundaryListsTheCutOffCommits() {
        TestRepo origin = TestRepo.init(tmp.resolve("origin"));
        origin.commit("feat: a");
        origin.commit("feat: b");
        String tip = origin.commit("feat: c");
        assertEquals(Set.of(), origin.git().shallowBoundary());
        TestRepo clone = TestRepo.at(tmp.resolve("clone"));
        clone.git("clone", "-q", "--depth", "1", "file://" + origin.dir(), ".");
        assertEquals(Set.of(tip), clone.git().shallowBoundary());
    }

    private static Path mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
