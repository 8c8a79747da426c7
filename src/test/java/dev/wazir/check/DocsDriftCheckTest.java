package dev.wazir.check;

import dev.wazir.git.TestRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocsDriftCheckTest {
    static final String VERIFIED = "Documentation drift detected:\n"
            + "  - hooks/definitions/* changed but docs/reference/hooks.md did not\n"
            + "  - roles/* changed but docs/reference/roles-reference.md did not\n"
            + "  - skills/* changed but docs/reference/skills.md did not\n"
            + "  - tooling/src/capture/* changed but docs/reference/tooling-cli.md did not\n"
            + "  - tooling/src/checks/* changed but docs/reference/tooling-cli.md did not\n"
            + "  - tooling/src/index/* changed but docs/concepts/indexing-and-recall.md did not\n";
    static final CheckResult NO_RANGE = new CheckResult(0, "No git range found; skipping docs-drift check.\n", "");
    static final CheckResult NO_FILES = new CheckResult(0, "No files changed in range; no drift detected.\n", "");
    static final CheckResult NO_DRIFT = new CheckResult(0, "No documentation drift detected.\n", "");

    @TempDir
    Path tmp;

    // ---- the mapping (1.0.0's docs-drift unit tests) ----

    @Test
    void mappingIsAListOfSourceDocPairs() {
        assertFalse(DocsDriftCheck.DOC_PAIRS.isEmpty());
        for (DocsDriftCheck.DocPair pair : DocsDriftCheck.DOC_PAIRS) {
            assertTrue(pair.source().endsWith("/") && pair.doc().startsWith("docs/") && pair.doc().endsWith(".md"));
        }
    }

    @Test
    void sourceChangedWithoutItsDoc() {
        assertEquals(Map.of("docs/reference/roles-reference.md", Set.of("roles/")),
                DocsDriftCheck.drift(List.of("roles/executor.md")));
        assertEquals(Map.of("docs/concepts/roles-and-workflows.md", Set.of("workflows/")),
                DocsDriftCheck.drift(List.of("workflows/execute.md")));
        assertEquals(Map.of("docs/reference/hooks.md", Set.of("hooks/definitions/")),
                DocsDriftCheck.drift(List.of("hooks/definitions/session_start.yaml")));
    }

    @Test
    void sourceChangedTogetherWithItsDoc() {
        assertEquals(Map.of(), DocsDriftCheck.drift(List.of("roles/executor.md", "docs/reference/roles-reference.md")));
    }

    @Test
    void unmappedAndUnknownPathsAreIgnored() {
        assertEquals(Map.of(), DocsDriftCheck.drift(List.of("README.md", "package.json", ".github/workflows/ci.yml")));
        assertEquals(Map.of(), DocsDriftCheck.drift(List.of("unknown/path/file.js", "another/random.md")));
        assertEquals(Map.of(), DocsDriftCheck.drift(List.of("hooks/protected-path-write-guard", "tooling/src/cli.js")));
    }

    @Test
    void severalPairsAtOnce() {
        var drift = DocsDriftCheck.drift(List.of("roles/executor.md", "skills/design/SKILL.md"));
        assertEquals(List.of("docs/reference/roles-reference.md", "docs/reference/skills.md"), List.copyOf(drift.keySet()));
    }

    @Test
    void thisPortsSourceFoldersMapLikeTheOriginalsToolingFolders() {
        var drift = DocsDriftCheck.drift(List.of(
                "src/main/java/dev/wazir/recall/RecallSearch.java",
                "src/main/java/dev/wazir/check/ChangelogCheck.java",
                "src/main/java/dev/wazir/index/IndexStore.java",
                "src/main/java/dev/wazir/capture/RunLedger.java",
                "src/main/java/dev/wazir/export/HostExporter.java"));
        assertEquals(List.of("docs/concepts/indexing-and-recall.md", "docs/reference/tooling-cli.md"), List.copyOf(drift.keySet()));
        assertEquals(List.of("src/main/java/dev/wazir/recall/", "src/main/java/dev/wazir/index/"),
                List.copyOf(drift.get("docs/concepts/indexing-and-recall.md")));
        assertEquals(List.of("src/main/java/dev/wazir/check/", "src/main/java/dev/wazir/capture/"),
                List.copyOf(drift.get("docs/reference/tooling-cli.md")));
    }

    // ---- against real git ----

    private TestRepo branchTouching(String... files) {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.commit("README.md", "r\n", "chore: init");
        repo.git("checkout", "-q", "-b", "feat/x");
        for (String file : files) {
            repo.write(file, file + "\n");
        }
        repo.commit("feat: change things");
        return repo;
    }

    private TestRepo verifiedExampleRepo() {
        return branchTouching("tooling/src/index/store.js", "roles/executor.md", "skills/design/SKILL.md",
                "hooks/definitions/session_start.yaml", "tooling/src/checks/x.js", "tooling/src/capture/y.js",
                "README.md");
    }

    @Test
    void verifiedExampleIsAdvisoryByDefault() {
        TestRepo repo = verifiedExampleRepo();
        assertEquals(new CheckResult(0, "[advisory] " + VERIFIED, ""), DocsDriftCheck.run(repo.dir(), null, null, false, repo.env()));
        assertEquals(new CheckResult(0, "[advisory] " + VERIFIED, ""), DocsDriftCheck.run(repo.dir(), "main", "feat/x", false, repo.env()));
    }

    @Test
    void strictDriftFailsOnStderr() {
        TestRepo repo = verifiedExampleRepo();
        assertEquals(new CheckResult(1, "", VERIFIED), DocsDriftCheck.run(repo.dir(), null, null, true, repo.env()));
    }

    @Test
    void changedDocsClearTheirDrift() {
        TestRepo repo = branchTouching("roles/executor.md", "docs/reference/roles-reference.md", "README.md");
        assertEquals(NO_DRIFT, DocsDriftCheck.run(repo.dir(), null, null, true, repo.env()));
    }

    @Test
    void emptyRanges() {
        TestRepo repo = verifiedExampleRepo();
        assertEquals(NO_FILES, DocsDriftCheck.run(repo.dir(), "HEAD", "HEAD", false, repo.env()));
        assertEquals(NO_FILES, DocsDriftCheck.run(repo.dir(), "", null, true, repo.env()), "--base \"\" gives ..HEAD");
        repo.git("checkout", "-q", "main");
        assertEquals(NO_FILES, DocsDriftCheck.run(repo.dir(), null, null, true, repo.env()));
    }

    @Test
    void unknownRevisionsSkipTheCheck() {
        TestRepo repo = verifiedExampleRepo();
        assertEquals(NO_RANGE, DocsDriftCheck.run(repo.dir(), "nope", null, true, repo.env()));
        repo.git("branch", "-q", "-m", "main", "trunk");
        assertEquals(NO_RANGE, DocsDriftCheck.run(repo.dir(), null, null, true, repo.env()));
    }

    @Test
    void pullRequestCheckoutWithoutALocalMainComparesWithOriginMain() {
        TestRepo origin = verifiedExampleRepo();
        TestRepo clone = TestRepo.init(tmp.resolve("checkout"));
        clone.git("remote", "add", "origin", "file://" + origin.dir());
        clone.git("fetch", "-q", "origin", "+main:refs/remotes/origin/main", "+feat/x:refs/remotes/origin/feat/x");
        clone.git("checkout", "-q", "--detach", "origin/feat/x");
        assertEquals(new CheckResult(1, "", VERIFIED), DocsDriftCheck.run(clone.dir(), null, null, true, clone.env()),
                "1.0.0 skipped: no main");
        assertEquals(NO_RANGE, DocsDriftCheck.run(clone.dir(), "main", null, true, clone.env()), "an explicit base is kept");
        clone.git("branch", "-q", "main", "origin/feat/x");
        assertEquals(NO_FILES, DocsDriftCheck.run(clone.dir(), null, null, true, clone.env()), "a local main comes first");
    }

    @Test
    void unbornBranchSkipsTheCheck() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        assertEquals(NO_RANGE, DocsDriftCheck.run(repo.dir(), null, null, false, repo.env()));
    }

    @Test
    void outsideARepositoryGitsUsageBecomesTheMessage() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("plain"));
        Map<String, String> env = TestRepo.env(tmp);
        ProcessBuilder original = new ProcessBuilder("git", "diff", "--name-only", "main..HEAD").directory(dir.toFile());
        original.environment().clear();
        original.environment().putAll(env);
        Process process = original.start();
        process.getOutputStream().close();
        String gitStderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        assertTrue(gitStderr.startsWith("warning: Not a git repository. Use --no-index to compare two paths outside a working tree\n"));
        assertEquals(new CheckResult(1, "", "Failed to run git diff: Command failed: git diff --name-only main..HEAD\n"
                + gitStderr + "\n"), DocsDriftCheck.run(dir, null, null, false, env));
    }

    @Test
    void withoutGitOnPath() {
        TestRepo repo = verifiedExampleRepo();
        assertEquals(new CheckResult(1, "", "Failed to run git diff: spawnSync git ENOENT\n"),
                DocsDriftCheck.run(repo.dir(), null, null, false, repo.envWithoutGit()));
    }

    @Test
    void nonAsciiPathsAreMatched() {
        TestRepo repo = branchTouching("roles/r\u00f4le-\u00e9t\u00e9.md");
        assertEquals(new CheckResult(0, "[advisory] Documentation drift detected:\n"
                        + "  - roles/* changed but docs/reference/roles-reference.md did not\n", ""),
                DocsDriftCheck.run(repo.dir(), null, null, false, repo.env()));
    }

    @Test
    void shallowCloneWithoutTheBaseFailsInsteadOfSkipping() throws IOException {
        TestRepo origin = verifiedExampleRepo();
        TestRepo clone = TestRepo.at(tmp.resolve("clone"));
        clone.git("clone", "-q", "--depth", "1", "--branch", "feat/x", "file://" + origin.dir(), ".");
        assertTrue(Files.size(clone.dir().resolve(".git/shallow")) > 0);
        String fetchMore = " names a revision this shallow clone does not have, so nothing could be compared;"
                + " fetch more history (for example actions/checkout with fetch-depth: 0, or git fetch --unshallow)"
                + " and run again\n";
        assertEquals(new CheckResult(1, "", "Documentation drift check failed:\n- Range \"main..HEAD\"" + fetchMore),
                DocsDriftCheck.run(clone.dir(), null, null, false, clone.env()));
        assertEquals(new CheckResult(1, "", "Documentation drift check failed:\n- Range \"HEAD~1..HEAD\"" + fetchMore),
                DocsDriftCheck.run(clone.dir(), "HEAD~1", null, false, clone.env()));

        clone.git("fetch", "-q", "--depth=1", "origin", "+main:refs/remotes/origin/main");
        assertEquals(new CheckResult(0, "[advisory] " + VERIFIED, ""),
                DocsDriftCheck.run(clone.dir(), "origin/main", null, false, clone.env()), "both ends present is enough");
    }
}
