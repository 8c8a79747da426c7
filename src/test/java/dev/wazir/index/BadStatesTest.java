package dev.wazir.index;

import dev.wazir.WazirException;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged, locked or missing databases and awkward files give one clear line and keep the old index. */
class BadStatesTest {
    @TempDir
    Path dir;
    IndexFixture fx;

    @BeforeEach
    void fixture() throws IOException {
        fx = new IndexFixture(dir);
    }

    private static void assertOneLineError(CommandResult r, String start) {
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals("", r.stdout());
        assertTrue(r.stderr().startsWith(start), r.stderr());
        assertTrue(r.stderr().endsWith("\n") && r.stderr().indexOf('\n') == r.stderr().length() - 1, r.stderr());
    }

    @Test
    void aFileThatIsNotADatabaseSaysHowToRebuild() throws IOException {
        Files.createDirectories(fx.db.getParent());
        Files.writeString(fx.db, "this is not a database, just text that is long enough to be a header...".repeat(80));
        CommandResult r = fx.run("index", "stats");
        assertEquals(new CommandResult(1, "", "The index database is damaged or is not an index (file is not a database): "
                + fx.db + ". Delete it and run 'wazir index build' to rebuild it.\n"), r);
        assertOneLineError(fx.run("index", "build"), "The index database is damaged");
        assertOneLineError(fx.run("recall", "symbol", "x"), "The index database is damaged");
    }

    @Test
    void aTruncatedDatabaseIsReportedAsDamaged() throws IOException {
        fx.ok("index", "build");
        try (RandomAccessFile file = new RandomAccessFile(fx.db.toFile(), "rw")) {
            file.setLength(8192);
        }
        assertOneLineError(fx.run("index", "search-symbols", "Widget"), "The index database is damaged or is not an index");
    }

    @Test
    void aWriterWaitsForTheBusyTimeoutThenFailsClearly() throws Exception {
        fx.ok("index", "build");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + fx.db); Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("INSERT INTO retrieval_logs VALUES ('x', 'held', 'q', 0, 'now')");
            // Readers still work while another connection holds the write lock (test 24 of the original).
            assertEquals("Index stats: 4 files, 9 symbols, 12 outlines.\n", fx.ok("index", "stats"));
            long start = System.nanoTime();
            CommandResult r = fx.run("index", "refresh");
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertEquals(new CommandResult(1, "", "The index database is locked by another process (waited 5 s): " + fx.db
                    + ". Try again when the other wazir command has finished.\n"), r);
            assertTrue(waited >= 4500, "waited " + waited + " ms");
            st.execute("ROLLBACK");
        }
        assertEquals("Refreshed index: 0 files updated, 0 removed.\n", fx.ok("index", "refresh"));
    }

    @Test
    void aFailedBuildLeavesThePreviousIndexAndSummaries() throws IOException {
        fx.ok("index", "build");
        fx.ok("index", "summarize");
        List<String> before = Sql.rows(fx.db, "SELECT (SELECT COUNT(*) FROM files), (SELECT COUNT(*) FROM symbols),"
                + " (SELECT COUNT(*) FROM summaries), (SELECT COUNT(*) FROM symbol_summaries)");
        fx.write("docs/big.md", "# big\n" + "x".repeat(200));
        WazirException e = assertThrows(WazirException.class,
                () -> Ingestion.run(fx.root, fx.state, false, 100));
        assertEquals("File too large to index: " + fx.root.resolve("docs/big.md") + " is 206 bytes, over the limit of"
                + " 100 bytes. Move it out of the project or into an ignored folder (node_modules, dist, build, coverage).",
                e.getMessage());
        assertEquals(before, Sql.rows(fx.db, "SELECT (SELECT COUNT(*) FROM files), (SELECT COUNT(*) FROM symbols),"
                + " (SELECT COUNT(*) FROM summaries), (SELECT COUNT(*) FROM symbol_summaries)"));
        assertEquals("[4|9|8|18]", before.toString());
        assertFalse(Files.exists(fx.db.resolveSibling("index.sqlite-journal")));
    }

    @Test
    void fifosAreSkippedAndNeverOpened() throws Exception {
        fx.ok("index", "build");
        Path fifo = fx.root.resolve("docs/pipe.md");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertEquals("Refreshed index: 0 files updated, 0 removed.\n", fx.ok("index", "refresh"));
            // An indexed path that became a FIFO: recall refuses it instead of blocking.
            Files.delete(fx.root.resolve("docs/guide.md"));
            assertEquals(0, new ProcessBuilder("mkfifo", fx.root.resolve("docs/guide.md").toString()).start().waitFor());
            CommandResult r = fx.run("recall", "file", "docs/guide.md", "--start-line", "1", "--end-line", "2");
            assertOneLineError(r, "not a regular file");
            assertTrue(fx.ok("index", "summarize", "--json").contains("\"skipped_missing\": 1,"));
        });
    }

    @Test
    void oddNamesAreIndexedAndSortedByUtf16() throws Exception {
        for (String name : List.of("z.md", "é.md", "😀.md", "ｚ.md", "dir with space/a b.md", "A.md", "_u.md")) {
            fx.write(name, "# " + name + "\n");
        }
        // A name that is not valid UTF-8 cannot be opened under its decoded name: skipped, like a vanished file.
        assertEquals(0, new ProcessBuilder("sh", "-c", "printf 'x\\n' > \"$(printf 'bad\\377.md')\"")
                .directory(fx.root.toFile()).start().waitFor());
        fx.ok("index", "build");
        assertEquals(List.of("A.md", "_u.md", "dir with space/a b.md", "docs/guide.md", "schemas/shape.json",
                "src/widget.js", "wazir.manifest.yaml", "z.md", "é.md", "😀.md", "ｚ.md"),
                Sql.rows(fx.db, "SELECT relative_path FROM files ORDER BY rowid"));
        assertEquals("# 😀.md (1-1)\n", fx.ok("index", "get-file-outline", "😀.md"));
        assertEquals("# dir with space/a b.md\n", fx.ok("recall", "file", "dir with space/a b.md", "--start-line", "1",
                "--end-line", "1"));
    }

    @Test
    void invalidUtf8IsDecodedWithReplacementCharacters() throws IOException {
        Files.write(fx.root.resolve("src/latin1.js"), new byte[] {'f', 'u', 'n', 'c', 't', 'i', 'o', 'n', ' ', 'f', '(',
            ')', ' ', '{', '}', ' ', '/', '/', ' ', (byte) 0xE9, '\n'});
        fx.ok("index", "build");
        assertEquals("23|2|function f() {} // \uFFFD", Sql.one(fx.db, "SELECT f.size_bytes, f.line_count, s.signature"
                + " FROM files f JOIN symbols s USING (file_id) WHERE f.relative_path = 'src/latin1.js'"));
    }

    @Test
    void missingFilesAndIndexesGiveTheOriginalMessages() throws IOException {
        assertEquals(new CommandResult(1, "", "File is not indexed: src/widget.js\n"),
                fx.run("recall", "file", "src/widget.js", "--start-line", "1", "--end-line", "2"));
        fx.ok("index", "build");
        fx.ok("index", "summarize");
        Files.delete(fx.root.resolve("src/widget.js"));
        assertEquals(new CommandResult(1, "", "File not found on disk: src/widget.js\n"),
                fx.run("recall", "file", "src/widget.js", "--tier", "L0"));
        assertEquals(new CommandResult(1, "", "ENOENT: no such file or directory, open '" + fx.root.resolve("src/widget.js")
                + "'\n"), fx.run("recall", "file", "src/widget.js", "--start-line", "1", "--end-line", "2"));
        Files.createDirectories(fx.root.resolve("src/widget.js"));
        assertEquals(new CommandResult(1, "", "Cannot read file: src/widget.js: EISDIR: illegal operation on a directory,"
                + " read\n"), fx.run("recall", "symbol", "makeWidget", "--tier", "L0"));
        assertEquals(new CommandResult(1, "", "EISDIR: illegal operation on a directory, read\n"),
                fx.run("recall", "symbol", "makeWidget"));
    }

    @Test
    void aFolderWhereTheDatabaseShouldBe() throws IOException {
        Files.createDirectories(fx.db);
        assertOneLineError(fx.run("index", "stats"), "The index database path is a folder, not a file: " + fx.db);
    }
    @Test
    void aFileRemovedBetweenTheWalkAndItsReadIsLeftOut() throws IOException {
        fx.ok("index", "build");
        fx.write("src/extra.js", "function extra() {}\n");
        Ingestion.Result r = Ingestion.run(fx.root, fx.state, true, SourceReader.SIZE_LIMIT, () -> {
            try {
                Files.delete(fx.root.resolve("src/extra.js"));
                Files.delete(fx.root.resolve("docs/guide.md"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // The new file never made it in; the indexed one that vanished counts as removed.
        assertEquals(List.of(3L, 0L, 1L), List.of(r.fileCount(), r.updatedFileCount(), r.removedFileCount()));
        assertEquals(List.of("schemas/shape.json", "src/widget.js", "wazir.manifest.yaml"),
                Sql.rows(fx.db, "SELECT relative_path FROM files ORDER BY relative_path"));
        fx.write("src/extra.js", "function extra() {}\n");
        Ingestion.Result b = Ingestion.run(fx.root, fx.state, false, SourceReader.SIZE_LIMIT, () -> {
            try {
                Files.delete(fx.root.resolve("src/extra.js"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(3, b.fileCount());
    }

    @Test
    void aDatabaseLockedByAnotherProcessMakesReadersWaitThenFailClearly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("sqlite3"), "needs the sqlite3 shell");
        fx.ok("index", "build");
        Process holder = new ProcessBuilder("sqlite3", fx.db.toString()).redirectErrorStream(true).start();
        try {
            // An exclusive lock (a writer in the middle of its commit) keeps readers out too.
            holder.getOutputStream().write("BEGIN EXCLUSIVE;\nSELECT 'held';\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            holder.getOutputStream().flush();
            assertEquals("held", new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8)).readLine());
            long start = System.nanoTime();
            CommandResult r = fx.run("index", "search-symbols", "Widget");
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertEquals(new CommandResult(1, "", "The index database is locked by another process (waited 5 s): " + fx.db
                    + ". Try again when the other wazir command has finished.\n"), r);
            assertTrue(waited >= 4500, "waited " + waited + " ms");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        assertTrue(fx.ok("index", "search-symbols", "Widget").startsWith("WidgetStore (class) src/widget.js:5\n"));
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void anIndexWithTablesOfAnotherShapeSaysHowToRebuild() throws Exception {
        Files.createDirectories(fx.db.getParent());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + fx.db); Statement st = other.createStatement()) {
            st.execute("CREATE TABLE files (x)");
            st.execute("CREATE TABLE symbols (y)");
        }
        String expected = "The index database does not have the expected tables (";
        assertOneLineError(fx.run("index", "build"), expected);
        assertOneLineError(fx.run("index", "search-symbols", "x"), expected);
        CommandResult r = fx.run("recall", "symbol", "x");
        assertOneLineError(r, expected);
        assertTrue(r.stderr().endsWith(fx.db + ". Delete it and run 'wazir index build' to rebuild it.\n"), r.stderr());
    }

    @Test
    void aStateRootThatCannotBeCreatedIsOneLine() throws IOException {
        CommandResult r = dev.wazir.Cli.run(fx.root, "index", "stats", "--state-root", "src/widget.js");
        assertEquals(new CommandResult(1, "", "Cannot create the index folder " + fx.root.resolve("src/widget.js/index")
                + ": Not a directory, mkdir '" + fx.root.resolve("src/widget.js/index") + "'\n"), r);
    }
}

