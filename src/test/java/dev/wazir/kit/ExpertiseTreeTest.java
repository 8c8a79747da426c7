package dev.wazir.kit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The expertise scaffolding (kit-content.md §2.8): every path the map and the indexes name exists. */
class ExpertiseTreeTest {
    static final Path EXPERTISE = Path.of("expertise");
    static final Set<String> NOT_MODULES = Set.of("index.md", "README.md", "PROGRESS.md");
    static final String MODELING = "content/foundations/content-modeling.md";
    static final String EDITORIAL = "content/foundations/editorial-standards.md";
    static final String TERMINOLOGY = "content/foundations/terminology-governance.md";
    static final String MICROCOPY = "content/foundations/microcopy.md";
    static final String SAMPLE = "content/patterns/sample-content.md";
    static final String STATE_COPY = "content/patterns/state-copy.md";
    static final String NOTIFICATION = "content/patterns/notification-content.md";
    static final String A11Y_COPY = "content/patterns/accessibility-copy.md";

    private static List<Path> modules() throws IOException {
        try (Stream<Path> walk = Files.walk(EXPERTISE)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !NOT_MODULES.contains(p.getFileName().toString()))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static void collectPaths(JsonNode node, List<String> out) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (item.isString()) {
                    out.add(item.stringValue());
                } else {
                    collectPaths(item, out);
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collectPaths(e.getValue(), out);
            }
        }
    }

    @Test
    void theTreeHasAll261ModulesInTwelveCategories() throws IOException {
        List<Path> modules = modules();
        assertEquals(261, modules.size());
        Set<String> categories = modules.stream().map(p -> EXPERTISE.relativize(p).getName(0).toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("antipatterns", "architecture", "backend", "content", "design", "frontend",
                "humanize", "i18n", "infrastructure", "performance", "quality", "security")), categories);
    }

    @Test
    void everyModuleHasATitleAndAScope() throws IOException {
        for (Path module : modules()) {
            List<String> lines = Files.readAllLines(module);
            assertFalse(lines.isEmpty(), module + " is empty");
            assertTrue(lines.get(0).startsWith("# "), module + " has no H1 title");
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("> ") && l.length() > 40), module + " has no scope paragraph");
        }
    }

    @Test
    void everyCompositionMapPathResolves() {
        JsonNode map = Yaml.read(EXPERTISE.resolve("composition-map.yaml"));
        List<String> keys = new ArrayList<>();
        map.propertyNames().forEach(keys::add);
        assertEquals(List.of("always", "auto", "stacks", "concerns"), keys);
        assertEquals(21, map.get("stacks").size());
        assertEquals(76, map.get("concerns").size());
        List<String> paths = new ArrayList<>();
        collectPaths(map, paths);
        assertEquals(260, new TreeSet<>(paths).size());
        for (String p : paths) {
            assertTrue(Files.isRegularFile(EXPERTISE.resolve(p)), "composition-map names a missing module: " + p);
        }
    }

    /** The 20 content-author lists kit-content.md §2.8.4 pins: exact, in load order, no duplicates. */
    static final Map<String, List<String>> PINNED_CONTENT_AUTHOR = Map.ofEntries(
            Map.entry("rtl", List.of(MODELING, EDITORIAL)),
            Map.entry("rtl-advanced", List.of(SAMPLE)),
            Map.entry("i18n", List.of(MODELING, EDITORIAL)),
            Map.entry("i18n-content", List.of(TERMINOLOGY, SAMPLE)),
            Map.entry("i18n-translation", List.of(MODELING)),
            Map.entry("accessibility", List.of(A11Y_COPY)),
            Map.entry("design-tooling", List.of(STATE_COPY, MICROCOPY)),
            Map.entry("onboarding-ux", List.of(STATE_COPY, MICROCOPY)),
            Map.entry("forms-ux", List.of(MICROCOPY, STATE_COPY)),
            Map.entry("navigation-ux", List.of(MICROCOPY)),
            Map.entry("notifications-ux", List.of(NOTIFICATION)),
            Map.entry("e-commerce", List.of(MICROCOPY, SAMPLE, TERMINOLOGY)),
            Map.entry("auth-flows", List.of(STATE_COPY, MICROCOPY)),
            Map.entry("platform-mobile", List.of(MICROCOPY)),
            Map.entry("platform-web", List.of(MICROCOPY)),
            Map.entry("social", List.of(NOTIFICATION)),
            Map.entry("data-display", List.of(MICROCOPY, STATE_COPY)),
            Map.entry("mobile-arch", List.of(MICROCOPY)),
            Map.entry("offline", List.of(STATE_COPY)),
            Map.entry("realtime", List.of(NOTIFICATION)));

    @Test
    void contentAuthorListsAreThePinnedOnes() {
        JsonNode concerns = Yaml.read(EXPERTISE.resolve("composition-map.yaml")).get("concerns");
        Set<String> distinct = new TreeSet<>();
        for (Map.Entry<String, List<String>> pinned : PINNED_CONTENT_AUTHOR.entrySet()) {
            JsonNode concern = concerns.get(pinned.getKey());
            assertTrue(concern != null && concern.has("content-author"), pinned.getKey() + " has no content-author list");
            assertEquals(pinned.getValue(), strings(concern.get("content-author")), pinned.getKey());
            distinct.addAll(pinned.getValue());
        }
        assertEquals(8, distinct.size());
        for (String path : distinct) {
            assertTrue(Files.isRegularFile(EXPERTISE.resolve(path)), path);
        }
        assertTrue(strings(concerns.get("design-tooling").get("designer")).contains("design/tooling/open-pencil.md"));
        assertTrue(concerns.get("design-tooling").has("reviewer"));
        assertTrue(strings(concerns.get("design-tooling").get("verifier")).containsAll(List.of(
                "antipatterns/design/ui-antipatterns.md", "antipatterns/design/ux-antipatterns.md")));
        for (String target : List.of("humanize/vocabulary-blacklist.md", "humanize/domain-rules-code.md",
                "humanize/domain-rules-content.md", "humanize/domain-rules-technical-docs.md",
                "humanize/self-audit-checklist.md")) {
            assertTrue(Files.isRegularFile(EXPERTISE.resolve(target)), target);
        }
    }

    /** The order documented at the top of the map: A to Z inside a role, except content-author and humanize lists. */
    @Test
    void listsFollowTheDocumentedOrder() {
        JsonNode map = Yaml.read(EXPERTISE.resolve("composition-map.yaml"));
        for (String layer : List.of("stacks", "concerns")) {
            List<String> keys = new ArrayList<>();
            map.get(layer).propertyNames().forEach(keys::add);
            assertEquals(keys.stream().sorted().collect(Collectors.toList()), keys, layer + " keys");
        }
        assertSortedOutsideExceptions("always", map.get("always"));
        for (String layer : List.of("stacks", "concerns")) {
            for (Map.Entry<String, JsonNode> group : map.get(layer).properties()) {
                if (!group.getKey().equals("humanize")) {
                    assertSortedOutsideExceptions(layer + "." + group.getKey(), group.getValue());
                }
            }
        }
    }

    private static void assertSortedOutsideExceptions(String where, JsonNode roles) {
        for (Map.Entry<String, JsonNode> role : roles.properties()) {
            if (!role.getKey().equals("content-author")) {
                List<String> paths = strings(role.getValue());
                assertEquals(paths.stream().sorted().collect(Collectors.toList()), paths, where + "." + role.getKey());
            }
        }
    }

    /** Each module line carries its module's title as a comment; a renamed module must update the map. */
    @Test
    void moduleCommentsMatchTheModuleTitles() throws IOException {
        Pattern line = Pattern.compile("^\\s+- (\\S+\\.md)  # (.+)$");
        int labelled = 0;
        for (String text : Files.readAllLines(EXPERTISE.resolve("composition-map.yaml"))) {
            Matcher m = line.matcher(text);
            if (!m.matches()) {
                assertFalse(text.matches("^\\s+- \\S+\\.md\\s*$"), "module line without its title: " + text);
                continue;
            }
            String h1 = Files.readAllLines(EXPERTISE.resolve(m.group(1))).get(0);
            String title = h1.replaceFirst("^# ", "").replaceFirst("\\s+\u2014\\s+.*Expertise Module$", "");
            assertEquals(title, m.group(2), m.group(1));
            labelled++;
        }
        assertTrue(labelled > 400, "labelled module lines: " + labelled);
    }

    @Test
    void humanizeConcernUsesSingleLineListsPerRole() throws IOException {
        String text = Files.readString(EXPERTISE.resolve("composition-map.yaml"));
        assertTrue(text.contains("humanize:"));
        for (String role : List.of("executor", "content-author", "specifier", "planner", "reviewer", "learner")) {
            assertTrue(Pattern.compile("(?m)^\\s*" + Pattern.quote(role) + ":.*humanize/").matcher(text).find(), role);
        }
    }

    /** kit-content.md §2.8.2: the 20 entries, id → path, domain and review phases, in order. */
    static final List<List<String>> INDEX_ENTRIES = List.of(
            List.of("antipatterns", "expertise/antipatterns", "review", "plan_review review learn"),
            List.of("architecture", "expertise/architecture", "system-design", "specify plan review"),
            List.of("backend", "expertise/backend", "implementation", "execute review"),
            List.of("design", "expertise/design", "product-design", "clarify specify review"),
            List.of("frontend", "expertise/frontend", "implementation", "execute review"),
            List.of("i18n", "expertise/i18n", "product-quality", "specify review"),
            List.of("infrastructure", "expertise/infrastructure", "operations", "plan review"),
            List.of("performance", "expertise/performance", "performance", "plan review"),
            List.of("quality-evidence-verification", "expertise/quality/evidence-based-verification.md", "quality",
                    "verify review"),
            List.of("security-compliance", "expertise/security/compliance-frameworks.md", "compliance", "specify review"),
            List.of("quality-ml-audit", "expertise/quality/ml-model-audit.md", "quality", "verify review"),
            List.of("backend-solidity", "expertise/backend/solidity.md", "implementation", "execute review"),
            List.of("security-smart-contracts", "expertise/security/smart-contract-security.md", "security",
                    "verify review"),
            List.of("backend-embedded", "expertise/backend/embedded-firmware.md", "implementation", "execute review"),
            List.of("security-agentic-identity", "expertise/security/agentic-identity.md", "security", "specify review"),
            List.of("design-behavioral-nudges", "expertise/design/psychology/behavioral-nudges.md", "product-design",
                    "clarify specify"),
            List.of("design-microinteractions", "expertise/design/patterns/microinteractions.md", "product-design",
                    "execute review"),
            List.of("frontend-react-native", "expertise/frontend/react-native.md", "implementation", "execute review"),
            List.of("content", "expertise/content", "content-authoring", "author design_review review"),
            List.of("humanize", "expertise/humanize", "writing-quality", "specify plan execute author review learn"));

    @Test
    void indexYamlEntriesResolve() throws IOException {
        JsonNode modules = Yaml.read(EXPERTISE.resolve("index.yaml")).get("modules");
        assertEquals(INDEX_ENTRIES.size(), modules.size());
        Set<String> keys = new TreeSet<>(List.of("id", "path", "domain", "use_cases", "review_applicability",
                "freshness_date"));
        for (int i = 0; i < INDEX_ENTRIES.size(); i++) {
            JsonNode entry = modules.get(i);
            List<String> expected = INDEX_ENTRIES.get(i);
            Set<String> actualKeys = new TreeSet<>();
            entry.propertyNames().forEach(actualKeys::add);
            assertEquals(keys, actualKeys, expected.get(0) + ": keys");
            List<String> phases = strings(entry.get("review_applicability"));
            assertEquals(expected, List.of(entry.get("id").stringValue(), entry.get("path").stringValue(),
                    entry.get("domain").stringValue(), String.join(" ", phases)));
            assertTrue(Files.exists(Path.of(expected.get(1))), expected.get(1));
            assertTrue(entry.get("use_cases").isArray() && entry.get("use_cases").size() > 0, expected.get(0));
            assertTrue(entry.get("freshness_date").asString("").matches("\\d{4}-\\d{2}-\\d{2}"),
                    expected.get(0) + ": freshness_date is a plain date");
        }
        String raw = Files.readString(EXPERTISE.resolve("index.yaml"));
        assertTrue(raw.contains("id: humanize") && raw.contains("domain: writing-quality"));
    }

    @Test
    void everyIndexFileMapEntryExistsAndEveryModuleIsMapped() throws IOException {
        Pattern entry = Pattern.compile("^- `([^`]+)`");
        Set<Path> mapped = new TreeSet<>();
        List<Path> indexes;
        try (Stream<Path> walk = Files.walk(EXPERTISE)) {
            indexes = walk.filter(p -> p.getFileName().toString().equals("index.md")).collect(Collectors.toList());
        }
        assertEquals(47, indexes.size());
        for (Path index : indexes) {
            List<String> lines = Files.readAllLines(index);
            assertTrue(lines.containsAll(List.of("# Directory Purpose", "# Key Concepts", "# File Map", "# Reading Guide")), index.toString());
            for (String line : lines) {
                Matcher m = entry.matcher(line);
                if (m.find()) {
                    Path target = index.getParent().resolve(m.group(1));
                    assertTrue(Files.exists(target), index + " names a missing file: " + m.group(1));
                    mapped.add(target.normalize());
                }
                Matcher read = Pattern.compile("read `([^`]+\\.md)`").matcher(line);
                if (read.find()) {
                    Path target = index.getParent().resolve(read.group(1));
                    assertTrue(Files.exists(target), index + " guides to a missing file: " + read.group(1));
                    mapped.add(target.normalize());
                }
            }
        }
        for (Path module : modules()) {
            assertTrue(mapped.contains(module.normalize()), module + " is not listed in any index.md");
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.stringValue()));
        return out;
    }
}
