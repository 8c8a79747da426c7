package dev.wazir.check;

import dev.wazir.WazirException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Walks the kit tree the way 1.0.0 does: names in UTF-8 byte order (code-point order),
 * depth first, never following directory symlinks. Each file is kept with its
 * '/'-separated path relative to the project root.
 */
final class KitTree {
    /** Code-point order, which is the byte order of the names' UTF-8 encodings. */
    static final Comparator<String> UTF8_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    /** A file found in the tree: its absolute path and its path relative to the root. */
    record Entry(Path path, String relative) {
    }

    private final Path root;

    KitTree(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Entry entry(String relative) {
        return new Entry(root.resolve(relative), relative);
    }

    /** Every non-directory entry below {@code relativeDir}; nothing when the folder does not exist. */
    List<Entry> allFiles(String relativeDir) {
        List<Entry> out = new ArrayList<>();
        Path dir = root.resolve(relativeDir);
        if (Files.exists(dir)) {
            walk(dir, relativeDir, Set.of(), null, Set.of(), out);
        }
        return out;
    }

    /**
     * Files below {@code relativeDir} whose names end with {@code suffix}, skipping folders named in
     * {@code skippedDirs} and files named in {@code skippedFiles} at any depth.
     */
    List<Entry> filesNamed(String relativeDir, String suffix, Set<String> skippedDirs, Set<String> skippedFiles,
                           boolean mustExist) {
        List<Entry> out = new ArrayList<>();
        Path dir = root.resolve(relativeDir);
        if (mustExist || Files.exists(dir)) {
            walk(dir, relativeDir, skippedDirs, suffix, skippedFiles, out);
        }
        return out;
    }

    private static void walk(Path dir, String relative, Set<String> skippedDirs, String suffix,
                             Set<String> skippedFiles, List<Entry> out) {
        for (String name : sortedNames(dir)) {
            Path child = dir.resolve(name);
            String childRelative = relative + "/" + name;
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                if (!skippedDirs.contains(name)) {
                    walk(child, childRelative, skippedDirs, suffix, skippedFiles, out);
                }
                continue;
            }
            if (suffix != null && !name.endsWith(suffix) || skippedFiles.contains(name)) {
                continue;
            }
            out.add(new Entry(child, childRelative));
        }
    }

    /** The names in a folder, sorted; listing errors carry Node's texts. */
    static List<String> sortedNames(Path dir) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                names.add(p.getFileName().toString());
            }
        } catch (NoSuchFileException e) {
            throw new WazirException("ENOENT: no such file or directory, scandir '" + dir + "'");
        } catch (NotDirectoryException e) {
            throw new WazirException("ENOTDIR: not a directory, scandir '" + dir + "'");
        } catch (AccessDeniedException e) {
            throw new WazirException("EACCES: permission denied, scandir '" + dir + "'");
        } catch (IOException e) {
            throw new WazirException("Could not list " + dir + ": " + e.getMessage());
        }
        names.sort(UTF8_ORDER);
        return names;
    }

    /** Whether the entry, following links, is a regular file (FIFOs, devices and folders are not). */
    static boolean isRegularFile(Path path) {
        return Files.isRegularFile(path);
    }

    /** Whether anything exists at {@code path} following links; a path the OS cannot name does not exist. */
    static boolean exists(Path base, String target) {
        try {
            return Files.exists(base.resolve(target).normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
