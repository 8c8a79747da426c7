package dev.wazir.kit;

import dev.wazir.WazirException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextFilesTest {
    @TempDir
    Path dir;

    private static String decode(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return TextFiles.decode(b);
    }

    @Test
    void invalidBytesBecomeOneReplacementPerMaximalSubpart() {
        assertEquals("\uFFFDA", decode(0xF0, 0x9F, 0x98, 0x41));
        assertEquals("\uFFFD\uFFFDA", decode(0xE0, 0x80, 0x41));
        assertEquals("\uFFFD\uFFFD\uFFFD", decode(0xED, 0xA0, 0x80));
        assertEquals("\uFFFD\uFFFD", decode(0xC0, 0xAF));
        assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD", decode(0xF4, 0x90, 0x80, 0x80));
        assertEquals("\uD83D\uDE00", decode(0xF0, 0x9F, 0x98, 0x80));
    }

    @Test
    void bomIsKept() {
        assertEquals("\uFEFFA", decode(0xEF, 0xBB, 0xBF, 0x41));
    }

    @Test
    void missingFileAndDirectoryUseNodeTexts() throws Exception {
        Path missing = dir.resolve("nope.txt");
        assertEquals("ENOENT: no such file or directory, open '" + missing + "'",
                assertThrows(WazirException.class, () -> TextFiles.read(missing)).getMessage());
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertEquals("EISDIR: illegal operation on a directory, read",
                assertThrows(WazirException.class, () -> TextFiles.read(sub)).getMessage());
    }

    @Test
    void symlinkLoopUsesNodesText() throws Exception {
        Path loop = Files.createSymbolicLink(dir.resolve("loop.yaml"), Path.of("loop.yaml"));
        assertEquals("ELOOP: too many symbolic links encountered, open '" + loop + "'",
                assertThrows(WazirException.class, () -> TextFiles.read(loop)).getMessage());
    }

    @Test
    void fifoIsRefusedNotBlockedOn() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (p.waitFor() != 0) {
            return;
        }
        assertEquals("Not a regular file: " + fifo,
                assertThrows(WazirException.class, () -> TextFiles.read(fifo)).getMessage());
    }
}
