package dev.wazir.check;

import dev.wazir.git.TestRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ChangelogCheckTest {
    static final String FAILED = "Changelog validation failed:\n";
    static final CheckResult PASSED = new CheckResult(0, "Changelog validation passed.\n", "");
    static final String PREAMBLE = "# Changelog\n\nAll notable changes are listed here.\n\n";
    static final String EMPTY = PREAMBLE + "## [Unreleased]\n";
    static final String NOT_A_REPO = "fatal: not a git repository (or any of the parent directories): .git\n";
    static final String ALLOWED = "allowed: Added, Changed, Deprecated, Removed, Fixed, Security";

    @TempDir
    Path tmp;

    private static String unreleased(String... entries) {
        StringBuilder text = new StringBuilder(PREAMBLE + "## [Unreleased]\n\n### Added\n\n");
        for (String entry : entries) {
            text.append("- ").append(entry).append('\n');
        }
        return text + "\n## [1.0.0] - 2024-01-01\n\n### Added\n\n- First release\n";
    }

    private static CheckResult failed(String... lines) {
        return new CheckResult(1, "", FAILED + "- " + String.join("\n- ", lines) + "\n");
    }

    private static CheckResult warned(String warning) {
        return new CheckResult(0, "Changelog validation passed.\nWarnings:\n- " + warning + "\n\n", "");
    }

    private Path plain(String changelog) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("plain"));
        if (changelog != null) {
            Files.writeString(dir.resolve("CHANGELOG.md"), changelog);
        }
        return dir;
    }

    /** Runs without git on PATH, so only the file itself is looked at. */
    private CheckResult structure(String changelog) throws IOException {
        Path dir = plain(changelog);
        return ChangelogCheck.run(dir, null, null, false, TestRepo.at(dir).envWithoutGit());
    }

    @Test
    void missingFile() throws IOException {
        assertEquals(failed("CHANGELOG.md not found"), structure(null));
    }

    @Test
    void directoryInsteadOfFile() throws IOException {
        Path dir = plain(null);
        Files.createDirectories(dir.resolve("CHANGELOG.md"));
        var env = TestRepo.at(dir).envWithoutGit();
        assertEquals(failed("Could not read CHANGELOG.md at \"undefined\": EISDIR: illegal operation on a directory, read"),
                ChangelogCheck.run(dir, null, null, false, env));
        assertEquals(failed("Could not read CHANGELOG.md at \"\": EISDIR: illegal operation on a directory, read"),
                ChangelogCheck.run(dir, null, "", false, env));
    }

    @Test
    void fifoIsNotReadAndNeverBlocks() throws Exception {
        Path dir = plain(null);
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("CHANGELOG.md").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        assertEquals(failed("Could not read CHANGELOG.md at \"undefined\": CHANGELOG.md is not a regular file"),
                ChangelogCheck.run(dir, null, null, false, TestRepo.at(dir).envWithoutGit()));
    }

    @Test
    void unknownHeadRevision() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("CHANGELOG.md", EMPTY, "chore: init");
        assertEquals(new CheckResult(1, "", FAILED + "- Could not read CHANGELOG.md at \"nope\": "
                        + "Command failed: git show nope:CHANGELOG.md\nfatal: invalid object name 'nope'.\n\n"),
                ChangelogCheck.run(repo.dir(), null, "nope", false, repo.env()));
    }

    @Test
    void headWithoutGitOnPath() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("CHANGELOG.md", EMPTY, "chore: init");
        assertEquals(failed("Could not read CHANGELOG.md at \"HEAD\": spawnSync git ENOENT"),
                ChangelogCheck.run(repo.dir(), null, "HEAD", false, repo.envWithoutGit()));
        assertEquals(PASSED, ChangelogCheck.run(repo.dir(), null, null, false, repo.envWithoutGit()));
    }

    @Test
    void headIsReadFromTheCommitNotTheWorkingTree() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("CHANGELOG.md", EMPTY, "chore: init");
        repo.write("CHANGELOG.md", "broken\n");
        assertEquals(PASSED, ChangelogCheck.run(repo.dir(), null, "HEAD", false, repo.env()));
        assertEquals(failed("Missing [Unreleased] section"), ChangelogCheck.run(repo.dir(), null, null, false, repo.env()));
    }

    @Test
    void structureRules() throws IOException {
        assertEquals(PASSED, structure(EMPTY));
        assertEquals(PASSED, structure(unreleased("One", "Two")));
        assertEquals(failed("Missing [Unreleased] section"), structure(PREAMBLE + "## [1.0.0]\n\n### Added\n\n- x\n"));
        assertEquals(failed("Missing [Unreleased] section"), structure(" ## [Unreleased]\n"));
        assertEquals(PASSED, structure("## [Unreleased] - soon\n"));
        assertEquals(failed("Invalid category \"added\" \u2014 " + ALLOWED), structure(EMPTY + "\n### added\n\n- x\n"));
        assertEquals(failed("Invalid category \"Notes\" \u2014 " + ALLOWED), structure(EMPTY + "### Notes\n"));
        assertEquals(PASSED, structure(EMPTY + "### Added  \n- x\n"));
        assertEquals(PASSED, structure(EMPTY + "###Added\n#### Whatever\n"));
        assertEquals(failed("Empty category \"Changed\" \u2014 remove it or add entries"),
                structure(EMPTY + "\n### Added\n\n- x\n\n## [1.0.0]\n\n### Changed\n\n"));
        assertEquals(failed("Empty category \"Added\" \u2014 remove it or add entries"),
                structure(EMPTY + "### Added\n#### Detail\n- x\n"));
        assertEquals(failed("Empty category \"Added\" \u2014 remove it or add entries"),
                structure(EMPTY + "### Added\n-x\n- \n"));
        assertEquals(PASSED, structure(EMPTY + "### Added\n-  y\n"));
        assertEquals(PASSED, structure("## [Unreleased]\r\n### Added\r\n- x\r\n"));
        assertEquals(failed("Missing [Unreleased] section",
                        "Invalid category \"Misc\" \u2014 " + ALLOWED,
                        "Empty category \"Fixed\" \u2014 remove it or add entries",
                        "Invalid category \"Security!\" \u2014 " + ALLOWED),
                structure("# Changelog\n### Misc\n- a\n### Fixed\n## [1.0.0]\n### Security!\n- b\n"));
    }

    @Test
    void manyCategoriesAreCheckedInLinearTime() {
        String big = EMPTY + "### Added\n- x\n".repeat(400_000) + "### Fixed\n";
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ChangelogCheck.structureProblems(big));
        assertEquals(List.of("Empty category \"Fixed\" \u2014 remove it or add entries"), problems);
    }

    @Test
    void theDashInMessagesIsAnEmDash() throws IOException {
        String stderr = structure(EMPTY + "### Nope\n- x\n").stderr();
        byte[] dash = {(byte) 0xE2, (byte) 0x80, (byte) 0x94};
        int at = stderr.indexOf('\u2014');
        assertArrayEquals(dash, stderr.substring(at, at + 1).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unreleasedEntriesStopAtTheNextReleaseSection() {
        assertEquals(List.of("a", "b c", "d"),
                ChangelogCheck.unreleasedEntries("## [Unreleased]\n- a\n-  b c \n-x\n- \n### Fixed\n- d\n## [1.0]\n- e\n"));
        assertEquals(List.of(), ChangelogCheck.unreleasedEntries("# nothing\n- a\n"));
        assertEquals(List.of("x"), ChangelogCheck.unreleasedEntries("## [Unreleased]\r\n- x\r\n"));
    }

    @Test
    void requireEntriesWithoutBase() throws IOException {
        Path dir = plain(EMPTY);
        var env = TestRepo.at(dir).envWithoutGit();
        assertEquals(failed("No entries in [Unreleased] section (--require-entries was set)"),
                ChangelogCheck.run(dir, null, null, true, env));
        assertEquals(failed("No entries in [Unreleased] section (--require-entries was set)"),
                ChangelogCheck.run(dir, "", null, true, env));
        Files.writeString(dir.resolve("CHANGELOG.md"), unreleased("Something"));
        assertEquals(PASSED, ChangelogCheck.run(dir, null, null, true, env));
    }

    @Test
    void requireEntriesAgainstABase() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("CHANGELOG.md", unreleased("Old entry"), "chore: init");
        repo.git("checkout", "-q", "-b", "feat/x");
        repo.commit("CHANGELOG.md", unreleased("Old entry"), "docs: touch nothing");
        CheckResult none = failed("No entries in [Unreleased] section since base branch (--require-entries was set)");
        assertEquals(none, ChangelogCheck.run(repo.dir(), "main", null, true, repo.env()));
        assertEquals(none, ChangelogCheck.run(repo.dir(), "main", "HEAD", true, repo.env()));

        repo.commit("CHANGELOG.md", unreleased("New entry", "Old entry"), "feat: new thing");
        assertEquals(PASSED, ChangelogCheck.run(repo.dir(), "main", null, true, repo.env()));
        assertEquals(PASSED, ChangelogCheck.run(repo.dir(), "main", "HEAD", true, repo.env()));
        assertEquals(none, ChangelogCheck.run(repo.dir(), "main", "HEAD~1", true, repo.env()));

        repo.write("CHANGELOG.md", unreleased("Old entry"));
        assertEquals(none, ChangelogCheck.run(repo.dir(), "main", null, true, repo.env()), "working tree is the head");
    }

    @Test
    void requireEntriesWhenTheBaseHasNoChangelog() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("README.md", "r\n", "chore: init");
        repo.commit("CHANGELOG.md", unreleased("A", "A"), "docs: add changelog");
        assertEquals(PASSED, ChangelogCheck.run(repo.dir(), "HEAD~1", "HEAD", true, repo.env()), "does not exist in");
        assertEquals(PASSED, ChangelogCheck.run(repo.dir(), "HEAD~1", null, true, repo.env()), "exists on disk, but not in");
        repo.write("CHANGELOG.md", EMPTY);
        assertEquals(failed("No entries in [Unreleased] section since base branch (--require-entries was set)"),
                ChangelogCheck.run(repo.dir(), "HEAD~1", null, true, repo.env()));
    }

    @Test
    void requireEntriesAgainstAnUnknownBase() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("CHANGELOG.md", unreleased("A"), "chore: init");
        assertEquals(new CheckResult(1, "", FAILED + "- Could not diff changelog against base \"nope\": "
                        + "Command failed: git show nope:CHANGELOG.md\nfatal: invalid object name 'nope'.\n\n"),
                ChangelogCheck.run(repo.dir(), "nope", null, true, repo.env()));
        assertEquals(failed("Could not diff changelog against base \"main\": spawnSync git ENOENT"),
                ChangelogCheck.run(repo.dir(), "main", null, true, repo.envWithoutGit()));
    }

    @Test
    void warnsAboutFeatAndFixCommitsSinceTheRootCommit() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        String root = repo.commit("CHANGELOG.md", unreleased("Old"), "chore: init");
        repo.commit("feat: a");
        repo.commit("docs: not counted");
        repo.commit("fixup: two");
        repo.commit("featherweight");
        repo.commit("Fix: capital is not counted");
        assertEquals(warned("3 feat/fix commit(s) since \"" + root + "\" but no new [Unreleased] entries"),
                ChangelogCheck.run(repo.dir(), null, null, false, repo.env()));
        assertEquals(warned("1 feat/fix commit(s) since \"" + root + "\" but no new [Unreleased] entries"),
                ChangelogCheck.run(repo.dir(), null, "HEAD~3", false, repo.env()));
        repo.write("CHANGELOG.md", unreleased("Old", "New"));
        assertEquals(PASSED, ChangelogCheck.run(repo.dir(), null, null, false, repo.env()));
    }

    @Test
    void warningReferenceIsTheNewestReleaseTagThenTheBase() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("CHANGELOG.md", unreleased("Old"), "chore: init");
        repo.commit("feat: one");
        repo.tag("v1.0.0");
        repo.commit("fix: two");
        repo.tag("V5.1");
        repo.tag("v1.1");
        repo.tag("release-2");
        assertEquals(warned("1 feat/fix commit(s) since \"v1.0.0\" but no new [Unreleased] entries"),
                ChangelogCheck.run(repo.dir(), null, null, false, repo.env()));
        repo.commit("feat: three");
        repo.tag("v0.9.0");
        assertEquals(PASSED, ChangelogCheck.run(repo.dir(), null, null, false, repo.env()), "newest tag by date wins");
        assertEquals(warned("2 feat/fix commit(s) since \"v1.0.0\" but no new [Unreleased] entries"),
                ChangelogCheck.run(repo.dir(), "v1.0.0", null, false, repo.env()));
        assertEquals(new CheckResult(0, "Changelog validation passed.\n",
                        "fatal: ambiguous argument 'nope..HEAD': unknown revision or path not in the working tree.\n"
                                + "Use '--' to separate paths from revisions, like this:\n"
                                + "'git <command> [<revision>...] -- [<file>...]'\n"),
                ChangelogCheck.run(repo.dir(), "nope", null, false, repo.env()), "an unreadable range adds no warning");
    }

    @Test
    void outsideARepositoryPassesWithGitsMessagesTwice() throws IOException {
        Path dir = plain(EMPTY);
        assertEquals(new CheckResult(0, "Changelog validation passed.\n", NOT_A_REPO + NOT_A_REPO),
                ChangelogCheck.run(dir, null, null, false, TestRepo.env(tmp)));
    }

    @Test
    void unbornBranchPassesWithGitsMessage() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("CHANGELOG.md", EMPTY);
        assertEquals(new CheckResult(0, "Changelog validation passed.\n",
                        "fatal: ambiguous argument 'HEAD': unknown revision or path not in the working tree.\n"
                                + "Use '--' to separate paths from revisions, like this:\n"
                                + "'git <command> [<revision>...] -- [<file>...]'\n"),
                ChangelogCheck.run(repo.dir(), null, null, false, repo.env()));
    }

    @Test
    void theProjectsOwnChangelogHasTheCheckedShape() throws IOException {
        String own = Files.readString(Path.of("CHANGELOG.md"), StandardCharsets.UTF_8);
        assertEquals(List.of(), ChangelogCheck.structureProblems(own));
        assertFalse(ChangelogCheck.unreleasedEntries(own).isEmpty());
    }

    @Test
    void shallowPullRequestCheckout() {
        TestRepo origin = TestRepo.init(tmp.resolve("origin"));
        origin.commit("CHANGELOG.md", unreleased("Old"), "chore: init");
        origin.commit("feat: base work");
        origin.git("checkout", "-q", "-b", "feat/x");
        origin.commit("CHANGELOG.md", unreleased("New", "Old"), "feat: new thing");
        TestRepo clone = TestRepo.init(tmp.resolve("clone"));
        clone.git("remote", "add", "origin", "file://" + origin.dir());
        clone.git("fetch", "-q", "--depth=1", "origin", "+feat/x:refs/remotes/origin/feat/x");
        clone.git("checkout", "-q", "--detach", "origin/feat/x");
        assertEquals(new CheckResult(1, "", FAILED + "- Could not diff changelog against base \"origin/main\": "
                        + "Command failed: git show origin/main:CHANGELOG.md\n"
                        + "fatal: invalid object name 'origin/main'.\n\n"),
                ChangelogCheck.run(clone.dir(), "origin/main", "HEAD", true, clone.env()));
        clone.git("fetch", "-q", "--depth=1", "origin", "+main:refs/remotes/origin/main");
        assertEquals(PASSED, ChangelogCheck.run(clone.dir(), "origin/main", "HEAD", true, clone.env()),
                "both ends fetched is enough to compare the files");
    }
}
