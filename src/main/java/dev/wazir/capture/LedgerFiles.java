package dev.wazir.capture;

import dev.wazir.WazirException;
import dev.wazir.kit.JsonFiles;
import dev.wazir.kit.TextFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * File primitives of the run ledger. Appends are one write of a whole line; whole-file updates go
 * to a temporary file that is renamed over the target, so a reader sees the old or the new
 * content, never a part. Failures carry the Node.js texts of 1.0.0 where it had one.
 */
final class LedgerFiles {
    private LedgerFiles() {
    }

    /** The parsed {@code status.json}; any JSON value (the {@code status} command accepts them all). */
    static JsonNode readStatus(RunPaths paths) {
        Path file = paths.statusPath();
        if (!Files.exists(file)) {
            throw new WazirException("Run status not found: " + file);
        }
        JsonNode status = JsonFiles.parse(readRegularText(file));
        if (status == null || status.isMissingNode()) {
            throw new WazirException("Unexpected end of JSON input");
        }
        return status;
    }

    /** {@code status.json} for a command that changes it: it has to be a JSON object. */
    static ObjectNode readStatusObject(RunPaths paths) {
        JsonNode status = readStatus(paths);
        if (!status.isObject()) {
            throw new WazirException("Run status is not a JSON object: " + paths.statusPath());
        }
        return (ObjectNode) status;
    }

    /**
     * Refuses to append after a cut-off last line: the new event would be glued to it and both
     * would be lost. The user's file is left alone.
     */
    static void requireCompleteEventLog(RunPaths paths) {
        Path file = paths.eventsPath();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new WazirException(describe(e));
        }
        if (attributes.isDirectory()) {
            throw new WazirException("EISDIR: illegal operation on a directory, open '" + file + "'");
        }
        if (!attributes.isRegularFile()) {
            throw new WazirException("Not a regular file: " + file);
        }
        if (attributes.size() == 0) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, attributes.size() - 1);
            if (last.get(0) != '\n') {
                throw new WazirException("The last line of " + file
                        + " is incomplete (no line feed); repair or remove that line, then retry");
            }
        } catch (IOException e) {
            throw new WazirException(describe(e));
        }
    }

    /** Reads a regular file as UTF-8 text (invalid bytes become U+FFFD); never blocks on a FIFO. */
    static String readRegularText(Path file) {
        if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
            throw new WazirException("Not a regular file: " + file);
        }
        return TextFiles.read(file);
    }

    /** Appends one complete line with a single write (the file is opened in append mode). */
    static void appendLine(Path file, String line) {
        write(file, line, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Replaces {@code target} with {@code text}: written to {@code <target>.tmp}, then renamed over it. */
    static void replace(Path target, String text) {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            write(temporary, text, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new WazirException(describe(e));
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    /** Truncates and writes (capture files: their path is chosen by the caller). */
    static void overwrite(Path file, String text) {
        write(file, text, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WazirException(describe(e));
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text, StandardOpenOption... options) {
        ByteBuffer bytes = ByteBuffer.wrap(utf8(text));
        try (FileChannel channel = FileChannel.open(file, options)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new WazirException(describe(e));
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Best effort: the leftover temporary file is harmless.
        }
    }

    /** Node-style text for a file-system failure. */
    static String describe(Exception e) {
        if (e instanceof FileSystemException) {
            FileSystemException fs = (FileSystemException) e;
            String file = fs.getFile();
            String reason = fs.getReason() == null ? "" : fs.getReason();
            if (fs instanceof NoSuchFileException) {
                return "ENOENT: no such file or directory, open '" + file + "'";
            }
            if (fs instanceof AccessDeniedException) {
                return "EACCES: permission denied, open '" + file + "'";
            }
            if (fs instanceof FileAlreadyExistsException) {
                return "EEXIST: file already exists, open '" + file + "'";
            }
            if (fs instanceof NotDirectoryException || reason.contains("Not a directory")) {
                return "ENOTDIR: not a directory, open '" + file + "'";
            }
            if (reason.contains("Is a directory")) {
                return "EISDIR: illegal operation on a directory, open '" + file + "'";
            }
            return reason.isEmpty() ? String.valueOf(fs.getMessage()) : reason + ": " + file;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
