package dev.wazir.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The unpacked copy of sqlite-jdbc's native library that saves every index/recall start the unpacking. */
class NativeLibraryCacheTest {
    private static final String FOLDER = org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath();
    private static final String NAME = org.sqlite.util.LibraryLoaderUtil.getNativeLibName();

    private static byte[] resource() throws IOException {
        try (var in = NativeLibraryCache.class.getResourceAsStream(FOLDER + "/" + NAME)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theCacheFolderFollowsEachPlatformsConvention() {
        assertEquals(Path.of("/x/cache/wazir"), NativeLibraryCache.cacheBase("Linux", Map.of("XDG_CACHE_HOME", "/x/cache"), "/h"));
        assertEquals(Path.of("/h/.cache/wazir"), NativeLibraryCache.cacheBase("Linux", Map.of("XDG_CACHE_HOME", "rel"), "/h"));
        assertEquals(Path.of("/h/.cache/wazir"), NativeLibraryCache.cacheBase("Linux", Map.of(), "/h"));
        assertEquals(Path.of("/h/Library/Caches/wazir"), NativeLibraryCache.cacheBase("Mac OS X", Map.of(), "/h"));
        assertNull(NativeLibraryCache.cacheBase("Linux", Map.of(), ""));
        assertNull(NativeLibraryCache.cacheBase("Windows 11", Map.of(), "/h"));
    }

    @Test
    void theLibraryIsUnpackedOnceWithItsExactBytesIntoAnOwnerOnlyFolder(@TempDir Path root) throws IOException {
        Path base = root.resolve("wazir");
        Path first = NativeLibraryCache.ensure(base, FOLDER, NAME);
        assertNotNull(first, "sqlite-jdbc is loaded from a jar in tests");
        assertArrayEquals(resource(), Files.readAllBytes(first));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first.getParent())));
        long modified = Files.getLastModifiedTime(first).toMillis();
        Path second = NativeLibraryCache.ensure(base, FOLDER, NAME);
        assertEquals(first, second);
        assertEquals(modified, Files.getLastModifiedTime(second).toMillis());
        try (var entries = Files.list(first.getParent())) {
            assertEquals(1, entries.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aDamagedCopyIsReplacedAndOneOthersCouldSwapIsNotUsed(@TempDir Path root) throws IOException {
        Path base = root.resolve("wazir");
        Path library = NativeLibraryCache.ensure(base, FOLDER, NAME);
        Files.write(library, new byte[] {1, 2, 3});
        assertEquals(library, NativeLibraryCache.ensure(base, FOLDER, NAME));
        assertArrayEquals(resource(), Files.readAllBytes(library));
        Files.setPosixFilePermissions(library.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertNull(NativeLibraryCache.ensure(base, FOLDER, NAME));
        Files.setPosixFilePermissions(library.getParent(), PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertNull(NativeLibraryCache.ensure(base, FOLDER, NAME));
    }

    @Test
    void aCopyOfTheRightSizeButOtherBytesIsReplaced(@TempDir Path root) throws IOException {
        Path base = root.resolve("wazir");
        Path library = NativeLibraryCache.ensure(base, FOLDER, NAME);
        byte[] forged = resource();
        forged[forged.length / 2] ^= 0x55;
        Files.write(library, forged);
        assertEquals(library, NativeLibraryCache.ensure(base, FOLDER, NAME));
        assertArrayEquals(resource(), Files.readAllBytes(library));
    }

    /** A library another account placed (a shared XDG_CACHE_HOME, or sudo keeping HOME) is never loaded. */
    @Test
    void aCopyOwnedByAnotherAccountIsNotUsed(@TempDir Path root) throws IOException {
        UserPrincipal nobody;
        try {
            nobody = root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        } catch (IOException e) {
            nobody = null;
        }
        assumeTrue(nobody != null && "root".equals(System.getProperty("user.name")), "needs root to hand a file to nobody");
        Path base = root.resolve("wazir");
        Path library = NativeLibraryCache.ensure(base, FOLDER, NAME);
        Files.setOwner(library, nobody);
        assertNull(NativeLibraryCache.ensure(base, FOLDER, NAME));
        Files.setOwner(library, Files.getOwner(root));
        Files.setOwner(library.getParent(), nobody);
        assertNull(NativeLibraryCache.ensure(base, FOLDER, NAME));
        Files.setOwner(library.getParent(), Files.getOwner(root));
        Files.setOwner(root, nobody);
        assertNull(NativeLibraryCache.ensure(base, FOLDER, NAME), "a cache root owned by someone else");
    }

    @Test
    void aCacheRootOthersCanWriteIsNotTrusted(@TempDir Path root) throws IOException {
        Path base = root.resolve("wazir");
        assertNotNull(NativeLibraryCache.ensure(base, FOLDER, NAME));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwx---"));
        assertNotNull(NativeLibraryCache.ensure(base, FOLDER, NAME), "group-writable root (umask 002) is fine");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertNull(NativeLibraryCache.ensure(base, FOLDER, NAME));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        assertFalse(NativeLibraryCache.ownedChain(root.resolve("elsewhere"), base));
    }

    @Test
    void aResourceThatIsNotInAJarIsLeftToTheDriver(@TempDir Path base) throws IOException {
        assertNull(NativeLibraryCache.ensure(base, "/dev/wazir/index", "NativeLibraryCache.class"));
        assertTrue(Files.notExists(base.resolve("sqlite-native")));
    }
}
