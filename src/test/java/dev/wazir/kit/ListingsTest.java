package dev.wazir.kit;

import dev.wazir.WazirException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListingsTest {
    @TempDir
    Path dir;

    @Test
    void utf8ByteOrderDiffersFromUtf16ForSupplementaryCharacters() {
        String supplementary = "\uD83D\uDE00";
        String highBmp = "\uFF21";
        assertTrue(Listings.compareUtf8(highBmp, supplementary) < 0);
        assertTrue(highBmp.compareTo(supplementary) > 0);
        assertTrue(Listings.compareUtf8("B", "a") < 0);
    }

    @Test
    void namesAreSortedByUtf8Bytes() throws Exception {
        for (String name : List.of("b", "A", "a", "\uFF21", "\uD83D\uDE00")) {
            Files.writeString(dir.resolve(name), "");
        }
        assertEquals(List.of("A", "a", "b", "\uFF21", "\uD83D\uDE00"), Listings.names(dir));
    }

    @Test
    void missingDirectoryUsesScandirText() {
        Path missing = dir.resolve("hooks/definitions");
        assertEquals("ENOENT: no such file or directory, scandir '" + missing + "'",
                assertThrows(WazirException.class, () -> Listings.names(missing)).getMessage());
    }

    @Test
    void yamlFilesAreFilteredAndSortedByUtf16() throws Exception {
        for (String name : List.of("b.yml", "a.yaml", "notes.txt", "Z.yaml", "\uFF21.yaml", "\uD83D\uDE00.yaml")) {
            Files.writeString(dir.resolve(name), "");
        }
        Files.createDirectory(dir.resolve("dir.yaml"));
        List<String> names = new ArrayList<>();
        for (Path p : Listings.yamlFiles(dir)) {
            names.add(p.getFileName().toString());
        }
        assertEquals(List.of("Z.yaml", "a.yaml", "b.yml", "dir.yaml", "\uD83D\uDE00.yaml", "\uFF21.yaml"), names);
    }

    @Test
    void walkIsDepthFirstInListingOrder() throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/x.md"), "");
        Files.writeString(dir.resolve("a/y.md"), "");
        Files.writeString(dir.resolve("a.md"), "");
        Files.writeString(dir.resolve("c.md"), "");
        List<String> rel = new ArrayList<>();
        for (Path p : Listings.walk(dir)) {
            rel.add(dir.relativize(p).toString());
        }
        assertEquals(List.of("a/b/x.md", "a/y.md", "a.md", "c.md"), rel);
    }
}
