package dev.wazir.guard;

import dev.wazir.WazirException;
import dev.wazir.capture.RunPaths;
import dev.wazir.text.Json;

/** A run id names one folder under {@code <state>/runs}; it may never reach outside it. */
final class RunIds {
    private RunIds() {
    }

    static void requirePlain(String runId) {
        if (runId.contains("/") || runId.contains("\\") || runId.equals(".") || runId.equals("..")
                || runId.indexOf('\0') >= 0) {
            throw new WazirException("Invalid run id: " + runId + " (a run id may not contain '/', '\\' or be '.' or '..')");
        }
        if (RunPaths.hasControlCharacter(runId)) {
            throw new WazirException("Invalid run id: " + Json.quote(runId) + " (a run id may not contain control characters)");
        }
    }
}
