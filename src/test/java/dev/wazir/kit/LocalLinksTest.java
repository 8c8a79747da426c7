package dev.wazir.kit;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hygiene rules for the hand-written content under skills/, templates/ and the contributor
 * files: local links resolve, no file is empty, and no banned product term slips in.
 */
class LocalLinksTest {
    private static final Path ROOT = KitContent.root();

    private static List<Path> contentFiles() {
        List<Path> files = new ArrayList<>();
        files.addAll(KitContent.filesUnder(ROOT.resolve("skills")));
        files.addAll(KitContent.filesUnder(ROOT.resolve("templates")));
        for (String name : List.of("AGENTS.md", "CONTRIBUTING.md", "llms.txt")) {
            files.add(ROOT.resolve(name));
        }
        return files;
    }

    @Test
    void everyLocalLinkResolvesToAFileInTheRepository() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : contentFiles()) {
            String name = file.getFileName().toString();
            if (!(name.endsWith(".md") || name.endsWith(".txt"))) {
                continue;
            }
            for (String target : KitContent.linkTargets(KitContent.read(file))) {
                if (!KitContent.isLocal(target)) {
                    continue;
                }
                String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path resolved = file.getParent().resolve(path).normalize();
                checked++;
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(ROOT.relativize(file) + " -> " + target);
                }
            }
        }
        assertEquals(List.of(), broken, "broken local links");
        assertTrue(checked > 50, "the link scan found only " + checked + " local links; is the parser broken?");
    }

    /**
     * A kit path written in backticks (`expertise/...`, `templates/...`, `roles/...`) names a file
     * an agent will try to open, so it must exist. Placeholders (`<run-id>`, globs) are skipped, and
     * `docs/plans/` is the target project's folder for design documents, not one of the kit's.
     */
    @Test
    void everyBacktickedKitPathExists() {
        Pattern path = Pattern.compile("`((?:expertise|templates|schemas|skills|roles|workflows|hooks|docs)/[^`\\s]*)`");
        List<Path> files = new ArrayList<>(contentFiles());
        files.addAll(KitContent.filesUnder(ROOT.resolve("roles")));
        files.addAll(KitContent.filesUnder(ROOT.resolve("workflows")));
        files.add(ROOT.resolve("README.md"));
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path file : files) {
            var m = path.matcher(KitContent.read(file));
            while (m.find()) {
                String named = m.group(1);
                if (named.matches(".*[<>*{}].*") || named.startsWith("docs/plans/")) {
                    continue;
                }
                checked++;
                if (!Files.exists(ROOT.resolve(named))) {
                    missing.add(ROOT.relativize(file) + " -> " + named);
                }
            }
        }
        assertEquals(List.of(), missing, "backticked kit paths that do not exist");
        assertTrue(checked > 50, "the path scan found only " + checked + " paths");
    }

    @Test
    void linkParserSeesInlineLinksButNotCode() {
        String text = "See [a](x.md) and `[b](y.md)`.\n```\n[c](z.md)\n```\n[d](https://e.org) [f](g/h.md#top)\n";
        assertEquals(List.of("x.md", "https://e.org", "g/h.md#top"), KitContent.linkTargets(text));
    }

    @Test
    void noContentFileIsEmpty() {
        for (Path file : contentFiles()) {
            assertTrue(!KitContent.read(file).isBlank(), ROOT.relativize(file) + " is empty");
        }
    }

    /** Manifest prohibited terms (any case, word-bounded) and the brand-truth terms (case-sensitive). */
    @Test
    void noBannedTermAppearsInSkillsTemplatesOrContributorFiles() {
        List<Pattern> banned = new ArrayList<>();
        for (String term : List.of("Agent OS", "daemon", "HTTP control plane", "web UI", "OpenAI Symphony", "Elixir")) {
            banned.add(Pattern.compile("\\b" + Pattern.quote(term) + "\\b", Pattern.CASE_INSENSITIVE));
        }
        for (String term : List.of("agent-os", "Symphony", "Wazir OS")) {
            banned.add(Pattern.compile("\\b" + Pattern.quote(term) + "\\b"));
        }
        List<String> hits = new ArrayList<>();
        for (Path file : contentFiles()) {
            String text = KitContent.read(file);
            for (Pattern p : banned) {
                if (p.matcher(text).find()) {
                    hits.add(ROOT.relativize(file) + ": " + p.pattern().toLowerCase(Locale.ROOT));
                }
            }
            for (String legacy : List.of("tasks/input/", "tasks/clarified/", "/run-clarifier", "/run-orchestrator",
                    "/run-opus-reviewer", ".agent-os/", "daemon/WORKFLOW.md")) {
                if (text.contains(legacy)) {
                    hits.add(ROOT.relativize(file) + ": " + legacy);
                }
            }
        }
        assertEquals(List.of(), hits);
    }
}
