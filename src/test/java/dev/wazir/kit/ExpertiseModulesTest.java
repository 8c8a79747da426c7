package dev.wazir.kit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Module-level content rules of kit-content.md §2.8.5 (humanize set, open-pencil, design antipatterns, content set). */
class ExpertiseModulesTest {
    static final Path HUMANIZE = Path.of("expertise", "humanize");
    static final Pattern NUMBERED_HEADING = Pattern.compile("(?m)^### \\d+\\.");

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** §2.8.5: a row is a line starting with "| " that is not a header or separator line. */
    static long tableItems(String text) {
        return text.lines()
                .filter(l -> l.startsWith("| "))
                .filter(l -> !l.startsWith("| Word") && !l.startsWith("| Phrase") && !l.startsWith("| Opener"))
                .filter(l -> !l.startsWith("|---") && !l.startsWith("| -"))
                .count();
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static boolean hasHeading(String text, String heading) {
        return text.lines().anyMatch(l -> l.equals(heading) || l.startsWith(heading + " "));
    }

    @Test
    void rowCounterFollowsTheSpecDefinition() {
        String sample = String.join("\n",
                "| Word | Why | Replacement | Exceptions |",
                "|---|---|---|---|",
                "| delve | a | b | c |",
                "| Phrase | Why | Replacement |",
                "| - | - | - |",
                "| in today's world | a | b |",
                "| Opener | Why | Replacement |",
                "| Moreover, | a | b |",
                "|no space after pipe|",
                "| Term | counted because the header word is not Word/Phrase/Opener |");
        assertEquals(4, tableItems(sample));
    }

    @Test
    void humanizeFolderHasTheSevenFiles() {
        for (String name : List.of("index.md", "vocabulary-blacklist.md", "sentence-patterns.md",
                "domain-rules-technical-docs.md", "domain-rules-code.md", "domain-rules-content.md",
                "self-audit-checklist.md")) {
            assertTrue(Files.isRegularFile(HUMANIZE.resolve(name)), "missing expertise/humanize/" + name);
        }
    }

    @Test
    void vocabularyBlacklistHasAtLeast61Items() throws IOException {
        String text = read(HUMANIZE.resolve("vocabulary-blacklist.md"));
        long items = tableItems(text);
        assertTrue(items >= 61, "expected at least 61 table items, found " + items);
    }

    @Test
    void sentencePatternsHas24NumberedPatternsBurstinessAndTargets() throws IOException {
        String text = read(HUMANIZE.resolve("sentence-patterns.md"));
        int patterns = count(NUMBERED_HEADING, text);
        assertTrue(patterns >= 24, "expected at least 24 '### <n>.' headings, found " + patterns);
        assertTrue(hasHeading(text, "## Burstiness"), "missing '## Burstiness' section");
        for (String token : List.of("0.4", "~20%", "~50%", "~25%", "~5%")) {
            assertTrue(text.contains(token), "sentence-patterns.md lacks " + token);
        }
    }

    @Test
    void selfAuditChecklistHasTwoPassesAndNamesItsSources() throws IOException {
        String text = read(HUMANIZE.resolve("self-audit-checklist.md"));
        assertTrue(hasHeading(text, "## Pass 1"), "missing '## Pass 1'");
        assertTrue(hasHeading(text, "## Pass 2"), "missing '## Pass 2'");
        assertTrue(text.indexOf("## Pass 1") < text.indexOf("## Pass 2"), "Pass 1 must come before Pass 2");
        assertTrue(text.contains("vocabulary-blacklist.md"));
        assertTrue(text.contains("sentence-patterns.md"));
    }

    @Test
    void domainRulesFilesHaveRoleMappingsThenEightToTenRules() throws IOException {
        for (String name : List.of("domain-rules-technical-docs.md", "domain-rules-code.md", "domain-rules-content.md")) {
            String text = read(HUMANIZE.resolve(name));
            Matcher mapping = Pattern.compile("(?m)^## Role Mapping").matcher(text);
            assertTrue(mapping.find(), name + ": missing role-mapping section");
            Matcher firstRule = NUMBERED_HEADING.matcher(text);
            assertTrue(firstRule.find(), name + ": no numbered rules");
            assertTrue(mapping.start() < firstRule.start(), name + ": role mappings must precede the rules");
            int rules = count(NUMBERED_HEADING, text);
            assertTrue(rules >= 8 && rules <= 10, name + ": expected 8-10 numbered rules, found " + rules);
        }
    }

    @Test
    void openPencilModuleCoversSetupToolsPatternsAndLimits() throws IOException {
        String text = read(Path.of("expertise", "design", "tooling", "open-pencil.md"));
        for (String heading : List.of("## Setup", "## Tool Categories", "## Effective Patterns", "## Limitations")) {
            assertTrue(hasHeading(text, heading), "open-pencil.md lacks heading " + heading);
        }
        for (String literal : List.of("90", "Document (3)", "Read (16)", "Create (8)", "Modify (25)",
                "Structure (12)", "Variables (9)", "Export (2)", "Analyze (4)", "Diff (2)",
                "openpencil-mcp", "openpencil-mcp-http", "mcpServers",
                "open-pencil tree", "open-pencil find", "open-pencil export", "--json")) {
            assertTrue(text.contains(literal), "open-pencil.md lacks " + literal);
        }
    }

    @Test
    void designAntipatternAndContentModulesExist() {
        for (String path : List.of("antipatterns/design/ui-antipatterns.md", "antipatterns/design/ux-antipatterns.md",
                "content/foundations/content-modeling.md", "content/foundations/editorial-standards.md",
                "content/foundations/microcopy.md", "content/foundations/terminology-governance.md",
                "content/patterns/accessibility-copy.md", "content/patterns/notification-content.md",
                "content/patterns/sample-content.md", "content/patterns/state-copy.md")) {
            assertTrue(Files.isRegularFile(Path.of("expertise").resolve(path)), "missing expertise/" + path);
        }
    }
}
