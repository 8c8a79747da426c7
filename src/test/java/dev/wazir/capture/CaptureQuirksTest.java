package dev.wazir.capture;

import dev.wazir.Main;
import dev.wazir.cli.CommandResult;
import dev.wazir.cli.Invocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.wazir.capture.CaptureFixture.read;
import static dev.wazir.capture.CaptureFixture.withoutTimes;
import static dev.wazir.capture.CaptureFixture.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The observed corner cases of §5: odd status files, capture names, capture paths, bytes, the pointer. */
class CaptureQuirksTest {
    @TempDir
    Path dir;
    CaptureFixture fx;

    @BeforeEach
    void setUp() {
        fx = new CaptureFixture(dir);
    }

    @Test
    void oddStatusKeepsKeyPositionsMovesIntegerKeysFirstAndKeysNullPhase() {
        write(fx.runRoot("odd").resolve("status.json"), "{\"run_id\":\"odd\",\"5\":\"five\",\"phase\":null}");
        CommandResult result = fx.run("capture", "event", "--run", "odd", "--event", "phase_enter", "--loop-count", "2");
        assertEquals("odd phase_enter\n", result.stdout());
        assertEquals("{\n"
                + "  \"5\": \"five\",\n"
                + "  \"run_id\": \"odd\",\n"
                + "  \"phase\": null,\n"
                + "  \"phase_loop_counts\": {\n"
                + "    \"null\": 2\n"
                + "  },\n"
                + "  \"updated_at\": \"<ISO>\",\n"
                + "  \"last_event\": \"phase_enter\"\n"
                + "}\n", withoutTimes(read(fx.runRoot("odd").resolve("status.json"))));
        assertEquals("{\"event\":\"phase_enter\",\"created_at\":\"<ISO>\",\"run_id\":\"odd\",\"phase\":null,"
                + "\"loop_count\":2}\n", withoutTimes(read(fx.runRoot("odd").resolve("events.ndjson"))));
        // usage.json did not exist: created for run "unknown", with the phase key "null".
        assertEquals("unknown", fx.usage("odd").get("run_id").stringValue());
        assertEquals(1, fx.usage("odd").get("phases").get("null").get("events_count").intValue());
    }

    @Test
    void statusWithoutPhaseGivesUndefinedKeyAndEventWithoutPhaseOrStatus() {
        write(fx.runRoot("odd").resolve("status.json"), "{\"run_id\":\"odd\"}");
        assertEquals(0, fx.run("capture", "event", "--run", "odd", "--event", "phase_enter", "--loop-count", "3")
                .exitCode());
        assertEquals("{\n"
                + "  \"run_id\": \"odd\",\n"
                + "  \"phase_loop_counts\": {\n"
                + "    \"undefined\": 3\n"
                + "  },\n"
                + "  \"updated_at\": \"<ISO>\",\n"
                + "  \"last_event\": \"phase_enter\"\n"
                + "}\n", withoutTimes(read(fx.runRoot("odd").resolve("status.json"))));
        assertEquals("{\"event\":\"phase_enter\",\"created_at\":\"<ISO>\",\"run_id\":\"odd\",\"loop_count\":3}\n",
                withoutTimes(read(fx.runRoot("odd").resolve("events.ndjson"))));
        assertEquals(1, fx.usage("odd").get("phases").get("undefined").get("events_count").intValue());
    }

    @Test
    void loopCountsAreSetNotAddedAndParsedLikeParseInt() {
        fx.init("r");
        fx.run("capture", "event", "--run", "r", "--event", "e", "--loop-count", "7");
        fx.run("capture", "event", "--run", "r", "--event", "e", "--phase", "verify", "--loop-count", " 3.9x");
        fx.run("capture", "event", "--run", "r", "--event", "e", "--loop-count", "99999999999999999999");
        assertEquals("{\"clarify\":7,\"verify\":100000000000000000000}",
                dev.wazir.text.Json.compact(fx.status("r").get("phase_loop_counts")));
        assertEquals(3, fx.events("r").get(2).get("loop_count").intValue());
    }

    @Test
    void captureNames() {
        fx.init("r");
        Path captures = fx.runRoot("r").resolve("captures");
        assertEquals(captures + "/<T>-capture.txt\n", withoutTimes(
                fx.run("capture", "route", "--run", "r", "--name", "***", "--suffix", "txt").stdout()));
        assertEquals(captures + "/<T>-x.tar.gz\n", withoutTimes(
                fx.run("capture", "route", "--run", "r", "--name", "x", "--suffix", ".tar.gz").stdout()));
        assertEquals(captures + "/<T>-i-k-my-file.log\n", withoutTimes(
                fx.run("capture", "route", "--run", "r", "--name", "-İşık My_File-").stdout()));
        String stdout = fx.runWithInput("", "capture", "output", "--run", "r", "--command", "c", "--exit-code", "0",
                "--name", "Build Log", "--suffix", "out").stdout();
        assertEquals(captures + "/<T>-build-log.out\n", withoutTimes(stdout));
    }

    @Test
    void twoRoutesInTheSameMillisecondGetTwoFiles() throws Exception {
        fx.init("r");
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            paths.add(fx.run("capture", "route", "--run", "r", "--name", "same").stdout().trim());
        }
        assertEquals(5, paths.stream().distinct().count());
        try (var files = Files.list(fx.runRoot("r").resolve("captures"))) {
            assertEquals(5, files.count());
        }
    }

    @Test
    void outputKeepsDecodedTextAndCountsItsUtf8Bytes() throws Exception {
        fx.init("r");
        byte[] input = {'a', (byte) 0xff, 'b', '\r', '\n'};
        CommandResult result = Main.execute(new String[] {"capture", "output", "--run", "r", "--command", "ls",
            "--exit-code", "7x", "--json"}, new Invocation(fx.root, System.getenv(), new ByteArrayInputStream(input)));
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stdout().contains("\"byte_length\": 7,"), result.stdout());
        Path capture = Path.of(fx.status("r").get("artifacts").get("last_capture_path").stringValue());
        assertArrayEquals(new byte[] {'a', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, 'b', '\r', '\n'},
                Files.readAllBytes(capture));
        assertEquals(7, fx.lastEvent("r").get("exit_code").intValue());
        assertEquals(7, fx.usage("r").get("savings").get("capture_routing").get("raw_bytes").intValue());
    }

    @Test
    void capturePathMayNameSubfoldersOrARelativePath() {
        fx.init("r");
        Path captures = fx.runRoot("r").resolve("captures");
        CommandResult nested = fx.runWithInput("deep", "capture", "output", "--run", "r", "--command", "c",
                "--exit-code", "0", "--capture-path", captures.resolve("sub/dir/x.log").toString());
        assertEquals(captures.resolve("sub/dir/x.log") + "\n", nested.stdout());
        assertEquals("deep", read(captures.resolve("sub/dir/x.log")));
        CommandResult relative = fx.runWithInput("rel", "capture", "output", "--run", "r", "--command", "c",
                "--exit-code", "0", "--capture-path", ".state-root/runs/r/captures/rel.log");
        assertEquals(captures.resolve("rel.log") + "\n", relative.stdout());
        assertEquals("rel", read(captures.resolve("rel.log")));
    }

    @Test
    void initOverAMalformedUsageFileWarnsAndLeavesIt() {
        write(fx.runRoot("r").resolve("usage.json"), "not-json{{{");
        CommandResult result = fx.run("capture", "init", "--run", "r", "--phase", "p", "--status", "s");
        assertEquals(0, result.exitCode());
        assertEquals("r s\n", result.stdout());
        assertEquals("warning: malformed usage.json at " + fx.runRoot("r").resolve("usage.json")
                + ", using defaults\n", result.stderr());
        assertEquals("not-json{{{", read(fx.runRoot("r").resolve("usage.json")));
    }

    @Test
    void latestPointerThatCannotBeWrittenIsAWarning() throws Exception {
        Files.createDirectories(fx.state.resolve("runs/latest/keep"));
        CommandResult result = fx.run("capture", "init", "--run", "r", "--phase", "p", "--status", "s");
        assertEquals(new CommandResult(0, "r s\n", "Warning: could not write latest run pointer\n"), result);
        try (var files = Files.list(fx.state.resolve("runs"))) {
            assertEquals(List.of("latest", "r"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void latestPointsAtTheLastInitializedRun() {
        fx.init("a");
        fx.init("b");
        assertEquals("b", read(fx.state.resolve("runs/latest")));
        fx.run("capture", "event", "--run", "a", "--event", "e");
        assertEquals("b", read(fx.state.resolve("runs/latest")));
    }

    @Test
    void stateRootOptionAndLastOccurrenceWins() {
        CommandResult result = fx.run("capture", "init", "--run", "r", "--phase", "p", "--status", "s",
                "--state-root", "one", "--state-root", "~/two", "--json");
        assertEquals(0, result.exitCode());
        assertTrue(Files.exists(fx.root.resolve("~/two/runs/r/status.json")));
        assertTrue(result.stdout().contains("\"state_root\": \"" + fx.root.resolve("~/two") + "\""));
    }

    @Test
    void extraPositionalsAreIgnoredAndHelpWins() {
        fx.init("r");
        assertEquals("r e\n", fx.run("capture", "event", "extra", "--run", "r", "--event", "e").stdout());
        CommandResult help = fx.run("capture", "event", "--message", "-h");
        assertEquals(0, help.exitCode());
        assertTrue(help.stdout().startsWith("Usage: wazir capture"), help.stdout());
        assertTrue(fx.run("status", "--help").stdout().startsWith("Usage: wazir status"));
    }
}
