package dev.wazir.capture;

import dev.wazir.kit.JsonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hosts fire hooks in parallel: several processes append to one run's events.ndjson and update its
 * status.json and usage.json at once. Nothing may be lost, no line may be torn.
 */
class ParallelHooksTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    private static Process start(Path cwd, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(cwd.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitAll(List<Process> processes, List<Path> logs) throws Exception {
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            assertTrue(p.waitFor(240, TimeUnit.SECONDS), "process " + i + " timed out");
            assertEquals(0, p.exitValue(), "process " + i + ": " + Files.readString(logs.get(i)));
        }
    }

    /** 8 processes × 100 phase events each (each process runs the command 100 times, as a burst of hooks would). */
    @Test
    void eightProcessesAppendingHundredEventsEachLoseNothing() throws Exception {
        CaptureFixture fx = new CaptureFixture(dir);
        fx.init("storm");
        String padding = "x".repeat(6000); // lines longer than a pipe buffer: a torn write would show
        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int worker = 0; worker < 8; worker++) {
            Path log = dir.resolve("worker-" + worker + ".log");
            logs.add(log);
            processes.add(start(fx.root, log, RepeatedCommand.class.getName(), "100", fx.root.toString(),
                    "capture", "event", "--run", "storm", "--event", "phase_enter", "--phase", "p" + worker,
                    "--loop-count", "{i}", "--message", "w" + worker + "-{i}-" + padding));
        }
        awaitAll(processes, logs);
        verify(fx, 8, 100, padding);
    }

    /** The real entry point: 8 parallel `dev.wazir.Main capture event` processes, one round (JVM start-ups are slow on a loaded machine). */
    @Test
    void parallelMainProcessesLoseNothing() throws Exception {
        CaptureFixture fx = new CaptureFixture(dir);
        fx.init("storm");
        int rounds = 1;
        for (int round = 1; round <= rounds; round++) {
            List<Process> processes = new ArrayList<>();
            List<Path> logs = new ArrayList<>();
            for (int worker = 0; worker < 8; worker++) {
                Path log = dir.resolve("main-" + worker + "-" + round + ".log");
                logs.add(log);
                processes.add(start(fx.root, log, "dev.wazir.Main", "capture", "event", "--run", "storm",
                        "--event", "phase_enter", "--phase", "p" + worker, "--loop-count", Integer.toString(round),
                        "--message", "w" + worker + "-" + round + "-"));
            }
            awaitAll(processes, logs);
        }
        verify(fx, 8, rounds, "");
    }

    private static void verify(CaptureFixture fx, int workers, int perWorker, String padding) throws IOException {
        Path events = fx.runRoot("storm").resolve("events.ndjson");
        String text = Files.readString(events, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\n"));
        String[] lines = text.split("\n", -1);
        assertEquals(1 + workers * perWorker + 1, lines.length, "session_start + all events + final empty");
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (int i = 1; i < lines.length - 1; i++) {
            JsonNode event = JsonFiles.parse(lines[i]);
            assertEquals("phase_enter", event.get("event").stringValue());
            String phase = event.get("phase").stringValue();
            int loop = event.get("loop_count").intValue();
            String worker = phase.substring(1);
            assertEquals("w" + worker + "-" + loop + "-" + padding, event.get("message").stringValue());
            assertTrue(seen.computeIfAbsent(phase, k -> new HashSet<>()).add(loop), "duplicate " + phase + " " + loop);
        }
        assertEquals(workers, seen.size());
        for (Set<Integer> loops : seen.values()) {
            assertEquals(perWorker, loops.size());
        }

        JsonNode status = fx.status("storm");
        assertEquals("phase_enter", status.get("last_event").stringValue());
        JsonNode counts = status.get("phase_loop_counts");
        assertEquals(workers, counts.size());
        for (int w = 0; w < workers; w++) {
            assertEquals(perWorker, counts.get("p" + w).intValue(), "last loop count of worker " + w);
        }
        String lastLine = lines[lines.length - 2];
        assertEquals(JsonFiles.parse(lastLine).get("created_at"), status.get("updated_at"));

        JsonNode usage = fx.usage("storm");
        assertEquals("storm", usage.get("run_id").stringValue());
        for (int w = 0; w < workers; w++) {
            assertEquals(perWorker, usage.get("phases").get("p" + w).get("events_count").intValue());
        }
        assertEquals(workers * perWorker, usage.get("totals").get("total_events").intValue());
        try (var files = Files.list(fx.runRoot("storm"))) {
            assertEquals(List.of(".ledger.lock", "captures", "events.ndjson", "status.json", "usage.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left behind");
        }
    }
}
