package dev.wazir.capture;

import dev.wazir.WazirException;
import dev.wazir.kit.TextFiles;
import dev.wazir.text.IsoTime;
import dev.wazir.text.Json;
import dev.wazir.text.JsNumbers;
import dev.wazir.text.JsValues;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The run ledger behind {@code wazir capture}: {@code status.json}, {@code events.ndjson}, capture
 * files, {@code summary.md} and {@code usage.json} of one run under {@code <state>/runs/<run>/}.
 *
 * <p>Every changing command first checks everything that can fail (status readable, event log
 * complete, numbers valid, usage document sound) and only then writes, all under the run lock, so a
 * refused command changes no file and parallel hooks lose nothing.
 */
public final class RunLedger {
    private final Path projectRoot;
    private final Path stateRoot;
    private final Path cwd;
    private final Clock clock;
    private final List<String> warnings = new ArrayList<>();
    private final UsageLedger usage;

    public RunLedger(Path projectRoot, Path stateRoot, Path cwd, Clock clock) {
        this.projectRoot = projectRoot;
        this.stateRoot = stateRoot;
        this.cwd = cwd;
        this.clock = clock;
        this.usage = new UsageLedger(clock, warnings);
    }

    /** The stderr lines (without line feed) the last commands produced while succeeding. */
    public List<String> warnings() {
        return warnings;
    }

    public RunPaths paths(String runId) {
        return RunPaths.of(stateRoot, runId);
    }

    private String now() {
        return IsoTime.format(clock.instant());
    }

    private ObjectNode baseEvent(String name) {
        ObjectNode event = Json.object();
        event.put("event", name);
        event.put("created_at", now());
        return event;
    }

    private static void putIfDefined(ObjectNode target, String key, JsonNode value) {
        if (value != null && !value.isMissingNode()) {
            target.set(key, value);
        }
    }

    /** {@code capture init}: (re)writes the status, logs {@code session_start}, creates usage.json once, moves {@code latest}. */
    public ObjectNode init(String runId, String phase, String status) {
        if (runId.equals("latest")) {
            throw new WazirException("Invalid run id \"latest\": the name is taken by the runs/latest pointer");
        }
        RunPaths paths = paths(runId);
        LedgerFiles.createDirectories(paths.runRoot());
        try (RunLock lock = RunLock.acquire(paths)) {
            LedgerFiles.requireCompleteEventLog(paths);
            LedgerFiles.createDirectories(paths.capturesDir());
            String createdAt = now();
            ObjectNode document = Json.object();
            document.put("run_id", runId);
            document.put("project_root", projectRoot.toString());
            document.put("phase", phase);
            document.put("status", status);
            document.put("created_at", createdAt);
            document.put("updated_at", createdAt);
            document.set("phase_loop_counts", Json.object());
            ObjectNode artifacts = document.putObject("artifacts");
            artifacts.put("events_path", paths.eventsPath().toString());
            artifacts.putNull("summary_path");
            artifacts.put("captures_dir", paths.capturesDir().toString());
            document.put("last_event", "session_start");
            writeStatus(paths, document);

            ObjectNode event = baseEvent("session_start");
            event.put("run_id", runId);
            event.put("project_root", projectRoot.toString());
            event.put("phase", phase);
            event.put("status", status);
            appendEvent(paths, event);

            usage.init(paths, runId);
            writeLatestPointer(paths);
        }
        ObjectNode payload = Json.object();
        payload.put("run_id", runId);
        payload.put("phase", phase);
        payload.put("status", status);
        payload.put("state_root", paths.stateRoot().toString());
        payload.put("run_root", paths.runRoot().toString());
        payload.put("status_path", paths.statusPath().toString());
        payload.put("events_path", paths.eventsPath().toString());
        payload.put("captures_dir", paths.capturesDir().toString());
        return payload;
    }

    private void writeLatestPointer(RunPaths paths) {
        Path pointer = paths.latestPointer();
        Path temporary = null;
        try {
            Files.createDirectories(paths.runsDir());
            temporary = Files.createTempFile(paths.runsDir(), ".latest-", ".tmp");
            Files.write(temporary, LedgerFiles.utf8(paths.runId()));
            Files.move(temporary, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            if (temporary != null) {
                LedgerFiles.deleteQuietly(temporary);
            }
            warnings.add("Warning: could not write latest run pointer");
        }
    }

    /** {@code capture event}. {@code loopCount} is the raw option text (parsed like JS parseInt). */
    public ObjectNode event(String runId, String eventName, String phase, String status, String loopCount,
                            String message) {
        RunPaths paths = paths(runId);
        preflight(paths);
        try (RunLock lock = RunLock.acquire(paths)) {
            ObjectNode document = LedgerFiles.readStatusObject(paths);
            LedgerFiles.requireCompleteEventLog(paths);
            JsonNode phaseValue = phase != null ? tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(phase) : document.get("phase");
            JsonNode statusValue = status != null ? tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(status) : document.get("status");

            ObjectNode event = baseEvent(eventName);
            event.put("run_id", runId);
            putIfDefined(event, "phase", phaseValue);
            putIfDefined(event, "status", statusValue);
            if (message != null) {
                event.put("message", message);
            }
            if (loopCount != null) {
                double count = positiveInteger(loopCount, "--loop-count");
                JsonNode counts = document.get("phase_loop_counts");
                ObjectNode updated = JsValues.spread(counts == null || counts.isNull() ? null : counts);
                updated.put(JsValues.toJsString(phaseValue), count);
                document.set("phase_loop_counts", updated);
                event.put("loop_count", count);
            }
            putIfDefined(document, "phase", phaseValue);
            putIfDefined(document, "status", statusValue);
            document.put("updated_at", event.get("created_at").stringValue());
            document.put("last_event", eventName);

            ObjectNode usageDocument = null;
            if (eventName.equals("phase_enter") || eventName.equals("phase_exit")) {
                String usagePhase = JsValues.toJsString(phaseValue);
                usageDocument = prepareUsage(paths,
                        d -> usage.applyPhaseUsage(d, usagePhase, 1.0, null, null, null));
            }
            appendEvent(paths, event);
            writeStatus(paths, document);
            if (usageDocument != null) {
                usage.write(paths, usageDocument);
            }
        }
        ObjectNode payload = Json.object();
        payload.put("run_id", runId);
        payload.put("event", eventName);
        payload.put("events_path", paths.eventsPath().toString());
        payload.put("status_path", paths.statusPath().toString());
        return payload;
    }

    /** {@code capture route}: creates an empty auto-named capture file and logs it. */
    public ObjectNode route(String runId, String name, String suffix) {
        RunPaths paths = paths(runId);
        preflight(paths);
        String ending = CaptureTargets.suffix(suffix);
        Path capturePath;
        try (RunLock lock = RunLock.acquire(paths)) {
            ObjectNode document = LedgerFiles.readStatusObject(paths);
            LedgerFiles.requireCompleteEventLog(paths);
            capturePath = CaptureTargets.createAutoNamed(paths, clock, name, ending);
            ObjectNode event = baseEvent("pre_tool_capture_route");
            event.put("run_id", runId);
            putIfDefined(event, "phase", document.get("phase"));
            putIfDefined(event, "status", document.get("status"));
            event.put("capture_path", capturePath.toString());
            event.put("capture_name", name);
            document.put("updated_at", event.get("created_at").stringValue());
            document.put("last_event", "pre_tool_capture_route");
            appendEvent(paths, event);
            writeStatus(paths, document);
        }
        ObjectNode payload = Json.object();
        payload.put("run_id", runId);
        payload.put("capture_path", capturePath.toString());
        payload.put("events_path", paths.eventsPath().toString());
        return payload;
    }

    /** {@code capture output}: stores stdin as a capture file, logs it and counts its bytes as raw. */
    public ObjectNode output(String runId, String command, String exitCodeText, String capturePathOption,
                             String name, String suffix, InputStream stdin) {
        RunPaths paths = paths(runId);
        preflight(paths);
        Path explicit = capturePathOption == null ? null
                : CaptureTargets.explicitTarget(paths, cwd, capturePathOption);
        String ending = explicit == null ? CaptureTargets.suffix(suffix) : null;
        double exitCode = JsNumbers.parseInt(exitCodeText);
        if (!JsNumbers.isInteger(exitCode)) {
            throw new WazirException("--exit-code must be an integer");
        }
        if (explicit != null) {
            CaptureTargets.requireWritableFile(explicit);
        }
        String output = readAll(stdin);
        double byteLength = LedgerFiles.utf8(output).length;
        Path capturePath;
        try (RunLock lock = RunLock.acquire(paths)) {
            ObjectNode document = LedgerFiles.readStatusObject(paths);
            LedgerFiles.requireCompleteEventLog(paths);
            if (explicit != null) {
                CaptureTargets.requireWritableFile(explicit);
            }
            ObjectNode usageDocument = prepareUsage(paths, d -> usage.applyCaptureSavings(d, byteLength, 0));
            if (explicit != null) {
                LedgerFiles.createDirectories(paths.capturesDir());
                LedgerFiles.createDirectories(explicit.getParent());
                capturePath = explicit;
            } else {
                capturePath = CaptureTargets.createAutoNamed(paths, clock, name == null ? "tool-output" : name, ending);
            }
            LedgerFiles.overwrite(capturePath, output);
            ObjectNode event = baseEvent("post_tool_capture");
            event.put("run_id", runId);
            putIfDefined(event, "phase", document.get("phase"));
            putIfDefined(event, "status", document.get("status"));
            event.put("command", command);
            event.put("exit_code", exitCode);
            event.put("capture_path", capturePath.toString());
            event.put("byte_length", byteLength);
            document.put("updated_at", event.get("created_at").stringValue());
            document.put("last_event", "post_tool_capture");
            ObjectNode artifacts = JsValues.spread(document.get("artifacts"));
            artifacts.put("last_capture_path", capturePath.toString());
            document.set("artifacts", artifacts);
            appendEvent(paths, event);
            writeStatus(paths, document);
            usage.write(paths, usageDocument);
        }
        ObjectNode payload = Json.object();
        payload.put("run_id", runId);
        payload.put("capture_path", capturePath.toString());
        payload.put("byte_length", byteLength);
        payload.put("events_path", paths.eventsPath().toString());
        payload.put("status_path", paths.statusPath().toString());
        return payload;
    }

    /** {@code capture summary}: stores stdin as {@code summary.md}, logs it and counts its bytes as summary. */
    public ObjectNode summary(String runId, String eventOption, InputStream stdin) {
        RunPaths paths = paths(runId);
        preflight(paths);
        String eventName = eventOption == null ? "pre_compact_summary" : eventOption;
        String content = readAll(stdin);
        double summaryBytes = LedgerFiles.utf8(content).length;
        try (RunLock lock = RunLock.acquire(paths)) {
            ObjectNode document = LedgerFiles.readStatusObject(paths);
            LedgerFiles.requireCompleteEventLog(paths);
            CaptureTargets.requireWritableFile(paths.summaryPath());
            ObjectNode usageDocument = prepareUsage(paths, d -> usage.applyCaptureSavings(d, 0, summaryBytes));
            LedgerFiles.replace(paths.summaryPath(), content);
            ObjectNode event = baseEvent(eventName);
            event.put("run_id", runId);
            putIfDefined(event, "phase", document.get("phase"));
            putIfDefined(event, "status", document.get("status"));
            event.put("summary_path", paths.summaryPath().toString());
            document.put("updated_at", event.get("created_at").stringValue());
            document.put("last_event", eventName);
            ObjectNode artifacts = JsValues.spread(document.get("artifacts"));
            artifacts.put("summary_path", paths.summaryPath().toString());
            document.set("artifacts", artifacts);
            appendEvent(paths, event);
            writeStatus(paths, document);
            usage.write(paths, usageDocument);
        }
        ObjectNode payload = Json.object();
        payload.put("run_id", runId);
        payload.put("summary_path", paths.summaryPath().toString());
        payload.put("events_path", paths.eventsPath().toString());
        payload.put("status_path", paths.statusPath().toString());
        return payload;
    }

    /** {@code capture usage}: reads only; a run without usage.json reports the {@code unknown} defaults. */
    public String usageReport(String runId, String phase, boolean json) {
        RunPaths paths = paths(runId);
        JsonNode document = usage.read(paths);
        return new UsageReport(paths.usagePath(), warnings).render(document, phase, json);
    }

    /** {@code wazir status}: the parsed status spread into a new object, plus {@code status_path}. */
    public ObjectNode status(String runId) {
        RunPaths paths = paths(runId);
        ObjectNode payload = JsValues.spread(LedgerFiles.readStatus(paths));
        payload.put("status_path", paths.statusPath().toString());
        return payload;
    }

    /**
     * Checks, without taking the lock (which would create a file), that the run can be changed at all.
     * The event log's last line is only judged here when no wazir-java writer has locked the run yet:
     * otherwise another process may be appending right now, and the check is repeated under the lock.
     */
    private static void preflight(RunPaths paths) {
        LedgerFiles.readStatusObject(paths);
        if (!Files.exists(paths.lockPath())) {
            LedgerFiles.requireCompleteEventLog(paths);
        }
    }

    private ObjectNode prepareUsage(RunPaths paths, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode document = usage.readForUpdate(paths);
        try {
            change.accept(document);
        } catch (UsageLedger.ShapeException e) {
            throw e.at(paths.usagePath());
        }
        return document;
    }

    private static void appendEvent(RunPaths paths, ObjectNode event) {
        LedgerFiles.appendLine(paths.eventsPath(), Json.compact(event) + "\n");
    }

    private static void writeStatus(RunPaths paths, ObjectNode document) {
        LedgerFiles.replace(paths.statusPath(), Json.pretty(document) + "\n");
    }

    /** {@code Number.parseInt} then "integer >= 1", with the 1.0.0 message. */
    static double positiveInteger(String text, String option) {
        double value = JsNumbers.parseInt(text);
        if (!JsNumbers.isInteger(value) || value < 1) {
            throw new WazirException(option + " must be a positive integer");
        }
        return value;
    }

    private static String readAll(InputStream stdin) {
        try {
            return TextFiles.decode(stdin.readAllBytes());
        } catch (IOException e) {
            throw new WazirException("Could not read standard input: " + e.getMessage());
        }
    }
}
