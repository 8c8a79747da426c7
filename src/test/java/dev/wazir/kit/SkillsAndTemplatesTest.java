package dev.wazir.kit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content rules for skills/ and templates/ (kit-content.md §2.4, §2.6, §2.7, §3.4, §3.7). */
class SkillsAndTemplatesTest {
    private static final Path ROOT = KitContent.root();

    static final List<String> SKILLS = List.of("brainstorming", "debugging", "design",
            "dispatching-parallel-agents", "executing-plans", "finishing-a-development-branch", "humanize",
            "init-pipeline", "prepare-next", "receiving-code-review", "requesting-code-review", "run-audit",
            "scan-project", "self-audit", "subagent-driven-development", "tdd", "using-git-worktrees",
            "using-skills", "verification", "wazir", "writing-plans", "writing-skills");

    private static final Map<String, List<String>> COMPANIONS = Map.of(
            "requesting-code-review", List.of("code-reviewer.md"),
            "subagent-driven-development", List.of("implementer-prompt.md", "spec-reviewer-prompt.md",
                    "code-quality-reviewer-prompt.md"),
            "writing-skills", List.of("anthropic-best-practices.md", "persuasion-principles.md"));

    private static final Pattern SKILL_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    // ---------------------------------------------------------------- skills

    @Test
    void skillsFolderHoldsExactlyTheTwentyTwoSkills() throws Exception {
        List<String> folders;
        try (Stream<Path> list = Files.list(ROOT.resolve("skills"))) {
            folders = list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(SKILLS, folders);
    }

    @ParameterizedTest
    @MethodSource("skills")
    void skillFrontMatterFollowsTheAgentSkillsRules(String skill) {
        String text = KitContent.read(ROOT.resolve("skills").resolve(skill).resolve("SKILL.md"));
        Map<String, String> front = KitContent.frontMatter(text);
        assertNotNull(front, skill + ": SKILL.md must open with a --- front matter block at byte 0");
        assertEquals(List.of("name", "description"), List.copyOf(front.keySet()), skill + ": front matter keys");

        String name = front.get("name");
        assertEquals(skill, name, "name must equal the folder name");
        assertTrue(name.length() >= 1 && name.length() <= 64, "name length 1-64");
        assertTrue(SKILL_NAME.matcher(name).matches(),
                "name uses lowercase letters, digits and single inner hyphens: " + name);

        JsonNode parsed = Yaml.parse(text.substring(4, text.indexOf("\n---\n", 3) + 1));
        assertTrue(parsed.get("description").isString(), skill + ": description must be a YAML string");
        String description = parsed.get("description").stringValue();
        assertEquals(name, parsed.get("name").stringValue());
        assertTrue(!description.isBlank() && description.length() <= 1024,
                skill + ": description must be 1-1024 characters, was " + description.length());
        assertTrue(description.contains("Use "), skill + ": description must say when to use the skill");
    }

    @ParameterizedTest
    @MethodSource("skills")
    void skillBodyIsAReasonableProcedure(String skill) {
        String text = KitContent.read(ROOT.resolve("skills").resolve(skill).resolve("SKILL.md"));
        String body = KitContent.body(text);
        String firstLine = body.strip().lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("# "), skill + ": the body opens with an H1 title, found " + firstLine);
        long lines = body.lines().count();
        assertTrue(lines >= 15 && lines <= 250, skill + ": body has " + lines + " lines");
        for (String line : text.split("\n")) {
            assertFalse(line.startsWith("version:") || line.startsWith("allowed-tools:"),
                    skill + ": no version/allowed-tools lines");
        }
    }

    @Test
    void companionFilesExistAndAreLinkedFromTheirSkill() {
        for (Map.Entry<String, List<String>> e : COMPANIONS.entrySet()) {
            Path folder = ROOT.resolve("skills").resolve(e.getKey());
            List<String> links = KitContent.linkTargets(KitContent.read(folder.resolve("SKILL.md")));
            for (String companion : e.getValue()) {
                Path file = folder.resolve(companion);
                assertTrue(Files.isRegularFile(file), "missing companion " + file);
                assertTrue(links.contains(companion), e.getKey() + "/SKILL.md must link " + companion);
            }
        }
    }

    @Test
    void skillsReadmeAndBootstrapCatalogueNameEverySkill() {
        String readme = KitContent.read(ROOT.resolve("skills/README.md"));
        String bootstrap = KitContent.read(ROOT.resolve("skills/using-skills/SKILL.md"));
        for (String skill : SKILLS) {
            assertTrue(readme.contains("](" + skill + "/SKILL.md)"), "skills/README.md must list " + skill);
            if (!skill.equals("using-skills")) {
                assertTrue(bootstrap.contains("`" + skill + "`") || bootstrap.contains("`wz:" + skill + "`"),
                        "the using-skills catalogue must name " + skill);
            }
        }
    }

    @Test
    void noSkillNameCarriesTheWzPrefixInFrontMatter() throws Exception {
        for (Path file : KitContent.filesUnder(ROOT.resolve("skills"))) {
            for (String line : KitContent.read(file).split("\n")) {
                assertFalse(line.startsWith("name: wz:"), file + ": " + line);
            }
        }
    }

    @Test
    void humanizeSkillHasItsFourPhasesAndNamesItsExpertiseFiles() {
        String text = KitContent.read(ROOT.resolve("skills/humanize/SKILL.md"));
        assertTrue(text.startsWith("---\nname: humanize\n"));
        assertTrue(text.contains("\ndescription: "));
        List<String> h2 = KitContent.headings(text, 2);
        assertEquals(List.of("Phase 1: Scan", "Phase 2: Identify", "Phase 3: Rewrite", "Phase 4: Verify"), h2);
        assertAll(Stream.of("expertise/humanize/vocabulary-blacklist.md", "expertise/humanize/sentence-patterns.md",
                        "expertise/humanize/self-audit-checklist.md")
                .map(ref -> () -> assertTrue(text.contains(ref), "humanize must mention " + ref)));
    }

    @Test
    void designSkillHasTheRequiredSections() {
        String text = KitContent.read(ROOT.resolve("skills/design/SKILL.md"));
        assertTrue(text.startsWith("---\n"));
        assertTrue(text.contains("name: design\n") && text.contains("description:"));
        assertEquals(List.of("Prerequisites", "Workflow", "Key MCP Tools", "Required Outputs",
                "When Open-Pencil is Unavailable", "Rules"), KitContent.headings(text, 2));
    }

    // ---------------------------------------------------------------- templates

    private static final List<String> MARKDOWN_TEMPLATES = List.of("accepted-learning", "author", "clarification",
            "execute-notes", "implementation-plan", "learning-proposal", "next-run-handoff", "plan-review", "research",
            "review-findings", "spec-challenge", "spec", "verification-proof");

    @ParameterizedTest
    @ValueSource(strings = {"accepted-learning", "author", "clarification", "execute-notes", "implementation-plan",
            "learning-proposal", "next-run-handoff", "plan-review", "research", "review-findings", "spec-challenge",
            "spec", "verification-proof"})
    void markdownTemplateCarriesRunMetadataAndSections(String name) {
        String text = KitContent.read(ROOT.resolve("templates/artifacts/" + name + ".md"));
        Map<String, String> front = KitContent.frontMatter(text);
        assertNotNull(front, name + ": front matter");
        assertEquals(List.of("approval_status", "artifact_type", "loop", "phase", "role", "run_id", "sources", "status"),
                front.keySet().stream().sorted().toList(), name + ": front matter keys");
        assertEquals("1", front.get("loop"));
        assertTrue(List.of("required", "not_required", "accepted").contains(front.get("approval_status")));
        assertEquals(1, KitContent.headings(text, 1).size(), name + ": one H1");
        int sections = KitContent.headings(text, 2).size();
        assertTrue(sections >= 2 && sections <= 9, name + ": 2-9 H2 sections, found " + sections);
    }

    /** kit-content.md §2.7.1: artifact_type, phase, role, status, approval_status and the H2 sections in order. */
    static Stream<Object[]> markdownTemplateTable() {
        return Stream.of(
                new Object[] {"clarification", "clarification clarify clarifier draft not_required",
                        List.of("Scope Summary", "Open Questions", "Constraints", "Evidence")},
                new Object[] {"research", "research discover researcher draft not_required",
                        List.of("Questions", "Findings", "Sources", "Risks And Unknowns")},
                new Object[] {"spec", "spec specify specifier draft required",
                        List.of("Objective", "Acceptance Criteria", "Non-Goals", "Assumptions")},
                new Object[] {"spec-challenge", "spec_challenge spec_challenge reviewer draft required",
                        List.of("Blocking Findings", "Medium Findings", "Resolved Questions")},
                new Object[] {"author", "author author author draft required",
                        List.of("Microcopy", "i18n Keys", "Seed Data", "Terminology", "Asset Metadata", "State Coverage",
                                "Notifications", "Editorial Constraints", "Coverage Matrix")},
                new Object[] {"implementation-plan", "implementation_plan plan planner draft required",
                        List.of("Sections", "Tasks And Subtasks", "Acceptance Criteria", "Verification")},
                new Object[] {"plan-review", "plan_review plan_review reviewer draft required",
                        List.of("Blocking Findings", "Follow-Up Tasks", "Review Verdict")},
                new Object[] {"execute-notes", "execute_notes execute executor in_progress not_required",
                        List.of("Tasks Completed", "Commands Run", "Deviations Or Blockers")},
                new Object[] {"verification-proof", "verification_proof verify verifier draft required",
                        List.of("Claims", "Commands And Results", "Pass Fail Summary")},
                new Object[] {"review-findings", "review review reviewer draft required",
                        List.of("Findings", "Evidence", "Verdict")},
                new Object[] {"learning-proposal", "proposed_learning learn learner proposed required",
                        List.of("Scope", "Evidence", "Expected Benefit")},
                new Object[] {"accepted-learning", "accepted_learning learn learner accepted accepted",
                        List.of("Scope Tags", "Evidence", "Adoption Guidance")},
                new Object[] {"next-run-handoff", "next_run_handoff prepare_next planner draft not_required",
                        List.of("Current State", "Required Inputs", "Open Blockers", "Approved Carry-Forward Context")});
    }

    @ParameterizedTest
    @MethodSource("markdownTemplateTable")
    void markdownTemplateMatchesTheTemplateTable(String name, String metadata, List<String> sections) {
        String text = KitContent.read(ROOT.resolve("templates/artifacts/" + name + ".md"));
        Map<String, String> front = KitContent.frontMatter(text);
        String actual = String.join(" ", front.get("artifact_type"), front.get("phase"), front.get("role"),
                front.get("status"), front.get("approval_status"));
        assertEquals(metadata, actual, name + ": artifact_type phase role status approval_status");
        assertEquals(sections, KitContent.headings(text, 2), name + ": H2 sections");
    }

    @Test
    void markdownTemplatesAreExactlyTheThirteen() throws Exception {
        List<String> md;
        try (Stream<Path> list = Files.list(ROOT.resolve("templates/artifacts"))) {
            md = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        assertEquals(MARKDOWN_TEMPLATES.stream().sorted().toList(), md);
    }

    @Test
    void authorMarkdownTemplateHasTheNineContentSections() {
        String text = KitContent.read(ROOT.resolve("templates/artifacts/author.md"));
        assertTrue(text.startsWith("---"));
        assertTrue(text.contains("artifact_type: author"));
        assertEquals(List.of("Microcopy", "i18n Keys", "Seed Data", "Terminology", "Asset Metadata", "State Coverage",
                "Notifications", "Editorial Constraints", "Coverage Matrix"), KitContent.headings(text, 2));
    }

    static Stream<Object[]> jsonTemplates() {
        List<String> envelope = List.of("run_id", "phase", "role", "loop", "status", "sources");
        return Stream.of(
                new Object[] {"clarification", with(envelope, "scope_summary", "questions")},
                new Object[] {"research", with(envelope, "findings", "citations")},
                new Object[] {"spec", with(envelope, "acceptance_criteria", "non_goals")},
                new Object[] {"spec-challenge", with(envelope, "findings")},
                new Object[] {"author", with(envelope, "microcopy", "i18n_keys", "seed_data", "terminology",
                        "asset_metadata", "state_coverage", "notifications", "editorial_constraints", "coverage_matrix")},
                new Object[] {"implementation-plan", with(envelope, "sections")},
                new Object[] {"verification-proof", with(envelope, "checks")},
                new Object[] {"review", with(envelope, "findings")},
                new Object[] {"proposed-learning", with(envelope, "scope_tags", "evidence")},
                new Object[] {"accepted-learning", with(envelope, "scope_tags", "adoption_guidance")},
                new Object[] {"run-manifest", List.of("run_id", "project_slug", "state_root", "phase", "status",
                        "started_at")});
    }

    @ParameterizedTest
    @MethodSource("jsonTemplates")
    void jsonTemplateHasItsKeysInOrder(String name, List<String> keys) {
        JsonNode node = JsonFiles.read(ROOT.resolve("templates/artifacts/" + name + ".template.json"));
        assertEquals(keys, List.copyOf(node.propertyNames()), name + ".template.json keys");
    }

    @Test
    void authorJsonTemplateHasTheContentBlockTypes() {
        JsonNode node = JsonFiles.read(ROOT.resolve("templates/artifacts/author.template.json"));
        assertEquals("author", node.get("phase").stringValue());
        assertEquals("author", node.get("role").stringValue());
        for (String array : List.of("microcopy", "i18n_keys", "seed_data", "terminology", "asset_metadata",
                "notifications", "coverage_matrix")) {
            assertTrue(node.get(array).isArray(), array + " is an array");
        }
        assertTrue(node.get("state_coverage").isObject());
        assertTrue(node.get("editorial_constraints").isObject());
    }

    // ---------------------------------------------------------------- helpers

    static Stream<String> skills() {
        return SKILLS.stream();
    }

    private static List<String> with(List<String> head, String... tail) {
        List<String> out = new ArrayList<>(head);
        out.addAll(List.of(tail));
        return out;
    }
}
