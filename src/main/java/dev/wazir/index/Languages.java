package dev.wazir.index;

import java.util.Set;

/** Which files are indexed and in which language (by Node {@code path.extname}, lower-cased). */
public final class Languages {
    private static final Set<String> INDEXABLE = Set.of(".js", ".cjs", ".mjs", ".jsx", ".ts", ".tsx", ".py",
            ".go", ".rs", ".java", ".sql", ".json", ".yaml", ".yml", ".md", ".txt");
    private static final Set<String> IGNORED_DIRECTORIES =
            Set.of(".git", ".worktrees", "node_modules", "dist", "build", "coverage", ".next");
    private static final java.util.Map<String, String> LANGUAGE_BY_EXTENSION = java.util.Map.ofEntries(
            java.util.Map.entry(".js", "javascript"), java.util.Map.entry(".cjs", "javascript"),
            java.util.Map.entry(".mjs", "javascript"), java.util.Map.entry(".jsx", "javascript"),
            java.util.Map.entry(".ts", "typescript"), java.util.Map.entry(".tsx", "typescript"),
            java.util.Map.entry(".py", "python"), java.util.Map.entry(".go", "go"), java.util.Map.entry(".rs", "rust"),
            java.util.Map.entry(".java", "java"), java.util.Map.entry(".sql", "sql"), java.util.Map.entry(".json", "json"),
            java.util.Map.entry(".yaml", "yaml"), java.util.Map.entry(".yml", "yaml"),
            java.util.Map.entry(".md", "markdown"));
    private static final Set<String> BRACE_BLOCKS = Set.of("javascript", "typescript", "go", "rust", "java");

    private Languages() {
    }

    /**
     * Node's {@code path.extname} of a path: from the last dot of the base name, except that a base name
     * whose only dots are leading ones (".json", "..x") has none.
     */
    public static String extname(String path) {
        String base = path.substring(path.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot <= 0) {
            return "";
        }
        for (int i = 0; i < dot; i++) {
            if (base.charAt(i) != '.') {
                return base.substring(dot);
            }
        }
        return "";
    }

    public static boolean isIndexable(String relativePath) {
        return INDEXABLE.contains(jsLowerCase(extname(relativePath)));
    }

    public static boolean isIgnoredDirectory(String name) {
        return IGNORED_DIRECTORIES.contains(name);
    }

    /** The language of a path; anything not listed (including {@code .txt}) is {@code text}. */
    public static String detect(String relativePath) {
        return LANGUAGE_BY_EXTENSION.getOrDefault(jsLowerCase(extname(relativePath)), "text");
    }

    /** Languages whose symbol ends are estimated by counting braces. */
    static boolean usesBraceBlocks(String language) {
        return BRACE_BLOCKS.contains(language);
    }

    static boolean isCode(String language) {
        switch (language) {
            case "javascript":
            case "typescript":
            case "python":
            case "go":
            case "rust":
            case "java":
            case "sql":
                return true;
            default:
                return false;
        }
    }

    // JS toLowerCase(): Unicode, locale-independent (the Kelvin sign in ".\u212Ad" lower-cases to "k").
    private static String jsLowerCase(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
