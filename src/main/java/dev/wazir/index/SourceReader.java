package dev.wazir.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads project files for the index, summaries and recall. Only regular files are opened (a FIFO or device
 * would block or never end), and a file larger than {@link #SIZE_LIMIT} is refused before it is read.
 * Failures carry the Node error texts 1.0.0 printed where it had one.
 */
public final class SourceReader {
    /**
     * 1.0.0 could not read a file whose text exceeds V8's longest string (0x1fffffe8 characters); the same
     * number of bytes is the limit here, checked before reading.
     */
    public static final long SIZE_LIMIT = 0x1fffffe8L;

    private SourceReader() {
    }

    public static byte[] readBytes(Path file) {
        return readBytes(file, SIZE_LIMIT);
    }

    public static byte[] readBytes(Path file, long sizeLimit) {
        String shown = file.toString();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw failure(shown, "EISDIR: illegal operation on a directory, read", false);
            }
            if (!attributes.isRegularFile()) {
                throw failure(shown, "not a regular file (a FIFO, socket or device is never read), open '"
                        + shown + "'", false);
            }
            if (attributes.size() > sizeLimit) {
                throw tooLarge(shown, attributes.size(), sizeLimit);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > sizeLimit) {
                throw tooLarge(shown, bytes.length, sizeLimit);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw failure(shown, "ENOENT: no such file or directory, open '" + shown + "'", true);
        } catch (AccessDeniedException e) {
            throw failure(shown, "EACCES: permission denied, open '" + shown + "'", false);
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "cannot read" : e.getReason();
            if (reason.contains("Is a directory")) {
                throw failure(shown, "EISDIR: illegal operation on a directory, read", false);
            }
            throw failure(shown, reason + ", open '" + shown + "'", false);
        } catch (IOException e) {
            throw failure(shown, "cannot read '" + shown + "': " + e.getMessage(), false);
        } catch (OutOfMemoryError e) {
            throw failure(shown, "not enough memory to read '" + shown + "'", false);
        }
    }

    private static SourceReadException tooLarge(String shown, long size, long limit) {
        return new SourceReadException("File too large to index: " + shown + " is " + size
                + " bytes, over the limit of " + limit + " bytes. Move it out of the project or into an"
                + " ignored folder (node_modules, dist, build, coverage).", "file too large (" + size
                + " bytes, limit " + limit + ")", false);
    }

    private static SourceReadException failure(String shown, String reason, boolean missing) {
        return new SourceReadException(reason, reason, missing);
    }
}
