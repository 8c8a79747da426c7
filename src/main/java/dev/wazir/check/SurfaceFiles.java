package dev.wazir.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The files the brand and runtime scans read, in 1.0.0's order. */
final class SurfaceFiles {
    private static final Set<String> SKIPPED_DOC_DIRS = Set.of("plans");
    /** The one doc allowed to name the terms the product is not. */
    private static final Set<String> SKIPPED_DOC_FILES = Set.of("terminology-policy.md");
    private static final List<String> ROOT_DOCS = List.of("README.md", "CLAUDE.md", "AGENTS.md", "CHANGELOG.md");
    private static final List<String> CONTENT_DIRS = List.of("expertise", "examples", "roles", "workflows", "skills");

    private SurfaceFiles() {
    }

    static List<KitTree.Entry> brand(KitTree tree) {
        List<KitTree.Entry> files = common(tree);
        files.addAll(tree.allFiles("templates/artifacts"));
        files.add(tree.entry("templates/README.md"));
        files.addAll(tree.allFiles("exports/hosts"));
        return regularOnly(files);
    }

    /** Like {@link #brand} with templates/README.md first, plus the CLI sources (1.0.0's tooling/src/, this port's src/main/java/). */
    static List<KitTree.Entry> runtime(KitTree tree, Set<String> exempt) {
        List<KitTree.Entry> files = common(tree);
        files.add(tree.entry("templates/README.md"));
        files.addAll(tree.allFiles("templates/artifacts"));
        files.addAll(tree.allFiles("tooling/src"));
        files.addAll(tree.allFiles("src/main/java"));
        files.addAll(tree.allFiles("exports/hosts"));
        files.removeIf(f -> exempt.contains(f.relative()));
        return regularOnly(files);
    }

    private static List<KitTree.Entry> common(KitTree tree) {
        List<KitTree.Entry> files = new ArrayList<>();
        for (String name : ROOT_DOCS) {
            files.add(tree.entry(name));
        }
        files.addAll(tree.filesNamed("docs", ".md", SKIPPED_DOC_DIRS, SKIPPED_DOC_FILES, false));
        for (String dir : CONTENT_DIRS) {
            files.addAll(tree.allFiles(dir));
        }
        files.add(tree.entry("hooks/README.md"));
        files.add(tree.entry("hooks/session-start"));
        return files;
    }

    /** Keeps what exists and, following links, is a regular file (never a FIFO, device or folder). */
    private static List<KitTree.Entry> regularOnly(List<KitTree.Entry> files) {
        files.removeIf(f -> !KitTree.isRegularFile(f.path()));
        return files;
    }
}
