package dev.wazir.kit;

import dev.wazir.WazirException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads text files the way wazir 1.0.0 does: UTF-8, each maximal invalid byte sequence becomes
 * one U+FFFD (the WHATWG decoder), a BOM is kept. Failures carry the original's (Node) error
 * texts. Only regular files are read (a FIFO or device is refused rather than blocked on), and
 * files past {@link #MAX_BYTES} are refused with a clear error.
 */
public final class TextFiles {
    /** Larger files than this are refused. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private TextFiles() {
    }

    public static String read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new WazirException("EISDIR: illegal operation on a directory, read");
        }
        try {
            if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
                throw new WazirException("Not a regular file: " + absolute);
            }
            if (Files.exists(absolute) && Files.size(absolute) > MAX_BYTES) {
                throw new WazirException("File is too large to read (more than " + MAX_BYTES + " bytes): " + absolute);
            }
            return decode(Files.readAllBytes(absolute));
        } catch (NoSuchFileException e) {
            throw new WazirException("ENOENT: no such file or directory, open '" + absolute + "'");
        } catch (AccessDeniedException e) {
            throw new WazirException("EACCES: permission denied, open '" + absolute + "'");
        } catch (java.nio.file.FileSystemException e) {
            if (e.getReason() != null && e.getReason().startsWith("Too many levels of symbolic links")) {
                throw new WazirException("ELOOP: too many symbolic links encountered, open '" + absolute + "'");
            }
            throw new WazirException("Could not read " + absolute + ": " + e.getMessage());
        } catch (IOException e) {
            throw new WazirException("Could not read " + absolute + ": " + e.getMessage());
        }
    }

    /** UTF-8 decoding per the WHATWG Encoding Standard (replacement mode, no BOM handling). */
    public static String decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int needed = 0;
        int seen = 0;
        int codePoint = 0;
        int lower = 0x80;
        int upper = 0xBF;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (needed == 0) {
                i++;
                if (b <= 0x7F) {
                    out.append((char) b);
                } else if (b >= 0xC2 && b <= 0xDF) {
                    needed = 1;
                    codePoint = b & 0x1F;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    if (b == 0xE0) {
                        lower = 0xA0;
                    } else if (b == 0xED) {
                        upper = 0x9F;
                    }
                    needed = 2;
                    codePoint = b & 0xF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    if (b == 0xF0) {
                        lower = 0x90;
                    } else if (b == 0xF4) {
                        upper = 0x8F;
                    }
                    needed = 3;
                    codePoint = b & 0x7;
                } else {
                    out.append('\uFFFD');
                }
                continue;
            }
            if (b < lower || b > upper) {
                // The byte is not consumed: it starts the next sequence.
                needed = 0;
                seen = 0;
                codePoint = 0;
                lower = 0x80;
                upper = 0xBF;
                out.append('\uFFFD');
                continue;
            }
            i++;
            lower = 0x80;
            upper = 0xBF;
            codePoint = (codePoint << 6) | (b & 0x3F);
            seen++;
            if (seen == needed) {
                out.appendCodePoint(codePoint);
                needed = 0;
                seen = 0;
                codePoint = 0;
            }
        }
        if (needed != 0) {
            out.append('\uFFFD');
        }
        return out.toString();
    }
}
