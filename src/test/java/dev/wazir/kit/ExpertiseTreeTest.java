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

    @Test
    void contentAuthorListsAreThePinnedOnes() {
        JsonNode concerns = Yaml.read(EXPERTISE.resolve("composition-map.yaml")).get("concerns");
        assertEquals(List.of("content/foundations/content-modeling.md", "content/foundations/editorial-standards.md"),
                strings(concerns.get("rtl").get("content-author")));
        assertEquals(List.of("content/foundations/microcopy.md", "content/patterns/sample-content.md",
                "content/foundations/terminology-governance.md"), strings(concerns.get("e-commerce").get("content-author")));
        assertEquals(List.of("content/patterns/state-copy.md", "content/foundations/microcopy.md"),
                strings(concerns.get("design-tooling").get("content-author")));
        assertTrue(strings(concerns.get("design-tooling").get("designer")).contains("design/tooling/open-pencil.md"));
        assertTrue(strings(concerns.get("design-tooling").get("verifier")).containsAll(List.of(
                "antipatterns/design/ui-antipatterns.md", "antipatterns/design/ux-antipatterns.md")));
    }

    @Test
    void humanizeConcernUsesSingleLineListsPerRole() throws IOException {
        String text = Files.readString(EXPERTISE.resolve("composition-map.yaml"));
        assertTrue(text.contains("humanize:"));
        for (String role : List.of("executor", "content-author", "specifier", "planner", "reviewer", "learner")) {
            assertTrue(Pattern.compile("(?m)^\\s*" + Pattern.quote(role) + ":.*humanize/").matcher(text).find(), role);
        }
    }

    @Test
    void indexYamlEntriesResolve() throws IOException {
        JsonNode modules = Yaml.read(EXPERTISE.resolve("index.yaml")).get("modules");
        assertEquals(20, modules.size());
        for (JsonNode entry : modules) {
            for (String key : List.of("id", "path", "domain", "use_cases", "review_applicability", "freshness_date")) {
                assertTrue(entry.has(key), entry + " lacks " + key);
            }
            assertTrue(Files.exists(Path.of(entry.get("path").stringValue())), entry.get("path").stringValue());
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
