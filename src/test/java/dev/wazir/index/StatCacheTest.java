package dev.wazir.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Refresh and summarize may trust recorded stats only while a file is certainly unchanged. */
class StatCacheTest {
    @TempDir
    Path dir;

    /** Old modification times; change times are old once a second has passed. */
    private static void age(Path root) throws IOException {
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p)) {
                    Files.setLastModifiedTime(p, old);
                }
            }
        }
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void oldFilesAreRecordedAndAnEditThatRestoresSizeAndMtimeIsStillSeen() throws IOException {
        IndexFixture fx = new IndexFixture(dir);
        age(fx.root);
        fx.ok("index", "build");
        assertEquals("4", Sql.one(fx.db, "SELECT COUNT(*) FROM file_stat_cache"));
        assertEquals("Refreshed index: 0 files updated, 0 removed.\n", fx.ok("index", "refresh"));
        // Same size, same modification time, different text: only the change time (and the hash) differ.
        Path widget = fx.root.resolve("src/widget.js");
        FileTime mtime = Files.getLastModifiedTime(widget);
        Files.writeString(widget, IndexFixture.WIDGET.replace("makeWidget", "makeGadget"));
        Files.setLastModifiedTime(widget, mtime);
        assertEquals("Refreshed index: 1 files updated, 0 removed.\n", fx.ok("index", "refresh"));
        assertEquals("makeGadget (function) src/widget.js:1-3\n", fx.ok("index", "get-symbol", "makeGadget"));
        // Just written (its change time is now, whatever its modification time says): not recorded.
        assertEquals("0", Sql.one(fx.db, "SELECT COUNT(*) FROM file_stat_cache WHERE relative_path = 'src/widget.js'"));
        assertTrue(fx.ok("index", "summarize", "--json").contains("\"summarized_files\": 4,"));
        Files.delete(fx.root.resolve("docs/guide.md"));
        assertEquals("Refreshed index: 0 files updated, 1 removed.\n", fx.ok("index", "refresh"));
        assertEquals("0", Sql.one(fx.db, "SELECT COUNT(*) FROM file_stat_cache WHERE relative_path = 'docs/guide.md'"));
    }

    @Test
    void summarizeStillSkipsAFileChangedAfterIndexing() throws IOException {
        IndexFixture fx = new IndexFixture(dir);
        age(fx.root);
        fx.ok("index", "build");
        Path shape = fx.root.resolve("schemas/shape.json");
        FileTime mtime = Files.getLastModifiedTime(shape);
        Files.writeString(shape, Files.readString(shape).replace("Shape", "Shope"));
        Files.setLastModifiedTime(shape, mtime);
        assertTrue(fx.ok("index", "summarize", "--json").contains("\"skipped_stale\": 1,"));
    }
}
