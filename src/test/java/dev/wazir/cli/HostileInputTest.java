package dev.wazir.cli;

import dev.wazir.Cli;
import dev.wazir.KitFixture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input given to `validate manifest|hooks|docs`, bare `validate` and `doctor` through the
 * entry point: every case ends with a one-line (or YAML-layout) message and exit 1, never a
 * stack trace and never a hang.
 */
@Timeout(60)
class HostileInputTest {
    private static final List<List<String>> MANIFEST_READERS =
            List.of(List.of("validate", "manifest"), List.of("validate", "hooks"), List.of("doctor"));

    @TempDir
    Path dir;

    private static CommandResult run(KitFixture kit, List<String> args) {
        return Cli.run(kit.root(), args.toArray(String[]::new));
    }

    private static void assertCleanFailure(String expectedStderr, CommandResult r) {
        assertEquals(CommandResult.failure(1, expectedStderr), r);
    }

    private static void assertNoStackTrace(CommandResult r) {
        String all = r.stdout() + r.stderr();
        assertFalse(all.contains("\tat ") || all.contains("Exception") || all.contains("Error:"), all);
    }

    @Test
    void manifestThatIsAFolder() {
        KitFixture kit = KitFixture.create(dir).delete("wazir.manifest.yaml").mkdirs("wazir.manifest.yaml");
        for (List<String> args : MANIFEST_READERS) {
            assertCleanFailure("EISDIR: illegal operation on a directory, read\n", run(kit, args));
        }
        CommandResult all = Cli.run(kit.root(), "validate");
        assertEquals(1, all.exitCode());
        assertTrue(all.stderr().startsWith("FAIL manifest: EISDIR: illegal operation on a directory, read\n"
                + "FAIL hooks: EISDIR: illegal operation on a directory, read\n"), all.stderr());
    }

    @Test
    void manifestThatIsAFifoIsRefusedWithoutBlocking() throws Exception {
        KitFixture kit = KitFixture.create(dir).delete("wazir.manifest.yaml");
        Path manifest = kit.root().resolve("wazir.manifest.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", manifest.toString()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0);
        for (List<String> args : MANIFEST_READERS) {
            assertCleanFailure("Not a regular file: " + manifest + "\n", run(kit, args));
        }
    }

    @Test
    void deeplyNestedManifestAndSchema() {
        KitFixture kit = KitFixture.create(dir).withManifestText("[".repeat(100_000) + "\n");
        for (List<String> args : MANIFEST_READERS) {
            CommandResult r = run(kit, args);
            assertEquals(1, r.exitCode());
            assertTrue(r.stderr().startsWith("Document is nested too deeply (more than 1000 levels) at line 1, column "),
                    r.stderr());
            assertNoStackTrace(r);
        }
        kit = KitFixture.create(dir.resolve("b")).write("schemas/wazir-manifest.schema.json", "{\"a\":".repeat(100_000));
        assertCleanFailure("JSON input is nested too deeply (more than 1000 levels) at position 5000 (line 1 column 5001)\n",
                Cli.run(kit.root(), "validate", "manifest"));
    }

    @Test
    void oversizedManifestIsRefusedBeforeReading() throws IOException {
        KitFixture kit = KitFixture.create(dir);
        Path manifest = kit.root().resolve("wazir.manifest.yaml");
        try (RandomAccessFile file = new RandomAccessFile(manifest.toFile(), "rw")) {
            file.setLength(65L * 1024 * 1024);
        }
        for (List<String> args : MANIFEST_READERS) {
            assertCleanFailure("File is too large to read (more than 67108864 bytes): " + manifest + "\n", run(kit, args));
        }
    }

    @Test
    void invalidUtf8BecomesReplacementCharacters() throws IOException {
        KitFixture kit = KitFixture.create(dir);
        Path hook = kit.root().resolve("hooks/definitions/session_start.yaml");
        String text = Files.readString(hook).replace("\"id\": \"session_start\"", "\"id\": \"@@\"");
        assertTrue(text.contains("\"@@\""), text);
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String withBadBytes = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("@@", "a\u00ff\u00c3(b");
        Files.write(hook, withBadBytes.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertCleanFailure("Hook validation failed:\n"
                + "- session_start: hook id \"a\uFFFD\uFFFD(b\" does not match filename\n"
                + "- Missing required hook definitions: session_start\n"
                + "- Unexpected hook definitions not declared in manifest: a\uFFFD\uFFFD(b\n",
                Cli.run(kit.root(), "validate", "hooks"));
    }

    @Test
    void missingSchemasFolder() {
        KitFixture kit = KitFixture.create(dir).delete("schemas").write("docs/truth-claims.yaml", "[]\n");
        Path schemas = kit.root().resolve("schemas");
        assertCleanFailure("ENOENT: no such file or directory, open '" + schemas.resolve("wazir-manifest.schema.json")
                + "'\n", Cli.run(kit.root(), "validate", "manifest"));
        assertCleanFailure("ENOENT: no such file or directory, open '" + schemas.resolve("hook.schema.json") + "'\n",
                Cli.run(kit.root(), "validate", "hooks"));
        assertCleanFailure("ENOENT: no such file or directory, open '" + schemas.resolve("docs-claim.schema.json")
                + "'\n", Cli.run(kit.root(), "validate", "docs"));
        assertCleanFailure("ENOENT: no such file or directory, open '" + schemas.resolve("wazir-manifest.schema.json")
                + "'\n", Cli.run(kit.root(), "doctor", "--json"));
        CommandResult all = Cli.run(kit.root(), "validate");
        assertEquals(1, all.exitCode());
        assertEquals("", all.stdout());
        assertTrue(all.stderr().contains("FAIL docs: ENOENT: no such file or directory, open '"
                + schemas.resolve("docs-claim.schema.json") + "'\nPASS brand: Brand truth validation passed.\n"),
                all.stderr());
    }
}
