package dev.wazir.kit;

import dev.wazir.WazirException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Directory listings in wazir 1.0.0's order: names sorted by the bytes of their UTF-8 encoding
 * (what its runtime returns on Linux); failures carry Node's {@code scandir} texts.
 */
public final class Listings {
    /** Byte-wise comparison of the UTF-8 encodings (unsigned). */
    public static final Comparator<String> UTF8_ORDER = Listings::compareUtf8;

    private Listings() {
    }

    public static int compareUtf8(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(x[i] & 0xFF, y[i] & 0xFF);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** The entry names of {@code dir} (not {@code .}/{@code ..}), UTF-8 byte order. */
    public static List<String> names(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(absolute)) {
            for (Path entry : stream) {
                names.add(entry.getFileName().toString());
            }
        } catch (NoSuchFileException e) {
            throw new WazirException("ENOENT: no such file or directory, scandir '" + absolute + "'");
        } catch (NotDirectoryException e) {
            throw new WazirException("ENOTDIR: not a directory, scandir '" + absolute + "'");
        } catch (AccessDeniedException e) {
            throw new WazirException("EACCES: permission denied, scandir '" + absolute + "'");
        } catch (IOException e) {
            throw new WazirException("Could not list " + absolute + ": " + e.getMessage());
        }
        names.sort(UTF8_ORDER);
        return names;
    }

    /**
     * 1.0.0's {@code listYamlFiles}: every entry whose name ends with {@code .yaml} or
     * {@code .yml} (whatever its type), sorted by UTF-16 code units, joined to {@code dir}.
     */
    public static List<Path> yamlFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String name : names(dir)) {
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                names.add(name);
            }
        }
        names.sort(Comparator.naturalOrder());
        for (String name : names) {
            files.add(dir.resolve(name));
        }
        return files;
    }

    /**
     * Every non-directory entry under {@code dir}, depth-first: a subdirectory's entries come at
     * the place the subdirectory has in its parent's listing. Symlinked directories are not
     * entered (a symlink is reported as an entry). A missing {@code dir} gives an empty list.
     */
    public static List<Path> walk(Path dir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        // Explicit stack of pending entries, so deep trees never exhaust the call stack.
        ArrayList<Path> stack = new ArrayList<>();
        stack.add(dir);
        boolean root = true;
        while (!stack.isEmpty()) {
            Path current = stack.remove(stack.size() - 1);
            if (root || Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                root = false;
                List<String> names = names(current);
                for (int i = names.size() - 1; i >= 0; i--) {
                    stack.add(current.resolve(names.get(i)));
                }
            } else {
                out.add(current);
            }
        }
        return out;
    }
}
