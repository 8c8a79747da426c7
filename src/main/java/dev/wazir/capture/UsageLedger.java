package dev.wazir.capture;

import dev.wazir.WazirException;
import dev.wazir.kit.JsonFiles;
import dev.wazir.text.IsoTime;
import dev.wazir.text.Json;
import dev.wazir.text.JsNumbers;
import dev.wazir.text.JsValues;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code usage.json}: token and byte accounting of one run, with the 1.0.0 rules. The
 * {@code apply...} methods change a document in memory (so a command can check everything before
 * it writes anything); the {@code record...} methods read, apply and write under the run lock.
 * Warnings (the original's stderr lines, without line feed) go to the given list.
 */
public final class UsageLedger {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Clock clock;
    private final List<String> warnings;

    public UsageLedger(Clock clock, List<String> warnings) {
        this.clock = clock;
        this.warnings = warnings;
    }

    /** {@code ceil(bytes / 4)}; 0 for 0; negative input warns and gives 0. */
    public static double estimateTokens(double bytes, List<String> warnings) {
        if (bytes < 0) {
            warnings.add("warning: estimateTokens called with negative bytes (" + JsNumbers.toString(bytes)
                    + "), returning 0");
            return 0;
        }
        if (bytes == 0) {
            return 0;
        }
        return Math.ceil(bytes / 4);
    }

    private double est(double bytes) {
        return estimateTokens(bytes, warnings);
    }

    private String now() {
        return IsoTime.format(clock.instant());
    }

    /** The document a new run starts with. */
    public ObjectNode defaults(String runId) {
        String now = now();
        ObjectNode usage = Json.object();
        usage.put("schema_version", 1);
        usage.put("run_id", runId);
        usage.put("created_at", now);
        usage.put("updated_at", now);
        usage.set("phases", Json.object());
        usage.set("roles", Json.object());
        ObjectNode savings = usage.putObject("savings");
        ObjectNode routing = savings.putObject("capture_routing");
        routing.put("raw_bytes", 0);
        routing.put("summary_bytes", 0);
        routing.put("estimated_tokens_avoided", 0);
        routing.put("strategy", "byte_heuristic");
        ObjectNode contextMode = savings.putObject("context_mode");
        contextMode.put("available", false);
        contextMode.put("raw_kb", 0);
        contextMode.put("context_kb", 0);
        contextMode.put("savings_ratio", "0%");
        contextMode.set("per_tool", Json.object());
        ObjectNode compaction = savings.putObject("compaction");
        compaction.put("compaction_count", 0);
        compaction.put("pre_compaction_tokens_est", 0);
        compaction.put("post_compaction_tokens_est", 0);
        ObjectNode totals = usage.putObject("totals");
        totals.put("total_events", 0);
        totals.put("total_capture_bytes_raw", 0);
        totals.put("total_capture_bytes_summary", 0);
        totals.put("total_estimated_tokens_if_raw", 0);
        totals.put("total_estimated_tokens_avoided", 0);
        totals.put("savings_percentage", "0%");
        return usage;
    }

    /** 1.0.0 {@code readUsage}: a missing file gives the defaults of run {@code unknown}; so does a malformed one, with a warning. */
    public JsonNode read(RunPaths paths) {
        Path file = paths.usagePath();
        if (!Files.exists(file)) {
            return defaults("unknown");
        }
        try {
            JsonNode usage = JsonFiles.parse(LedgerFiles.readRegularText(file));
            if (usage == null || usage.isMissingNode()) {
                throw new WazirException("Unexpected end of JSON input");
            }
            return usage;
        } catch (WazirException e) {
            warnings.add("warning: malformed usage.json at " + file + ", using defaults");
            return defaults("unknown");
        }
    }

    /**
     * The document a command is about to change. Unlike 1.0.0, a malformed file is not replaced by
     * defaults (that would silently drop the user's data): the command is refused.
     */
    public ObjectNode readForUpdate(RunPaths paths) {
        Path file = paths.usagePath();
        if (!Files.exists(file)) {
            return defaults("unknown");
        }
        JsonNode usage;
        try {
            usage = JsonFiles.parse(LedgerFiles.readRegularText(file));
        } catch (WazirException e) {
            throw new WazirException("Malformed usage.json at " + file + " (" + e.getMessage()
                    + "); repair or remove it, then retry");
        }
        if (usage == null || !usage.isObject()) {
            throw new WazirException("Malformed usage.json at " + file + " (not a JSON object); repair or remove it, then retry");
        }
        return (ObjectNode) usage;
    }

    /** 1.0.0 {@code initUsage}: an existing file (even malformed) is read, never rewritten. */
    public JsonNode init(RunPaths paths, String runId) {
        if (Files.exists(paths.usagePath())) {
            return read(paths);
        }
        ObjectNode usage = defaults(runId);
        write(paths, usage);
        return usage;
    }

    /** Sets {@code updated_at} and replaces the file atomically. */
    public void write(RunPaths paths, ObjectNode usage) {
        usage.put("updated_at", now());
        LedgerFiles.replace(paths.usagePath(), Json.pretty(usage) + "\n");
    }

    public void applyCaptureSavings(ObjectNode usage, double rawBytes, double summaryBytes) {
        UsageFields f = new UsageFields(usage);
        ObjectNode routing = f.object(f.object(usage, "savings"), "capture_routing");
        double raw = f.number(routing, "raw_bytes") + rawBytes;
        double summary = f.number(routing, "summary_bytes") + summaryBytes;
        routing.put("raw_bytes", raw);
        routing.put("summary_bytes", summary);
        routing.put("estimated_tokens_avoided", est(raw - summary));
    }

    /** {@code recordPhaseUsage(phase, data)}; a null argument means "not given". */
    public void applyPhaseUsage(ObjectNode usage, String phase, Double eventsCount, Double rawBytes,
                                Double summaryBytes, String completedAt) {
        UsageFields f = new UsageFields(usage);
        ObjectNode phases = f.object(usage, "phases");
        JsonNode current = phases.get(phase);
        ObjectNode entry;
        if (current == null || current.isNull()) {
            entry = Json.object();
            entry.put("started_at", now());
            entry.putNull("completed_at");
            entry.put("events_count", 0);
            entry.put("capture_bytes_raw", 0);
            entry.put("capture_bytes_summary", 0);
            entry.put("estimated_tokens_if_raw", 0);
            entry.put("estimated_tokens_avoided", 0);
        } else {
            entry = f.object(phases, phase);
        }
        entry.put("events_count", f.number(entry, "events_count") + (eventsCount == null ? 0 : eventsCount));
        double raw = rawBytes != null ? rawBytes : f.number(entry, "capture_bytes_raw");
        double summary = summaryBytes != null ? summaryBytes : f.number(entry, "capture_bytes_summary");
        entry.put("capture_bytes_raw", raw);
        entry.put("capture_bytes_summary", summary);
        entry.put("estimated_tokens_if_raw", est(raw));
        entry.put("estimated_tokens_avoided", est(raw - summary));
        if (completedAt != null && !completedAt.isEmpty()) {
            entry.put("completed_at", completedAt);
        }
        phases.set(phase, entry);
        recalculateTotals(usage, f);
    }

    private void recalculateTotals(ObjectNode usage, UsageFields f) {
        ObjectNode phases = f.object(usage, "phases");
        double events = 0;
        double raw = 0;
        double summary = 0;
        for (String name : Json.orderedKeys(phases)) {
            ObjectNode entry = f.object(phases, name);
            events += f.numberOrZero(entry, "events_count");
            raw += f.numberOrZero(entry, "capture_bytes_raw");
            summary += f.numberOrZero(entry, "capture_bytes_summary");
        }
        ObjectNode totals = f.object(usage, "totals");
        totals.put("total_events", events);
        totals.put("total_capture_bytes_raw", raw);
        totals.put("total_capture_bytes_summary", summary);
        double ifRaw = est(raw);
        double avoided = est(raw - summary);
        totals.put("total_estimated_tokens_if_raw", ifRaw);
        totals.put("total_estimated_tokens_avoided", avoided);
        totals.put("savings_percentage", ifRaw > 0 ? JsNumbers.toFixed(avoided / ifRaw * 100, 1) + "%" : "0%");
    }

    /** {@code recordRoleUsage(role, data)}: counters are replaced, not added; totals untouched. */
    public void applyRoleUsage(ObjectNode usage, String role, Double eventsCount, Double rawBytes) {
        UsageFields f = new UsageFields(usage);
        ObjectNode roles = f.object(usage, "roles");
        JsonNode current = roles.get(role);
        ObjectNode entry;
        if (current == null || current.isNull()) {
            entry = Json.object();
            entry.put("events_count", 0);
            entry.put("capture_bytes_raw", 0);
            entry.put("estimated_tokens_if_raw", 0);
        } else {
            entry = f.object(roles, role);
        }
        if (eventsCount != null) {
            entry.put("events_count", eventsCount);
        }
        double raw = rawBytes != null ? rawBytes : f.number(entry, "capture_bytes_raw");
        entry.put("capture_bytes_raw", raw);
        entry.put("estimated_tokens_if_raw", est(raw));
        roles.set(role, entry);
    }

    /**
     * {@code recordContextModeSavings(stats)}; returns false (nothing to write) when a zero reading
     * would overwrite a non-zero one.
     */
    public boolean applyContextModeSavings(ObjectNode usage, JsonNode stats) {
        UsageFields f = new UsageFields(usage);
        ObjectNode savings = f.object(usage, "savings");
        JsonNode statsRaw = stats.get("raw_kb");
        if (statsRaw != null && statsRaw.isNumber() && statsRaw.doubleValue() == 0) {
            JsonNode stored = savings.path("context_mode").path("raw_kb");
            if (stored.isNumber() && stored.doubleValue() > 0) {
                return false;
            }
        }
        ObjectNode contextMode = Json.object();
        contextMode.set("available", orDefault(stats.get("available"), NODES.booleanNode(false)));
        contextMode.set("raw_kb", orDefault(stats.get("raw_kb"), NODES.numberNode(0)));
        contextMode.set("context_kb", orDefault(stats.get("context_kb"), NODES.numberNode(0)));
        contextMode.set("savings_ratio", orDefault(stats.get("savings_ratio"), NODES.stringNode("0%")));
        contextMode.set("per_tool", orDefault(stats.get("per_tool"), Json.object()));
        savings.set("context_mode", contextMode);
        return true;
    }

    public void applyCompaction(ObjectNode usage, double preTokens, double postTokens) {
        UsageFields f = new UsageFields(usage);
        ObjectNode compaction = f.object(f.object(usage, "savings"), "compaction");
        compaction.put("compaction_count", f.number(compaction, "compaction_count") + 1);
        compaction.put("pre_compaction_tokens_est", f.number(compaction, "pre_compaction_tokens_est") + preTokens);
        compaction.put("post_compaction_tokens_est", f.number(compaction, "post_compaction_tokens_est") + postTokens);
    }

    private static JsonNode orDefault(JsonNode value, JsonNode fallback) {
        return value == null || value.isNull() ? fallback : value;
    }

    public void recordCaptureSavings(RunPaths paths, double rawBytes, double summaryBytes) {
        update(paths, usage -> {
            applyCaptureSavings(usage, rawBytes, summaryBytes);
            return true;
        });
    }

    public void recordPhaseUsage(RunPaths paths, String phase, Double eventsCount, Double rawBytes,
                                 Double summaryBytes, String completedAt) {
        update(paths, usage -> {
            applyPhaseUsage(usage, phase, eventsCount, rawBytes, summaryBytes, completedAt);
            return true;
        });
    }

    public void recordRoleUsage(RunPaths paths, String role, Double eventsCount, Double rawBytes) {
        update(paths, usage -> {
            applyRoleUsage(usage, role, eventsCount, rawBytes);
            return true;
        });
    }

    public void recordContextModeSavings(RunPaths paths, JsonNode stats) {
        update(paths, usage -> applyContextModeSavings(usage, stats));
    }

    public void recordCompaction(RunPaths paths, double preTokens, double postTokens) {
        update(paths, usage -> {
            applyCompaction(usage, preTokens, postTokens);
            return true;
        });
    }

    private interface Change {
        boolean apply(ObjectNode usage);
    }

    private void update(RunPaths paths, Change change) {
        LedgerFiles.createDirectories(paths.runRoot());
        try (RunLock lock = RunLock.acquire(paths)) {
            ObjectNode usage = readForUpdate(paths);
            boolean changed;
            try {
                changed = change.apply(usage);
            } catch (ShapeException e) {
                throw e.at(paths.usagePath());
            }
            if (changed) {
                write(paths, usage);
            }
        }
    }

    /** Typed access to the parts of a usage document that arithmetic touches, with a clear error. */
    private static final class UsageFields {
        private final ObjectNode root;

        UsageFields(ObjectNode root) {
            this.root = root;
        }

        ObjectNode object(ObjectNode parent, String key) {
            JsonNode value = parent.get(key);
            if (value == null || !value.isObject()) {
                throw invalid(pathOf(parent, key) + " is not an object");
            }
            return (ObjectNode) value;
        }

        double number(ObjectNode parent, String key) {
            JsonNode value = parent.get(key);
            if (value == null || !value.isNumber()) {
                throw invalid(pathOf(parent, key) + " is not a number");
            }
            return value.doubleValue();
        }

        double numberOrZero(ObjectNode parent, String key) {
            JsonNode value = parent.get(key);
            return value == null || value.isNull() ? 0 : number(parent, key);
        }

        private String pathOf(ObjectNode parent, String key) {
            String where = find(root, parent, "");
            return where == null || where.isEmpty() ? key : where + "." + key;
        }

        private static String find(JsonNode node, JsonNode target, String prefix) {
            if (node == target) {
                return prefix;
            }
            if (node.isObject()) {
                for (var e : node.properties()) {
                    String found = find(e.getValue(), target,
                            prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey());
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }

        private static ShapeException invalid(String detail) {
            return new ShapeException(detail);
        }
    }

    /** A usage document whose structure does not allow the change (named by its JSON path). */
    static final class ShapeException extends WazirException {
        private static final long serialVersionUID = 1L;

        ShapeException(String detail) {
            super(detail);
        }

        WazirException at(Path file) {
            return new WazirException("Malformed usage.json at " + file + " (" + getMessage()
                    + "); repair or remove it, then retry");
        }
    }

    /** {@code String(phase)} as a property key. */
    static String key(JsonNode value) {
        return JsValues.toJsString(value);
    }
}
