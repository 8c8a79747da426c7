package dev.wazir.check;

import dev.wazir.WazirException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.wazir.check.Files2.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocsTruthCheckTest {
    /** Every claim in these fixtures is schema-valid; schema messages are covered through the CLI. */
    static final DocsTruthCheck.SchemaCheck ACCEPT_ALL = (schema, value) -> List.of();

    @TempDir
    Path root;

    private CheckResult run() {
        return new DocsTruthCheck(root, ACCEPT_ALL).run();
    }

    private void claims(String yaml) {
        write(root, "docs/truth-claims.yaml", yaml);
        write(root, "schemas/docs-claim.schema.json", "{}");
    }

    static String commandClaim(String id, String subject) {
        return "- id: " + id + "\n  file: docs/tooling-cli.md\n  claim_type: command\n  subject: " + subject
                + "\n  verifier: command_registry\n  required: true\n";
    }

    @Test
    void passesWithEveryDocumentedCommandClaimed() {
        claims(commandClaim("command-validate-manifest", "wazir validate manifest")
                + commandClaim("command-export-check", "wazir export --check"));
        write(root, "README.md", "Run `wazir validate manifest` and see [the CLI](docs/tooling-cli.md).\n");
        write(root, "docs/tooling-cli.md", "`wazir export --check` checks drift. [Back](../README.md#top)\n");
        assertEquals(new CheckResult(0, "Docs truth validation passed. Checked 2 claims across 2 active docs.\n", ""),
                run());
    }

    @Test
    void documentedCommandWithoutClaimFails() {
        claims("[]\n");
        write(root, "docs/tooling-cli.md", "Use `wazir validate manifest`.\n");
        assertEquals(new CheckResult(1, "", "Docs truth validation failed:\n"
                + "- missing docs truth claim for documented command: wazir validate manifest\n"), run());
    }

    @Test
    void unknownAndUndocumentedCommandClaimsFail() {
        claims(commandClaim("c-bogus", "wazir frobnicate") + commandClaim("c-undoc", "wazir doctor"));
        write(root, "README.md", "`wazir frobnicate`\n");
        assertEquals("Docs truth validation failed:\n"
                + "- c-bogus: unsupported command subject wazir frobnicate\n"
                + "- c-undoc: undocumented command claim wazir doctor\n", run().stderr());
    }

    @Test
    void portCommandsAreInTheRegistry() {
        claims(commandClaim("command-hook-protected-path", "wazir hook protected-path")
                + commandClaim("command-hook-loop-cap", "wazir hook loop-cap")
                + commandClaim("command-export-build", "wazir export build"));
        write(root, "docs/x.md", "`wazir hook protected-path < payload.json`, `wazir hook loop-cap`, "
                + "`wazir export build --host claude`\n");
        assertEquals(0, run().exitCode());
    }

    @Test
    void subjectsAreNormalisedAsIn100() {
        assertEquals(Set.of(), DocsTruthCheck.commandSubjects("`wazir` `wazirx y` `wazir\tindex`"));
        assertEquals(List.of("wazir export --check", "wazir index", "wazir capture", "wazir recall file",
                        "wazir --help", "wazir status", "wazir validate", "wazir doctor"),
                List.copyOf(DocsTruthCheck.commandSubjects(" ` wazir   export   --check ` `wazir index <cmd>` "
                        + "`wazir capture *` `wazir recall file --json` `wazir --help` `wazir status --run x` "
                        + "`wazir validate ...` ``wazir doctor`` `wazir index build`x")
                        .stream().limit(8).toList()));
        assertEquals(Set.of("wazir index build"), DocsTruthCheck.commandSubjects("`wazir index build\u00A0now`"));
        // A span cannot cross a line break.
        assertEquals(Set.of(), DocsTruthCheck.commandSubjects("`wazir index\nbuild`"));
    }

    @Test
    void localLinksFollowTheOriginalsRules() {
        claims("[]\n");
        write(root, "docs/sub/exists.md", "x\n");
        write(root, "docs/tooling-cli.md", "[a](missing.md) [b](missing2.md \"Title\") ![c](pic.png)\n"
                + "[d](/nonexistent/abs.md) [e](missing3.md#frag) [f](sub/exists.md?x=1)\n"
                + "[ok1](sub/exists.md#anchor) [ok2]( sub ) [ok3](#top) [ok4](https://example.com/x)\n"
                + "[ok5](mailto:a@b.c) [ok6](http://x) [ok7](sub/exists.md#a#b) [g](<sub/exists.md>)\n"
                + "[h](tooling%20cli.md) [multi\nline](nope-multi.md)\n"
                + "```\n[in fence](fence.md)\n```\n`[in code](code.md)`\n");
        write(root, "README.md", "[zz](docs/zz.md)\n");
        assertEquals("Docs truth validation failed:\n"
                + "- README.md: local doc link target missing docs/zz.md\n"
                + "- docs/tooling-cli.md: local doc link target missing missing.md\n"
                + "- docs/tooling-cli.md: local doc link target missing missing2.md \"Title\"\n"
                + "- docs/tooling-cli.md: local doc link target missing pic.png\n"
                + "- docs/tooling-cli.md: local doc link target missing /nonexistent/abs.md\n"
                + "- docs/tooling-cli.md: local doc link target missing missing3.md\n"
                + "- docs/tooling-cli.md: local doc link target missing sub/exists.md?x=1\n"
                + "- docs/tooling-cli.md: local doc link target missing <sub/exists.md>\n"
                + "- docs/tooling-cli.md: local doc link target missing tooling%20cli.md\n"
                + "- docs/tooling-cli.md: local doc link target missing nope-multi.md\n"
                + "- docs/tooling-cli.md: local doc link target missing fence.md\n"
                + "- docs/tooling-cli.md: local doc link target missing code.md\n", run().stderr());
    }

    @Test
    void excludedFoldersAndNonMarkdownContributeNothing() {
        claims("[]\n");
        for (String dir : List.of("plans", "research", "sub/audit", "sub/daemon")) {
            write(root, "docs/" + dir + "/x.md", "`wazir nope` [x](gone.md)\n");
        }
        write(root, "docs/notes.txt", "`wazir nope` [x](gone.md)\n");
        write(root, "docs/sub/ok.md", "fine\n");
        assertEquals(new CheckResult(0, "Docs truth validation passed. Checked 0 claims across 1 active docs.\n", ""),
                run());
    }

    @Test
    void docsAreVisitedInByteOrderDepthFirst() {
        claims("[]\n");
        write(root, "docs/b.md", "[x](1.md)\n");
        write(root, "docs/a/z.md", "[x](2.md)\n");
        write(root, "docs/B.md", "[x](3.md)\n");
        write(root, "docs/é.md", "[x](4.md)\n");
        write(root, "docs/a.md", "[x](5.md)\n");
        assertEquals("Docs truth validation failed:\n"
                + "- docs/B.md: local doc link target missing 3.md\n"
                + "- docs/a/z.md: local doc link target missing 2.md\n"
                + "- docs/a.md: local doc link target missing 5.md\n"
                + "- docs/b.md: local doc link target missing 1.md\n"
                + "- docs/é.md: local doc link target missing 4.md\n", run().stderr());
    }

    @Test
    void pathClaimsMustExist() {
        claims("- id: p-ok\n  file: docs/x.md\n  claim_type: generated_file\n  subject: docs/x.md\n  verifier: path_exists\n"
                + "- id: p-missing\n  file: docs/x.md\n  claim_type: generated_file\n  subject: exports/hosts/none.json\n  verifier: path_exists\n"
                + "- id: e-missing\n  file: docs/x.md\n  claim_type: example\n  subject: examples/none\n  verifier: path_exists\n"
                + "- id: h-missing\n  file: docs/x.md\n  claim_type: host_quickstart\n  subject: /nonexistent/q.md\n  verifier: path_exists\n"
                + "- id: d-missing\n  file: docs/x.md\n  claim_type: path\n  subject: docs/none.md\n  verifier: path_exists\n");
        write(root, "docs/x.md", "x\n");
        assertEquals("Docs truth validation failed:\n"
                + "- p-missing: missing claimed path exports/hosts/none.json\n"
                + "- e-missing: missing claimed path examples/none\n"
                + "- h-missing: missing claimed path /nonexistent/q.md\n"
                + "- d-missing: missing claimed path docs/none.md\n", run().stderr());
    }

    @Test
    void duplicateIdsAreReportedAndDiscarded() {
        claims(commandClaim("c-validate", "wazir validate") + commandClaim("c-validate", "wazir doctor"));
        write(root, "README.md", "`wazir validate`\n");
        assertEquals("Docs truth validation failed:\n- duplicate docs claim id: c-validate\n", run().stderr());
    }

    @Test
    void problemsComeInTheOriginalsOrder() {
        claims(commandClaim("c-a", "wazir doctor") + commandClaim("c-a", "wazir status")
                + "- id: p-x\n  file: f\n  claim_type: path\n  subject: nope\n  verifier: v\n");
        write(root, "README.md", "`wazir index` [x](gone.md)\n");
        assertEquals("Docs truth validation failed:\n"
                + "- duplicate docs claim id: c-a\n"
                + "- README.md: local doc link target missing gone.md\n"
                + "- missing docs truth claim for documented command: wazir index\n"
                + "- c-a: undocumented command claim wazir doctor\n"
                + "- p-x: missing claimed path nope\n", run().stderr());
    }

    @Test
    void claimsFileMustBeAList() {
        for (String text : List.of("a: 1\n", "just text\n", "", "# only a comment\n")) {
            claims(text);
            WazirException e = assertThrows(WazirException.class, this::run);
            assertEquals("docs/truth-claims.yaml must be a YAML array of claim objects", e.getMessage());
        }
    }

    @Test
    void missingClaimsFileIsTheOriginalsError() {
        write(root, "docs/x.md", "x\n");
        WazirException e = assertThrows(WazirException.class, this::run);
        assertEquals("ENOENT: no such file or directory, open '" + root.resolve("docs/truth-claims.yaml") + "'",
                e.getMessage());
    }

    @Test
    void missingClaimSchemaIsTheOriginalsError() {
        write(root, "docs/truth-claims.yaml", "[]\n");
        WazirException e = assertThrows(WazirException.class, this::run);
        assertEquals("ENOENT: no such file or directory, open '" + root.resolve("schemas/docs-claim.schema.json") + "'",
                e.getMessage());
    }

    @Test
    void linkedDocsCountOnlyWhenTheirTargetExists() throws Exception {
        claims("[]\n");
        write(root, "notes/real.md", "[x](gone.md)\n");
        java.nio.file.Files.createSymbolicLink(root.resolve("docs/linked.md"), root.resolve("notes/real.md"));
        java.nio.file.Files.createSymbolicLink(root.resolve("docs/dangling.md"), root.resolve("notes/none.md"));
        java.nio.file.Files.createSymbolicLink(root.resolve("docs/folder"), root.resolve("notes"));
        assertEquals("Docs truth validation failed:\n- docs/linked.md: local doc link target missing gone.md\n",
                run().stderr());
    }

    @Test
    void aFolderNamedLikeADocIsTheOriginalsReadError() throws Exception {
        claims("[]\n");
        java.nio.file.Files.createDirectories(root.resolve("notes"));
        java.nio.file.Files.createSymbolicLink(root.resolve("docs/odd.md"), root.resolve("notes"));
        WazirException e = assertThrows(WazirException.class, this::run);
        assertEquals("EISDIR: illegal operation on a directory, read", e.getMessage());
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void aFifoNamedLikeADocIsSkippedWithoutBlocking() {
        claims("[]\n");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files2.fifo(root.resolve("docs/pipe.md")));
        assertEquals(new CheckResult(0, "Docs truth validation passed. Checked 0 claims across 0 active docs.\n", ""),
                run());
    }
    @Test
    void linkScanFindsWhatTheOriginalsRegexFinds() {
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\[[^\\]]+\\]\\(([^)]+)\\)");
        java.util.Random random = new java.util.Random(42);
        String alphabet = "[]()a\n#";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = link.matcher(text);
            while (m.find()) {
                expected.add(m.group(1));
            }
            assertEquals(expected, DocsTruthCheck.linkTargets(text.toString()), text.toString());
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void longRunsOfBracketsAreScannedInLinearTime() {
        claims("[]\n");
        write(root, "docs/a.md", "[x](gone.md)\n" + "[a](".repeat(300_000) + "\n" + "[".repeat(300_000) + "\n");
        assertEquals("Docs truth validation failed:\n- docs/a.md: local doc link target missing gone.md\n",
                run().stderr());
    }
}
