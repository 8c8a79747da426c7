package dev.wazir.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Read-only access to the kit tree of this repository, for the content tests. */
final class KitContent {
    private KitContent() {
    }

    /** The repository root: Maven runs tests from the module folder, which holds pom.xml. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("skills"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root with pom.xml and skills/ above " + here);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> filesUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The YAML front matter of a Markdown file as ordered top-level "key: value" pairs, or null
     * when the file does not open with a front matter block at byte 0. Values are the raw text
     * after the colon (the content tests only need flat keys).
     */
    static Map<String, String> frontMatter(String text) {
        if (!text.startsWith("---\n")) {
            return null;
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            return null;
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : text.substring(4, end + 1).split("\n")) {
            if (line.isEmpty() || line.startsWith(" ") || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                keys.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return keys;
    }

    /** The body after the front matter block (or the whole text when there is none). */
    static String body(String text) {
        if (!text.startsWith("---\n")) {
            return text;
        }
        int end = text.indexOf("\n---\n", 3);
        return end < 0 ? text : text.substring(end + 5);
    }

    /** Lines that are exactly an ATX heading of the given level, e.g. "## Steps". */
    static List<String> headings(String text, int level) {
        String marker = "#".repeat(level) + " ";
        List<String> out = new ArrayList<>();
        boolean inFence = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("```")) {
                inFence = !inFence;
            } else if (!inFence && line.startsWith(marker)) {
                out.add(line.substring(marker.length()));
            }
        }
        return out;
    }

    private static final Pattern LINK = Pattern.compile("\\[[^\\]\\n]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

    /** Targets of inline Markdown links outside fenced code blocks and code spans. */
    static List<String> linkTargets(String text) {
        List<String> out = new ArrayList<>();
        boolean inFence = false;
        for (String line : text.split("\n", -1)) {
            if (line.stripLeading().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher m = LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** True for targets that point into this repository (not a URL, not a pure anchor). */
    static boolean isLocal(String target) {
        return !(target.startsWith("#") || target.contains("://") || target.startsWith("mailto:"));
    }
}
