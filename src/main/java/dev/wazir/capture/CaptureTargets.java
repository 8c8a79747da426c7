package dev.wazir.capture;

import dev.wazir.WazirException;
import dev.wazir.text.IsoTime;
import dev.wazir.text.Json;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** Names and places capture files: {@code captures/<ISO time with - for : and .>-<label><suffix>}. */
final class CaptureTargets {
    private CaptureTargets() {
    }

    /** The label lower-cased, runs of anything but a-z0-9 turned into one '-', trimmed; {@code capture} if empty. */
    static String sanitizeName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean dash = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
                dash = false;
            } else if (!dash) {
                out.append('-');
                dash = true;
            }
        }
        int start = 0;
        int end = out.length();
        while (start < end && out.charAt(start) == '-') {
            start++;
        }
        while (end > start && out.charAt(end - 1) == '-') {
            end--;
        }
        String clean = out.substring(start, end);
        return clean.isEmpty() ? "capture" : clean;
    }

    /**
     * {@code .log} when absent, the value when it starts with a dot, else a dot plus the value. A
     * suffix with a path separator is refused (1.0.0 let it move the file out of {@code captures/}).
     */
    static String suffix(String suffix) {
        if (suffix == null) {
            return ".log";
        }
        if (suffix.indexOf('/') >= 0 || suffix.indexOf('\\') >= 0 || suffix.indexOf('\0') >= 0) {
            throw new WazirException("Invalid --suffix " + Json.quote(suffix)
                    + ": a suffix is part of a file name (no \"/\" or \"\\\")");
        }
        return suffix.startsWith(".") ? suffix : "." + suffix;
    }

    static String timestamp(Clock clock) {
        return IsoTime.format(clock.instant()).replace(':', '-').replace('.', '-');
    }

    /**
     * Creates a new, empty, auto-named capture file. Unlike 1.0.0 (which truncated a file of the same
     * name made in the same millisecond), an existing name is never reused: the next millisecond is taken.
     */
    static Path createAutoNamed(RunPaths paths, Clock clock, String label, String suffix) {
        String ending = "-" + sanitizeName(label) + suffix;
        LedgerFiles.createDirectories(paths.capturesDir());
        for (int attempt = 0; ; attempt++) {
            Path target = paths.capturesDir().resolve(timestamp(clock) + ending).normalize();
            try {
                Files.createFile(target);
                return target;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 1000) {
                    throw new WazirException("EEXIST: file already exists, open '" + target + "'");
                }
                pause();
            } catch (IOException e) {
                throw new WazirException(LedgerFiles.describe(e));
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WazirException("Interrupted while naming a capture file");
        }
    }

    /**
     * {@code --capture-path}: resolved against the working directory; it must lie inside the captures
     * folder (1.0.0's check, including its quirks: the folder itself passes, a name starting with
     * {@code ..} fails).
     */
    static Path explicitTarget(RunPaths paths, Path cwd, String capturePath) {
        Path resolved = cwd.resolve(capturePath).toAbsolutePath().normalize();
        String relative = paths.capturesDir().relativize(resolved).toString();
        boolean inside = relative.isEmpty() || !relative.startsWith("..") && !Path.of(relative).isAbsolute();
        if (!inside) {
            throw new WazirException("capture-path must stay inside " + paths.capturesDir());
        }
        return resolved;
    }

    /** Checks that {@code target} can be written as a regular file, without creating anything. */
    static void requireWritableFile(Path target) {
        if (Files.isDirectory(target)) {
            throw new WazirException("EISDIR: illegal operation on a directory, open '" + target + "'");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
            throw new WazirException("Not a regular file: " + target);
        }
        for (Path dir = target.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir)) {
                if (!Files.isDirectory(dir)) {
                    throw new WazirException("ENOTDIR: not a directory, open '" + target + "'");
                }
                break;
            }
        }
    }
}
