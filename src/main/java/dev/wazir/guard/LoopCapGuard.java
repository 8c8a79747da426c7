package dev.wazir.guard;

import dev.wazir.WazirException;
import dev.wazir.kit.JsonFiles;
import dev.wazir.kit.TextFiles;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;

/** The loop-cap guard (1.0.0 §7.2): blocks once a phase has looped as often as the cap allows. */
public final class LoopCapGuard {
    private LoopCapGuard() {
    }

    /**
     * @param stateRoot the state root as given (a relative one is read against {@code cwd} and reported relative)
     */
    public static GuardDecision decide(String runId, String phase, String stateRoot, double loopCap, Path cwd) {
        RunIds.requirePlain(runId);
        String statusPath = Path.of(stateRoot, "runs", runId, "status.json").normalize().toString();
        Path file = cwd.resolve(statusPath).normalize();
        if (!Files.isRegularFile(file)) {
            throw new WazirException("status.json not found for run " + runId);
        }
        JsonNode status = JsonFiles.parse(TextFiles.read(file));
        double current = 0;
        JsonNode counts = status == null ? null : status.get("phase_loop_counts");
        if (counts != null && counts.isObject()) {
            JsonNode value = counts.get(phase);
            if (value != null && value.isNumber()) {
                current = value.doubleValue();
            }
        }
        return GuardDecision.loop(current < loopCap, phase, current, loopCap, statusPath);
    }
}
