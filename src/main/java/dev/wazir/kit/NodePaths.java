package dev.wazir.kit;

import java.util.ArrayList;
import java.util.List;

/**
 * Node's POSIX {@code path.resolve}, {@code path.join} and {@code path.relative}: purely lexical,
 * {@code /}-separated, {@code ..} above the root stays at the root, no trailing slash.
 */
public final class NodePaths {
    private NodePaths() {
    }

    /** {@code path.resolve(base, ...more)} with an absolute {@code base}. */
    public static String resolve(String base, String... more) {
        String joined = base;
        for (String part : more) {
            if (part.isEmpty()) {
                continue;
            }
            joined = part.startsWith("/") ? part : joined + "/" + part;
        }
        return "/" + String.join("/", normalizeSegments(joined));
    }

    /** {@code path.join(absoluteBase, ...parts)}: later parts never restart at the root. */
    public static String join(String absoluteBase, String... parts) {
        StringBuilder joined = new StringBuilder(absoluteBase);
        for (String part : parts) {
            joined.append('/').append(part);
        }
        return "/" + String.join("/", normalizeSegments(joined.toString()));
    }

    private static List<String> normalizeSegments(String path) {
        List<String> out = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                continue;
            }
            out.add(segment);
        }
        return out;
    }

    /** {@code path.relative(from, to)} for absolute, normalised paths. */
    public static String relative(String from, String to) {
        List<String> a = normalizeSegments(from);
        List<String> b = normalizeSegments(to);
        int common = 0;
        while (common < a.size() && common < b.size() && a.get(common).equals(b.get(common))) {
            common++;
        }
        List<String> parts = new ArrayList<>();
        for (int i = common; i < a.size(); i++) {
            parts.add("..");
        }
        parts.addAll(b.subList(common, b.size()));
        return String.join("/", parts);
    }

    /** Whether {@code relative} (from {@link #relative}) leaves the folder it is relative to. */
    public static boolean escapes(String relative) {
        return relative.equals("..") || relative.startsWith("../") || relative.startsWith("/");
    }
}
