package dev.wazir.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** One-line texts for file-system failures, in the style of the original's (Node) messages. */
final class FileErrors {
    private FileErrors() {
    }

    static String message(IOException e, String syscall) {
        if (!(e instanceof FileSystemException fse)) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String where = "'" + fse.getFile() + "'" + (fse.getOtherFile() == null ? "" : " -> '" + fse.getOtherFile() + "'");
        if (e instanceof NoSuchFileException) {
            return "ENOENT: no such file or directory, " + syscall + " " + where;
        }
        if (e instanceof AccessDeniedException) {
            return "EACCES: permission denied, " + syscall + " " + where;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "ENOTEMPTY: directory not empty, " + syscall + " " + where;
        }
        if (e instanceof FileAlreadyExistsException) {
            return "EEXIST: file already exists, " + syscall + " " + where;
        }
        if (e instanceof NotDirectoryException) {
            return "ENOTDIR: not a directory, " + syscall + " " + where;
        }
        String reason = fse.getReason();
        if ("Not a directory".equals(reason)) {
            // what Java reports when a path runs through a file, e.g. exports/hosts is a file
            return "ENOTDIR: not a directory, " + syscall + " " + where;
        }
        return syscall + " failed, " + where + (reason == null ? "" : ": " + reason);
    }
}
