package dev.wazir.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * Keeps one unpacked copy of sqlite-jdbc's native library in the user's cache folder and points the driver
 * at it ({@code org.sqlite.lib.path} / {@code org.sqlite.lib.name}).
 *
 * <p>Left alone, sqlite-jdbc inflates its ~1 MB library from the jar into {@code java.io.tmpdir} under a new
 * random name on every start and reads it back to compare: about 40 ms of each index or recall command. The
 * cached copy is named after the library entry's CRC-32 and size in the jar, so a different driver build never
 * picks up a stale copy; it is written to a temporary file, checked against that CRC, and renamed into place,
 * so a reader never sees a partial file. The folder is created owner-only, and a copy that others could
 * replace (group- or world-writable file or folder) is not used.
 *
 * <p>Every failure (no home folder, read-only cache, a driver not loaded from a jar, an explicit
 * {@code org.sqlite.lib.path}) leaves the properties unset: the driver then does what it always did. If the
 * cached library cannot be loaded, the driver itself falls back to unpacking into the temp folder.
 */
final class NativeLibraryCache {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private NativeLibraryCache() {
    }

    /** Sets the driver's library properties to the cached copy when that is possible; never throws. */
    static void install() {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return;
        }
        try {
            Path base = cacheBase(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
            if (base == null) {
                return;
            }
            String folder = org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath();
            String name = org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
            Path library = ensure(base, folder, name);
            if (library != null) {
                System.setProperty(PATH_PROPERTY, library.getParent().toString());
                System.setProperty(NAME_PROPERTY, library.getFileName().toString());
            }
        } catch (RuntimeException | IOException | LinkageError e) {
            // The driver's own loading still works; the cache only saves time.
        }
    }

    /** The per-user cache folder for wazir: XDG on Linux and other Unixes, the platform's folder elsewhere. */
    static Path cacheBase(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path root;
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            if (local == null || local.isEmpty()) {
                return null;
            }
            root = Path.of(local);
        } else if (os.startsWith("mac")) {
            if (home == null || home.isEmpty()) {
                return null;
            }
            root = Path.of(home, "Library", "Caches");
        } else {
            String xdg = env.get("XDG_CACHE_HOME");
            if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
                root = Path.of(xdg);
            } else if (home != null && !home.isEmpty()) {
                root = Path.of(home, ".cache");
            } else {
                return null;
            }
        }
        return root.isAbsolute() ? root.resolve("wazir") : null;
    }

    /**
     * The cached copy of the library resource {@code <folder>/<name>}, unpacked now if missing; {@code null} when
     * the resource is not in a jar or the cache cannot be used.
     */
    static Path ensure(Path base, String folder, String name) throws IOException {
        URL url = NativeLibraryCache.class.getResource(folder + "/" + name);
        if (url == null || !"jar".equals(url.getProtocol())) {
            return null;
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection)) {
            return null;
        }
        JarEntry entry = ((JarURLConnection) connection).getJarEntry();
        long crc = entry.getCrc();
        long size = entry.getSize();
        if (crc < 0 || size < 0) {
            return null;
        }
        String tag = String.format(Locale.ROOT, "%08x-%d", crc, size);
        Path dir = base.resolve("sqlite-native").resolve(folder.replaceAll("^/+", "").replace('/', '-') + "-" + tag);
        Path library = dir.resolve(name);
        BasicFileAttributes attributes = attributes(library);
        if (attributes != null && !attributes.isRegularFile()) {
            return null;
        }
        if (attributes != null) {
            // The JVM will map this file into the process: only a copy that nobody else could have put
            // there or swapped since, and whose bytes are exactly the jar entry's, is used as it is.
            if (!ownedChain(base.getParent(), library)) {
                return null;
            }
            if (attributes.size() == size && crcOf(library) == crc) {
                return library;
            }
        }
        createPrivateFolders(dir);
        if (!ownedChain(base.getParent(), dir)) {
            return null;
        }
        removeAbandonedTemporaries(dir, name);
        Path temp = Files.createTempFile(dir, name, ".tmp");
        try {
            CRC32 check = new CRC32();
            byte[] buffer = new byte[65536];
            try (InputStream in = connection.getInputStream(); OutputStream out = Files.newOutputStream(temp)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    check.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (check.getValue() != crc || Files.size(temp) != size) {
                return null;
            }
            try {
                Files.move(temp, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                return null;
            }
            return library;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** CRC-32 of a file's bytes (about a millisecond for the 1 MB library). */
    private static long crcOf(Path file) throws IOException {
        CRC32 check = new CRC32();
        byte[] buffer = new byte[65536];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                check.update(buffer, 0, n);
            }
        }
        return check.getValue();
    }

    /**
     * True when {@code path} and every folder above it up to {@code top} (the cache root, say
     * {@code ~/.cache}) is a real file or folder, owned by the user running this process and not writable
     * by others (nor by the group, below the root): then no other account can have placed or replaced the
     * library. A path outside {@code top} is refused.
     */
    static boolean ownedChain(Path top, Path path) {
        if (top == null || !path.startsWith(top)) {
            return false;
        }
        String user = System.getProperty("user.name", "");
        for (Path p = path; p != null && p.startsWith(top); p = p.getParent()) {
            BasicFileAttributes a = attributes(p);
            // The cache root itself may be group-writable (umask 002 with a per-user group is common);
            // everything wazir keeps below it must not be.
            boolean shared = p.equals(top) ? othersWritable(p) : !notWritableByOthers(p);
            if (a == null || a.isSymbolicLink() || !ownedBy(p, user) || shared) {
                return false;
            }
        }
        return true;
    }

    private static boolean ownedBy(Path path, String user) {
        try {
            String owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName();
            // Windows names the owner as domain, backslash, user name.
            return !user.isEmpty() && (owner.equals(user) || owner.endsWith("\\" + user));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Deletes partial copies an interrupted command left behind (older than a minute, so not a live writer's). */
    private static void removeAbandonedTemporaries(Path dir, String name) {
        long before = System.currentTimeMillis() - 60_000;
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(dir, name + "*.tmp")) {
            for (Path entry : entries) {
                BasicFileAttributes a = attributes(entry);
                if (a != null && a.isRegularFile() && a.lastModifiedTime().toMillis() < before) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** Creates the missing folders of {@code dir}, owner-only where the file system has POSIX permissions. */
    private static void createPrivateFolders(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null) {
            createPrivateFolders(parent);
        }
        try {
            if (posix(dir)) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(dir);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // created by a concurrent command
        }
    }

    private static boolean posix(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && supportsPosix(existing);
    }

    private static boolean supportsPosix(Path path) {
        try {
            return Files.getFileStore(path).supportsFileAttributeView("posix");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean othersWritable(Path path) {
        try {
            return Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** True unless the path is writable by its group or by others (where the file system tells). */
    private static boolean notWritableByOthers(Path path) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            return !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
