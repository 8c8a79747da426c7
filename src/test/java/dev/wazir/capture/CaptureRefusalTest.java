package dev.wazir.capture;

import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.wazir.capture.CaptureFixture.read;
import static dev.wazir.capture.CaptureFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Bad input is refused with one line on stderr, exit 1, and not a single byte changed. */
class CaptureRefusalTest {
    @TempDir
    Path dir;
    CaptureFixture fx;

    @BeforeEach
    void setUp() {
        fx = new CaptureFixture(dir);
        fx.init("run-1");
    }

    /** Runs the command and checks the exact error line and that the project and state folders are unchanged. */
    private void refusedWithInput(String expectedError, String stdin, String... args) {
        Map<String, String> before = fx.snapshot();
        CommandResult result = fx.runWithInput(stdin, args);
        assertEquals(expectedError + "\n", result.stderr());
        assertEquals("", result.stdout());
        assertEquals(1, result.exitCode());
        assertEquals(before, fx.snapshot(), "files changed by a refused command");
    }

    private void refused(String expectedError, String... args) {
        refusedWithInput(expectedError, "", args);
    }

    @Test
    void unknownRunIsRefusedByEveryChangingSubcommand() {
        String missing = "Run status not found: " + fx.runRoot("nope").resolve("status.json");
        refused(missing, "capture", "event", "--run", "nope", "--event", "tool_call");
        refused(missing, "capture", "route", "--run", "nope", "--name", "x");
        refusedWithInput(missing, "data", "capture", "output", "--run", "nope", "--command", "c", "--exit-code", "0");
        refusedWithInput(missing, "data", "capture", "summary", "--run", "nope");
        refused(missing, "status", "--run", "nope");
        assertFalse(Files.exists(fx.runRoot("nope")));
    }

    @Test
    void runIdsThatWouldLeaveTheRunsFolderAreRefused() {
        String slash = "Invalid run id \"../esc\": a run id is one folder name (no \"/\", \"\\\" or \"..\")";
        refused(slash, "capture", "init", "--run", "../esc", "--phase", "p", "--status", "s");
        refused(slash, "capture", "event", "--run", "../esc", "--event", "e");
        refused(slash, "capture", "usage", "--run", "../esc");
        refused(slash, "status", "--run", "../esc");
        refused("Invalid run id \"..\": a run id is one folder name (no \"/\", \"\\\" or \"..\")",
                "capture", "init", "--run", "..", "--phase", "p", "--status", "s");
        refused("Invalid run id \".\": a run id is one folder name (no \"/\", \"\\\" or \"..\")",
                "capture", "init", "--run", ".", "--phase", "p", "--status", "s");
        refused("Invalid run id \"a/b\": a run id is one folder name (no \"/\", \"\\\" or \"..\")",
                "capture", "route", "--run", "a/b", "--name", "x");
        refused("Invalid run id \"/abs\": a run id is one folder name (no \"/\", \"\\\" or \"..\")",
                "status", "--run", "/abs");
        refused("Invalid run id \"latest\": the name is taken by the runs/latest pointer",
                "capture", "init", "--run", "latest", "--phase", "p", "--status", "s");
        assertFalse(Files.exists(fx.state.resolve("esc")));
    }

    @Test
    void runIdsWithControlCharactersAreRefused() {
        refused("Invalid run id \"a\\nb\": a run id may not contain control characters",
                "capture", "init", "--run", "a\nb", "--phase", "p", "--status", "s");
        refused("Invalid run id \"tab\\there\": a run id may not contain control characters",
                "status", "--run", "tab\there");
        refused("Invalid run id \"del\u007f\": a run id may not contain control characters",
                "capture", "event", "--run", "del\u007f", "--event", "e");
        assertFalse(Files.exists(fx.runRoot("a\nb")));
        assertEquals("run-1", read(fx.state.resolve("runs/latest")).strip());
    }

    @Test
    void corruptStatusIsReportedAndLeftAlone() {
        write(fx.runRoot("run-1").resolve("status.json"), "not json\n");
        Map<String, String> before = fx.snapshot();
        for (String[] args : new String[][] {
            {"capture", "event", "--run", "run-1", "--event", "tool_call"},
            {"capture", "route", "--run", "run-1", "--name", "x"},
            {"capture", "output", "--run", "run-1", "--command", "c", "--exit-code", "0"},
            {"capture", "summary", "--run", "run-1"},
            {"status", "--run", "run-1"},
        }) {
            CommandResult result = fx.runWithInput("data", args);
            assertEquals(1, result.exitCode(), String.join(" ", args));
            // The V8 parser message of 1.0.0 (spec §5.1), which quotes the text with its line feed.
            assertEquals("Unexpected token 'o', \"not json\n\" is not valid JSON\n", result.stderr());
            assertEquals("", result.stdout());
        }
        assertEquals(before, fx.snapshot());
    }

    @Test
    void statusThatIsNotAnObjectIsRefusedByChangingCommands() {
        write(fx.runRoot("run-1").resolve("status.json"), "[1,2]\n");
        refused("Run status is not a JSON object: " + fx.runRoot("run-1").resolve("status.json"),
                "capture", "event", "--run", "run-1", "--event", "tool_call");
    }

    @Test
    void truncatedLastEventLineIsReportedAndLeftAlone() {
        Path events = fx.runRoot("run-1").resolve("events.ndjson");
        write(events, CaptureFixture.read(events) + "{\"event\":\"tool_ca");
        String error = "The last line of " + events + " is incomplete (no line feed); repair or remove that line,"
                + " then retry";
        refused(error, "capture", "event", "--run", "run-1", "--event", "tool_call");
        refused(error, "capture", "route", "--run", "run-1", "--name", "x");
        refusedWithInput(error, "out", "capture", "output", "--run", "run-1", "--command", "c", "--exit-code", "0");
        refusedWithInput(error, "sum", "capture", "summary", "--run", "run-1");
        refused(error, "capture", "init", "--run", "run-1", "--phase", "p", "--status", "s");
    }

    @Test
    void truncatedLogOfARunNeverLockedIsRefusedWithoutCreatingTheLockFile() throws Exception {
        Files.delete(fx.runRoot("run-1").resolve(RunPaths.LOCK_FILE));
        Path events = fx.runRoot("run-1").resolve("events.ndjson");
        write(events, "{\"event\":\"session_st");
        refused("The last line of " + events + " is incomplete (no line feed); repair or remove that line,"
                + " then retry", "capture", "event", "--run", "run-1", "--event", "tool_call");
    }

    @Test
    void malformedUsageIsNotOverwrittenByCommandsThatUpdateIt() {
        Path usage = fx.runRoot("run-1").resolve("usage.json");
        write(usage, "not-json{{{");
        CommandResult result = fx.runWithInput("abc", "capture", "output", "--run", "run-1", "--command", "c",
                "--exit-code", "0");
        assertEquals(1, result.exitCode());
        assertEquals(true, result.stderr().startsWith("Malformed usage.json at " + usage + " ("), result.stderr());
        assertEquals(true, result.stderr().endsWith("); repair or remove it, then retry\n"), result.stderr());
        Map<String, String> before = fx.snapshot();
        assertEquals(1, fx.run("capture", "event", "--run", "run-1", "--event", "phase_enter").exitCode());
        assertEquals(1, fx.runWithInput("s", "capture", "summary", "--run", "run-1").exitCode());
        assertEquals(before, fx.snapshot());
        // Events that do not touch usage.json still work.
        assertEquals(0, fx.run("capture", "event", "--run", "run-1", "--event", "tool_call").exitCode());
    }

    @Test
    void usageWithTheWrongShapeIsRefused() {
        Path usage = fx.runRoot("run-1").resolve("usage.json");
        write(usage, "{\"phases\":{},\"totals\":{},\"savings\":{\"capture_routing\":{\"raw_bytes\":\"12\"}}}\n");
        refusedWithInput("Malformed usage.json at " + usage
                + " (savings.capture_routing.raw_bytes is not a number); repair or remove it, then retry",
                "abc", "capture", "output", "--run", "run-1", "--command", "c", "--exit-code", "0");
        write(usage, "{\"phases\":[],\"totals\":{}}\n");
        refused("Malformed usage.json at " + usage + " (phases is not an object); repair or remove it, then retry",
                "capture", "event", "--run", "run-1", "--event", "phase_exit");
    }

    @Test
    void missingOptionValuesAndUnknownOptions() {
        refused("Missing value for --run", "capture", "event", "--run");
        refused("Missing value for --event", "capture", "event", "--run", "run-1", "--event", "--json");
        refused("Missing value for --message", "capture", "event", "--run", "run-1", "--event", "e", "--message", "");
        refused("Unknown option: --json=1", "capture", "event", "--run", "run-1", "--json=1");
        refused("Unknown option: --bogus", "status", "--run", "run-1", "--bogus");
        refused("Missing value for --state-root", "status", "--run", "run-1", "--state-root");
    }

    @Test
    void nonIntegerCountsAreRefused() {
        for (String bad : new String[] {"0", "-1", "-0", "abc", "", "1e400".replace("1e400", "9".repeat(400))}) {
            if (bad.isEmpty()) {
                continue;
            }
            refused("--loop-count must be a positive integer",
                    "capture", "event", "--run", "run-1", "--event", "e", "--loop-count", bad);
        }
        refusedWithInput("--exit-code must be an integer", "out",
                "capture", "output", "--run", "run-1", "--command", "c", "--exit-code", "abc");
        refusedWithInput("--exit-code must be an integer", "out",
                "capture", "output", "--run", "run-1", "--command", "c", "--exit-code", "x7", "--name", "n");
    }

    @Test
    void capturePathsOutsideTheCapturesFolderAreRefused() {
        Path captures = fx.runRoot("run-1").resolve("captures");
        String outside = "capture-path must stay inside " + captures;
        refusedWithInput(outside, "x", "capture", "output", "--run", "run-1", "--command", "c", "--exit-code", "0",
                "--capture-path", "elsewhere.log");
        refusedWithInput(outside, "x", "capture", "output", "--run", "run-1", "--command", "c", "--exit-code", "0",
                "--capture-path", captures + "/../status.json");
        refusedWithInput(outside, "x", "capture", "output", "--run", "run-1", "--command", "c", "--exit-code", "0",
                "--capture-path", captures + "/..foo");
        refusedWithInput("EISDIR: illegal operation on a directory, open '" + captures + "'", "x", "capture", "output",
                "--run", "run-1", "--command", "c", "--exit-code", "0", "--capture-path", captures.toString());
        refused("Invalid --suffix \"/../../x\": a suffix is part of a file name (no \"/\" or \"\\\")",
                "capture", "route", "--run", "run-1", "--name", "n", "--suffix", "/../../x");
    }

    @Test
    void subcommandAndRequiredOptionErrors() {
        refused("Usage: wazir capture <init|event|route|output|summary|usage> ...", "capture");
        refused("Usage: wazir capture <init|event|route|output|summary|usage> ...", "capture", "bogus");
        refused("Usage: wazir capture <init|event|route|output|summary|usage> ...", "capture", "--json", "init");
        refused("Usage: wazir capture init --run <id> --phase <phase> --status <status> [--state-root <path>] [--json]",
                "capture", "init", "--run", "r", "--status", "s");
        refused("Usage: wazir capture event --run <id> --event <name> [--phase <phase>] [--status <status>]"
                + " [--loop-count <n>] [--message <text>] [--state-root <path>] [--json]",
                "capture", "event", "--run", "run-1");
        refused("Usage: wazir capture route --run <id> --name <label> [--suffix <ext>] [--state-root <path>] [--json]",
                "capture", "route", "--run", "run-1");
        refused("Usage: wazir capture output --run <id> --command <command> --exit-code <code>"
                + " [--capture-path <path> | --name <label>] [--suffix <ext>] [--state-root <path>] [--json]",
                "capture", "output", "--run", "run-1", "--command", "c");
        refused("Usage: wazir capture summary --run <id> [--event <pre_compact_summary|stop_handoff_harvest>]"
                + " [--state-root <path>] [--json]", "capture", "summary");
        refused("Usage: wazir capture usage --run <id> [--phase <phase>] [--state-root <path>] [--json]",
                "capture", "usage", "--json");
        refused("Usage: wazir status --run <id> [--state-root <path>] [--json]", "status", "foo", "--run", "run-1");
        refused("wazir status requires --run <id>", "status", "--json");
    }

    @Test
    void projectErrorsComeBeforeOptionErrorsForCaptureButAfterForStatus(@TempDir Path outside) {
        CommandResult capture = dev.wazir.Cli.run(outside, "capture", "init", "--bogus");
        assertEquals("Could not find wazir.manifest.yaml from " + outside + "\n", capture.stderr());
        CommandResult usage = dev.wazir.Cli.run(outside, "capture", "nope");
        assertEquals("Usage: wazir capture <init|event|route|output|summary|usage> ...\n", usage.stderr());
        CommandResult status = dev.wazir.Cli.run(outside, "status", "--bogus");
        assertEquals("Unknown option: --bogus\n", status.stderr());
        CommandResult noRun = dev.wazir.Cli.run(outside, "status");
        assertEquals("wazir status requires --run <id>\n", noRun.stderr());
        CommandResult project = dev.wazir.Cli.run(outside, "status", "--run", "r");
        assertEquals("Could not find wazir.manifest.yaml from " + outside + "\n", project.stderr());
    }
}
