package dev.wazir.git;

import dev.wazir.WazirException;

/**
 * A git call that did not succeed. The message is the 1.0.0 text: {@code Command failed: git <args>}
 * plus, for captured stderr, a line feed and git's stderr; {@code spawnSync git ENOENT} when git
 * could not be started.
 */
public final class GitException extends WazirException {
    private static final long serialVersionUID = 1L;

    /** Exit status, or -1 when git did not start, was stopped, or ended by a signal. */
    private final int status;
    private final String stderr;

    GitException(String message, int status, String stderr) {
        super(message);
        this.status = status;
        this.stderr = stderr == null ? "" : stderr;
    }

    /** True when git ran and exited with a non-zero status (the original's {@code err.status} was truthy). */
    public boolean exitedWithStatus() {
        return status > 0;
    }

    public int status() {
        return status;
    }

    /** The captured stderr; empty when stderr was shown to the user instead or git never ran. */
    public String stderr() {
        return stderr;
    }
}
