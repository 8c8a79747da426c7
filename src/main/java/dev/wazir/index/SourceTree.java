package dev.wazir.index;

import dev.wazir.WazirException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The files 1.0.0 indexes: a walk from the project root that never follows symbolic links, skips
 * {@code .git .worktrees node_modules dist build coverage .next} folders at any depth and the state root,
 * keeps regular files with an indexable extension, and sorts the relative paths by UTF-16 code units.
 * Sockets, FIFOs and devices are skipped without being opened. The walk uses an explicit stack, so deep
 * trees cannot overflow the call stack.
 */
public final class SourceTree {
    private static final int S_IFMT = 0170000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFREG = 0100000;
    private static final String UNIX_ATTRIBUTES = "unix:mode,size,lastModifiedTime,ctime,ino";

    private SourceTree() {
    }

    public static List<SourceFile> walk(Path projectRoot, Path stateRoot) {
        String state = stateRoot.toAbsolutePath().normalize().toString();
        String statePrefix = state.endsWith("/") ? state : state + "/";
        List<SourceFile> files = new ArrayList<>();
        Deque<Object[]> pending = new ArrayDeque<>();
        pending.push(new Object[] {projectRoot, ""});
        boolean unixView = true;
        while (!pending.isEmpty()) {
            Object[] next = pending.pop();
            Path dir = (Path) next[0];
            String relativeDir = (String) next[1];
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    String relative = relativeDir.isEmpty() ? name : relativeDir + "/" + name;
                    Stat stat;
                    try {
                        stat = unixView ? unixStat(entry) : basicStat(entry);
                    } catch (UnsupportedOperationException | IllegalArgumentException e) {
                        unixView = false;
                        stat = basicStat(entry);
                    } catch (NoSuchFileException e) {
                        continue;
                    }
                    if (stat.directory) {
                        if (Languages.isIgnoredDirectory(name)) {
                            continue;
                        }
                        String absolute = entry.toString();
                        if (absolute.equals(state) || absolute.startsWith(statePrefix)) {
                            continue;
                        }
                        pending.push(new Object[] {entry, relative});
                    } else if (stat.regular && Languages.isIndexable(relative)) {
                        files.add(new SourceFile(relative, stat.size, stat.mtime, stat.ctime, stat.inode));
                    }
                }
            } catch (NoSuchFileException e) {
                continue;
            } catch (AccessDeniedException e) {
                throw new WazirException("EACCES: permission denied, scandir '" + dir + "'");
            } catch (IOException e) {
                throw new WazirException("Cannot list folder '" + dir + "': " + e.getMessage());
            }
        }
        files.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
        return files;
    }

    private record Stat(boolean directory, boolean regular, long size, long mtime, long ctime, long inode) {
    }

    /** What {@code lstat} says about one file now, for comparing with the stat cache; null when unknown. */
    static SourceFile stat(Path file, String relativePath) {
        try {
            Stat stat = unixStat(file);
            return stat.regular ? new SourceFile(relativePath, stat.size, stat.mtime, stat.ctime, stat.inode) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Stat unixStat(Path entry) throws IOException {
        Map<String, Object> a = Files.readAttributes(entry, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        int type = ((Integer) a.get("mode")) & S_IFMT;
        return new Stat(type == S_IFDIR, type == S_IFREG, (Long) a.get("size"),
                nanos((FileTime) a.get("lastModifiedTime")), nanos((FileTime) a.get("ctime")),
                ((Number) a.get("ino")).longValue());
    }

    private static Stat basicStat(Path entry) throws IOException {
        BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        // Without ctime and inode the cache has less to compare; -1 makes every entry look changed.
        return new Stat(a.isDirectory(), a.isRegularFile(), a.size(), nanos(a.lastModifiedTime()), -1, -1);
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
