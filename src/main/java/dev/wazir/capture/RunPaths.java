package dev.wazir.capture;

import dev.wazir.WazirException;

import java.nio.file.Path;

/**
 * Where one run's files live under the state root. The run id must be a single folder name, so that
 * a run can never reach outside {@code <state>/runs/}.
 */
public record RunPaths(Path stateRoot, String runId, Path runsDir, Path runRoot, Path capturesDir,
                       Path statusPath, Path eventsPath, Path summaryPath, Path usagePath, Path lockPath) {

    /** The lock file that serialises writers of one run (see {@link RunLock}). */
    public static final String LOCK_FILE = ".ledger.lock";

    public static RunPaths of(Path stateRoot, String runId) {
        requireValidRunId(runId);
        Path root = stateRoot.toAbsolutePath().normalize();
        Path runs = root.resolve("runs");
        Path run = runs.resolve(runId);
        return new RunPaths(root, runId, runs, run, run.resolve("captures"), run.resolve("status.json"),
                run.resolve("events.ndjson"), run.resolve("summary.md"), run.resolve("usage.json"),
                run.resolve(LOCK_FILE));
    }

    /** The {@code runs/latest} pointer file. */
    public Path latestPointer() {
        return runsDir.resolve("latest");
    }

    static void requireValidRunId(String runId) {
        boolean bad = runId.isEmpty() || runId.equals(".") || runId.equals("..")
                || runId.indexOf('/') >= 0 || runId.indexOf('\\') >= 0 || runId.indexOf('\0') >= 0;
        if (bad) {
            throw new WazirException("Invalid run id " + quoted(runId)
                    + ": a run id is one folder name (no \"/\", \"\\\" or \"..\")");
        }
        if (hasControlCharacter(runId)) {
            throw new WazirException("Invalid run id " + quoted(runId) + ": a run id may not contain control characters");
        }
    }

    /**
     * A line break or other control character in a run id would split the one-line outputs
     * (status, the {@code runs/latest} pointer) that name the run.
     */
    public static boolean hasControlCharacter(String runId) {
        for (int i = 0; i < runId.length(); i++) {
            char c = runId.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    static String quoted(String text) {
        return dev.wazir.text.Json.quote(text);
    }
}
