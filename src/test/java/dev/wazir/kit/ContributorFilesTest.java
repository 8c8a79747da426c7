package dev.wazir.kit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AGENTS.md, CONTRIBUTING.md, llms.txt and the CI workflow (kit-content.md §2.11, §2.12). */
class ContributorFilesTest {
    private static final java.nio.file.Path ROOT = KitContent.root();

    @Test
    void contributingHasItsSectionsInOrderAndTheExpectedGuidance() {
        String text = KitContent.read(ROOT.resolve("CONTRIBUTING.md"));
        int setup = text.indexOf("\n## Local setup\n");
        int first = text.indexOf("\n## Your first contribution\n");
        int change = text.indexOf("\n## Change expectations\n");
        assertTrue(setup > 0 && first > setup && change > first,
                "sections Local setup, Your first contribution, Change expectations in that order");
        for (String fragment : List.of("good first issue", "Fork the repository", "Open a pull request", "Discussion",
                "MohamedAbdallah-14/Wazir", "mvn -B -ntp verify", "./wazir validate", "./wazir export --check")) {
            assertTrue(text.contains(fragment), "CONTRIBUTING.md mentions " + fragment);
        }
    }

    @Test
    void agentsGuideNamesTheRolesCommandsAndRealExitCodes() {
        String text = KitContent.read(ROOT.resolve("AGENTS.md"));
        for (String role : List.of("clarifier", "researcher", "specifier", "content-author", "designer", "planner",
                "executor", "verifier", "reviewer", "learner")) {
            assertTrue(text.contains("| `" + role + "` |"), "AGENTS.md describes role " + role);
        }
        for (String command : List.of("`./wazir validate`", "`mvn -B -ntp verify`", "`./wazir export --check`")) {
            assertTrue(text.contains(command), "AGENTS.md lists " + command);
        }
        assertTrue(text.contains("| 42 | the protected-path guard blocked"), "42 is the protected-path guard");
        assertTrue(text.contains("| 43 | the loop-cap guard stopped"), "43 is the loop-cap guard");
    }

    @Test
    void llmsIndexHasTitleSummaryAndLinkSections() {
        String text = KitContent.read(ROOT.resolve("llms.txt"));
        List<String> lines = text.lines().toList();
        assertEquals("# wazir-java", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("> ")), "one-line blockquote summary");
        List<String> sections = KitContent.headings(text, 2);
        assertEquals(List.of("Getting Started", "Concepts", "Guides", "Reference", "Optional"), sections);
        assertTrue(text.contains("](CONTRIBUTING.md)"));
    }

    @Test
    void ciWorkflowBuildsTestsAndChecksTheKitWithFullHistory() {
        JsonNode ci = Yaml.read(ROOT.resolve(".github/workflows/ci.yml"));
        JsonNode on = ci.get("on");
        assertNotNull(on, "the trigger key must read as the string \"on\" (YAML 1.2 and GitHub)");
        List<String> pushBranches = new ArrayList<>();
        on.get("push").get("branches").forEach(b -> pushBranches.add(b.stringValue()));
        assertTrue(pushBranches.containsAll(List.of("main", "develop", "codex/**", "release/**", "hotfix/**")));
        assertTrue(on.has("pull_request"));

        JsonNode steps = ci.get("jobs").get("verify").get("steps");
        List<String> names = new ArrayList<>();
        List<String> runs = new ArrayList<>();
        JsonNode checkout = null;
        JsonNode java = null;
        for (JsonNode step : steps) {
            names.add(step.path("name").asString(""));
            runs.add(step.path("run").asString(""));
            String uses = step.path("uses").asString("");
            if (uses.startsWith("actions/checkout@")) {
                checkout = step;
            } else if (uses.startsWith("actions/setup-java@")) {
                java = step;
            }
        }
        assertNotNull(checkout, "checkout step");
        assertEquals(0, checkout.get("with").get("fetch-depth").asInt(), "full history");
        assertNotNull(java, "setup-java step");
        assertEquals("17", java.get("with").get("java-version").asString());
        assertEquals("temurin", java.get("with").get("distribution").asString());
        assertEquals("maven", java.get("with").get("cache").asString());
        for (String command : List.of("mvn -B -ntp verify", "./wazir validate", "./wazir export --check")) {
            assertTrue(runs.contains(command), "CI runs " + command);
        }
        for (String step : List.of("Validate branch name", "Validate conventional commits", "Validate changelog format",
                "Validate changelog format (push)", "Require changelog entries")) {
            assertTrue(names.contains(step), "CI step " + step);
        }
        assertTrue(names.indexOf("Validate branch name") > names.indexOf("Verify generated exports are committed"));
        String requireIf = steps.get(names.indexOf("Require changelog entries")).get("if").asString();
        for (String prefix : List.of("feat/", "feature/", "fix/", "codex/", "hotfix/")) {
            assertTrue(requireIf.contains("startsWith(github.head_ref, '" + prefix + "')"),
                    "changelog entries are required on " + prefix + " branches");
        }
        assertTrue(requireIf.contains("github.event_name == 'pull_request'"));
        assertFalse(KitContent.read(ROOT.resolve(".github/workflows/ci.yml")).contains("${{ github.head_ref }}\""),
                "refs reach the shell through env, never spliced into the script");
        assertTrue(Files.isRegularFile(ROOT.resolve("wazir")), "the launcher CI calls exists");
    }
}
