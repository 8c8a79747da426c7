package dev.wazir.check;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;
import dev.wazir.kit.Yaml;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's own tree passes the docs, brand and runtime checks, and its docs keep their required sections. */
class ProjectTreeTest {
    static final Path ROOT = Path.of("").toAbsolutePath();

    private static String read(String relative) throws IOException {
        return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8);
    }

    @Test
    void docsTruthPassesOnTheProjectTree() {
        CommandResult result = Cli.run(ROOT, "validate", "docs");
        assertEquals("", result.stderr());
        assertTrue(result.stdout().startsWith("Docs truth validation passed. Checked "), result.stdout());
        assertEquals(0, result.exitCode());
    }

    @Test
    void brandPassesOnTheProjectTree() {
        assertEquals(new CommandResult(0, "Brand truth validation passed.\n", ""), Cli.run(ROOT, "validate", "brand"));
    }

    @Test
    void runtimePassesOnTheProjectTree() {
        assertEquals(new CommandResult(0, "Runtime surface validation passed.\n", ""),
                Cli.run(ROOT, "validate", "runtime"));
    }

    @Test
    void everyRegisteredCommandIsClaimedAndTheSummarizeClaimIsPinned() {
        JsonNode claims = Yaml.read(ROOT.resolve("docs/truth-claims.yaml"));
        for (String subject : CommandRegistry.SUBJECTS) {
            boolean claimed = false;
            for (JsonNode claim : claims) {
                claimed |= "command".equals(claim.get("claim_type").stringValue())
                        && subject.equals(claim.get("subject").stringValue());
            }
            assertTrue(claimed, subject);
        }
        JsonNode pinned = null;
        for (JsonNode claim : claims) {
            if ("command-index-summarize".equals(claim.get("id").stringValue())) {
                pinned = claim;
            }
        }
        assertEquals("docs/reference/tooling-cli.md", pinned.get("file").stringValue());
        assertEquals("command", pinned.get("claim_type").stringValue());
        assertEquals("wazir index summarize", pinned.get("subject").stringValue());
        assertEquals("command_registry", pinned.get("verifier").stringValue());
        assertTrue(pinned.get("required").booleanValue());
    }

    private static void assertNoWholeWords(String text, String... words) {
        for (String word : words) {
            Pattern p = Pattern.compile("(?i)(?<![A-Za-z0-9_])" + Pattern.quote(word) + "(?![A-Za-z0-9_])");
            assertFalse(p.matcher(text).find(), word);
        }
    }

    private static void assertLine(String text, String line) {
        assertTrue(text.lines().anyMatch(line::equals), line);
    }

    @Test
    void gitFlowDocHasItsSections() throws IOException {
        String text = read("docs/reference/git-flow.md");
        assertLine(text, "## Branching Model");
        for (String cell : List.of("Main", "Develop", "Feature", "Codex", "Release", "Hotfix")) {
            assertTrue(text.contains("| " + cell + " |"), cell);
        }
        for (String section : List.of("## Merge Rules", "## Conventional Commits", "## Changelog Rules", "## Enforcement")) {
            assertLine(text, section);
        }
        assertNoWholeWords(text, "Agent OS", "Symphony", "daemon");
    }

    @Test
    void releaseProcessDocHasItsSections() throws IOException {
        String text = read("docs/reference/release-process.md");
        for (String section : List.of("## Tag Naming", "## Release Workflow", "## Hotfix Workflow")) {
            assertLine(text, section);
        }
        assertTrue(text.lines().anyMatch(l -> l.startsWith("## Bootstrap")));
        assertTrue(text.contains("v{MAJOR}.{MINOR}.{PATCH}"));
        assertNoWholeWords(text, "Agent OS", "Symphony", "daemon");
    }

    /** The body of a `## ` section, up to the next `## ` heading. */
    private static String section(String text, String heading) {
        int start = text.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, heading);
        int end = text.indexOf("\n## ", start + heading.length() + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    @Test
    void indexingDocHasItsSectionsAndAvoidsBannedPhrases() throws IOException {
        String text = read("docs/concepts/indexing-and-recall.md");
        String tiers = section(text, "## Context tiers");
        assertTrue(tiers.contains("L0") && tiers.contains("L1") && tiers.contains("L2"));
        assertTrue(section(text, "## Summary generation").contains("index summarize"));
        assertTrue(section(text, "## Tiered recall").contains("--tier"));
        assertTrue(section(text, "## Freshness checking").contains("fresh"));
        for (String banned : List.of("token-budgeted summary renderers", "Agent OS", "daemon", "HTTP control plane",
                "web UI", "OpenAI Symphony", "Elixir")) {
            assertFalse(text.contains(banned), banned);
        }
    }

    private static String firstLineWith(String text, String fragment) {
        return text.lines().filter(l -> l.contains(fragment)).findFirst().orElseThrow();
    }

    @Test
    void cliReferenceKeepsItsPinnedLines() throws IOException {
        String text = read("docs/reference/tooling-cli.md");
        assertTrue(text.contains("wazir index summarize"));
        assertTrue(firstLineWith(text, "wazir recall file").contains("--tier"));
        assertTrue(firstLineWith(text, "wazir recall symbol").contains("--tier"));
        assertTrue(firstLineWith(text, "wazir index stats").contains("summary_counts"));
    }

    @Test
    void docsDriftTargetsExist() {
        for (String doc : List.of("docs/reference/roles-reference.md", "docs/concepts/roles-and-workflows.md",
                "docs/reference/hooks.md", "docs/reference/tooling-cli.md", "docs/concepts/indexing-and-recall.md")) {
            assertTrue(Files.isRegularFile(ROOT.resolve(doc)), doc);
        }
    }

    @Test
    void readmeKeepsItsTwoCommandsAtTheTop() throws IOException {
        assertTrue(read("README.md").startsWith("# wazir-java\n\n```sh\n"
                + "./wazir validate        # build on first use, then check this kit tree\n"
                + "mvn -B -ntp verify      # build and run every test\n```\n"));
    }
}
