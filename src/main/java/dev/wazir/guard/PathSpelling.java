package dev.wazir.guard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Turns any spelling of a path into one canonical form so that a guard decision cannot be
 * dodged by writing the same file differently: `a/../x`, `./x`, doubled or trailing slashes,
 * absolute paths, and symlinks (resolved through the longest existing prefix, because the
 * file being written usually does not exist yet).
 */
final class PathSpelling {
    private PathSpelling() {
    }

    /** Links followed before a path is taken as it is written (the kernel's own limit is 40). */
    private static final int MAX_LINKS = 40;

    /** The real location of {@code path}: symlinks in its existing part resolved, the rest appended. */
    static Path real(Path path) {
        return real(path, 0);
    }

    private static Path real(Path path, int links) {
        Path absolute = path.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        Path resolved;
        try {
            resolved = existing.toRealPath();
        } catch (IOException e) {
            // A dangling link: writing through it creates its target, so the target is what is written.
            Path target = linkTarget(existing);
            if (target == null || links >= MAX_LINKS) {
                resolved = existing;
            } else {
                Path parent = existing.getParent();
                Path next = parent == null ? target : real(parent, links + 1).resolve(target);
                while (!missing.isEmpty()) {
                    next = next.resolve(missing.pop());
                }
                return real(next, links + 1);
            }
        }
        while (!missing.isEmpty()) {
            resolved = resolved.resolve(missing.pop());
        }
        return resolved.normalize();
    }

    private static Path linkTarget(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return null;
        }
        try {
            return Files.readSymbolicLink(path);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Node's path.relative as a '/'-separated string ("" when equal). */
    static String relative(Path from, Path to) {
        if (from.equals(to)) {
            return "";
        }
        if (from.getRoot() != null && to.getRoot() != null && !from.getRoot().equals(to.getRoot())) {
            return to.toString();
        }
        return from.relativize(to).toString().replace('\\', '/');
    }

    /** A protected-path entry in canonical form: no `./`, no doubled or trailing slashes. */
    static String entry(String raw) {
        String s = raw.replace('\\', '/');
        StringBuilder out = new StringBuilder();
        for (String part : s.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(part);
        }
        return out.toString();
    }

    /** True when the file system holding {@code dir} ignores letter case in names. */
    static boolean caseInsensitive(Path dir) {
        Path probe = dir.resolve("wazir.manifest.yaml");
        if (!Files.exists(probe)) {
            return false;
        }
        Path swapped = dir.resolve("WAZIR.MANIFEST.YAML");
        try {
            return Files.exists(swapped) && Files.isSameFile(probe, swapped);
        } catch (IOException e) {
            return false;
        }
    }

    static String fold(String s, boolean insensitive) {
        return insensitive ? s.toLowerCase(Locale.ROOT) : s;
    }
}
