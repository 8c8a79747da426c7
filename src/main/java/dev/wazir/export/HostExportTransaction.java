package dev.wazir.export;

import dev.wazir.WazirException;
import dev.wazir.text.Json;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Replaces host folders under {@code exports/hosts} all together or not at all: every host is first
 * written into a marked staging folder; only when all are staged is each live folder moved to a
 * marked backup and its staging folder moved in; any failure moves the backups back. Only folders
 * carrying the scratch marker are ever deleted by the cleanup of a later build.
 */
public final class HostExportTransaction {
    public static final String SCRATCH_MARKER = ".wazir-export-scratch.json";

    /** The file-system steps a build takes; tests make any one of them fail. */
    public enum Step {
        CLEAN_SCRATCH, CREATE_STAGING, WRITE_STAGED_MARKER, WRITE_FILE, WRITE_METADATA,
        MOVE_TO_BACKUP, WRITE_BACKUP_MARKER, REMOVE_STAGED_MARKER, SWAP_IN, RESTORE_BACKUP,
        DELETE_ROLLED_BACK, DELETE_BACKUP
    }

    /** Called before each step with the host and the path the step works on; throwing makes the step fail. */
    @FunctionalInterface
    public interface Faults {
        Faults NONE = (step, host, path) -> { };

        void before(Step step, String host, Path path) throws IOException;
    }

    /** A host ready to be written: its generated files and its two metadata texts. */
    public record PreparedHost(String host, Map<String, String> files, String hostPackage, String exportManifest) {
    }

    private record Staged(PreparedHost prepared, Path staging, Path target) {
    }

    private record Committed(Staged staged, boolean hadTarget, Path backup) {
    }

    private final Path hostsDir;
    private final Faults faults;
    private final long pid;
    private final LongSupplier clock;

    public HostExportTransaction(Path hostsDir, Faults faults) {
        this(hostsDir, faults, ProcessHandle.current().pid(), System::currentTimeMillis);
    }

    HostExportTransaction(Path hostsDir, Faults faults, long pid, LongSupplier clock) {
        this.hostsDir = hostsDir;
        this.faults = faults;
        this.pid = pid;
        this.clock = clock;
    }

    /** Writes every host; returns the warnings of the final backup cleanup. */
    public List<String> run(List<PreparedHost> hosts) {
        for (PreparedHost host : hosts) {
            requireFolderOrAbsent(hostsDir.resolve(host.host()));
        }
        List<String> warnings = new ArrayList<>();
        List<Staged> staged = new ArrayList<>();
        try {
            for (PreparedHost host : hosts) {
                cleanScratch(host.host(), warnings);
                staged.add(stage(host));
            }
        } catch (WazirException e) {
            for (Staged s : staged) {
                deleteQuietly(s.staging());
            }
            throw e;
        }
        List<Committed> committed = new ArrayList<>();
        try {
            for (Staged s : staged) {
                committed.add(commit(s));
            }
        } catch (WazirException e) {
            for (Staged s : staged.subList(committed.size(), staged.size())) {
                deleteQuietly(s.staging());
            }
            List<String> rollbackErrors = rollBack(committed);
            if (!rollbackErrors.isEmpty()) {
                throw new WazirException("Host export build failed: " + e.getMessage()
                        + ". Cross-host rollback also failed: " + String.join("; ", rollbackErrors));
            }
            throw e;
        }
        for (Committed c : committed) {
            if (!c.hadTarget() || !Files.exists(c.backup(), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                faults.before(Step.DELETE_BACKUP, c.staged().prepared().host(), c.backup());
                deleteScratch(c.backup());
            } catch (IOException e) {
                warnings.add(c.staged().prepared().host() + ": " + FileErrors.message(e, "rm"));
            }
        }
        return warnings;
    }

    /**
     * A host's live entry is replaced as a whole and its backup gets a marker written into it, so it
     * must be a real folder: through a link the marker would land in the folder the link points at
     * (outside exports/hosts), and a file cannot hold one. Refused before anything is written.
     */
    private static void requireFolderOrAbsent(Path target) {
        if (Files.isSymbolicLink(target)) {
            throw new WazirException("Cannot replace " + target
                    + ": it is a symbolic link, not a folder; remove the link and run the build again");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new WazirException("Cannot replace " + target
                    + ": it is not a folder; move it away and run the build again");
        }
    }

    private Staged stage(PreparedHost host) {
        String name = host.host();
        Path target = hostsDir.resolve(name);
        Path staging = hostsDir.resolve("." + name + ".staged-" + pid + "-" + clock.getAsLong());
        try {
            faults.before(Step.CREATE_STAGING, name, staging);
            deleteRecursively(staging);
            Files.createDirectories(staging);
            writeMarker(Step.WRITE_STAGED_MARKER, name, staging, "staged");
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new WazirException(FileErrors.message(e, "mkdir"));
        }
        try {
            for (Map.Entry<String, String> file : host.files().entrySet()) {
                write(Step.WRITE_FILE, name, staging.resolve(file.getKey()), file.getValue());
            }
            write(Step.WRITE_METADATA, name, staging.resolve("host-package.json"), host.hostPackage());
            write(Step.WRITE_METADATA, name, staging.resolve("export.manifest.json"), host.exportManifest());
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new WazirException(FileErrors.message(e, "open"));
        }
        return new Staged(host, staging, target);
    }

    private Committed commit(Staged s) {
        String name = s.prepared().host();
        Path target = s.target();
        Path backup = hostsDir.resolve("." + name + ".backup-" + pid + "-" + clock.getAsLong());
        boolean hadTarget = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        boolean backedUp = false;
        try {
            if (hadTarget) {
                move(Step.MOVE_TO_BACKUP, name, target, backup);
                try {
                    writeMarker(Step.WRITE_BACKUP_MARKER, name, backup, "backup");
                } catch (IOException markError) {
                    String message = "Failed to mark backup directory for " + target + ": "
                            + FileErrors.message(markError, "open");
                    try {
                        move(Step.RESTORE_BACKUP, name, backup, target);
                    } catch (IOException rollbackError) {
                        throw new WazirException(message + ". Rollback also failed: "
                                + FileErrors.message(rollbackError, "rename"));
                    }
                    throw new WazirException(message);
                }
                backedUp = true;
            }
            faults.before(Step.REMOVE_STAGED_MARKER, name, s.staging().resolve(SCRATCH_MARKER));
            Files.deleteIfExists(s.staging().resolve(SCRATCH_MARKER));
            move(Step.SWAP_IN, name, s.staging(), target);
            return new Committed(s, hadTarget, backup);
        } catch (IOException | WazirException e) {
            String message = e instanceof IOException io ? FileErrors.message(io, "rename") : e.getMessage();
            deleteQuietly(s.staging());
            if (backedUp && Files.exists(backup, LinkOption.NOFOLLOW_LINKS)
                    && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    restore(name, target, backup);
                } catch (IOException restoreError) {
                    throw new WazirException("Failed to replace " + target + ": " + message
                            + ". Rollback also failed: " + FileErrors.message(restoreError, "rename"));
                }
            }
            throw new WazirException(message);
        }
    }

    private List<String> rollBack(List<Committed> committed) {
        List<String> errors = new ArrayList<>();
        for (int i = committed.size() - 1; i >= 0; i--) {
            Committed c = committed.get(i);
            String name = c.staged().prepared().host();
            try {
                if (!c.hadTarget()) {
                    faults.before(Step.DELETE_ROLLED_BACK, name, c.staged().target());
                    deleteRecursively(c.staged().target());
                } else {
                    restore(name, c.staged().target(), c.backup());
                }
            } catch (IOException e) {
                errors.add(name + ": " + FileErrors.message(e, "rename"));
            }
        }
        return errors;
    }

    private void restore(String host, Path target, Path backup) throws IOException {
        faults.before(Step.RESTORE_BACKUP, host, backup);
        deleteRecursively(target);
        Files.move(backup, target);
        // the restored folder is the previous export again, so it no longer carries the backup marker
        Files.deleteIfExists(target.resolve(SCRATCH_MARKER));
    }

    /**
     * Deletes marked staging and backup folders a failed or killed earlier build left for {@code host}.
     * One that cannot be deleted (it keeps its marker, so a later build tries again) is a warning:
     * the new staging folder has a fresh name, so the build does not depend on it.
     */
    private void cleanScratch(String host, List<String> warnings) {
        if (!Files.isDirectory(hostsDir)) {
            return;
        }
        List<Path> scratch = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(hostsDir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean looksScratch = name.startsWith("." + host + ".staged-") || name.startsWith("." + host + ".backup-");
                if (looksScratch && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && Files.exists(entry.resolve(SCRATCH_MARKER))) {
                    scratch.add(entry);
                }
            }
        } catch (IOException e) {
            throw new WazirException(FileErrors.message(e, "scandir"));
        }
        scratch.sort(null);
        for (Path dir : scratch) {
            try {
                faults.before(Step.CLEAN_SCRATCH, host, dir);
                deleteScratch(dir);
            } catch (IOException e) {
                warnings.add(host + ": " + FileErrors.message(e, "rm"));
            }
        }
    }

    private void writeMarker(Step step, String host, Path dir, String kind) throws IOException {
        ObjectNode marker = Json.object();
        marker.put("kind", kind);
        marker.put("host", host);
        write(step, host, dir.resolve(SCRATCH_MARKER), Json.pretty(marker));
    }

    private void write(Step step, String host, Path file, String text) throws IOException {
        faults.before(step, host, file);
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private void move(Step step, String host, Path from, Path to) throws IOException {
        faults.before(step, host, from);
        Files.move(from, to);
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteScratch(dir);
        } catch (IOException ignored) {
            // best effort: a marked leftover is removed by the next build's cleanup
        }
    }

    /**
     * Deletes a staging or backup folder with its scratch marker last, so that a deletion that fails
     * half-way (a read-only sub-folder, say) leaves a folder that is still marked, which the next
     * build's cleanup removes; deleting the marker first would leave an unmarked folder for good.
     */
    static void deleteScratch(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            deleteRecursively(dir);
            return;
        }
        deleteTree(dir, dir.resolve(SCRATCH_MARKER));
    }

    /** {@code rm -rf} that never follows links: a link inside is removed, not what it points at. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(path);
            return;
        }
        deleteTree(path, null);
    }

    /** Deletes a real folder without following links; {@code last}, when given, goes just before the folder itself. */
    private static void deleteTree(Path root, Path last) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(last)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path current, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (last != null && current.equals(root)) {
                    Files.deleteIfExists(last);
                }
                Files.delete(current);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
