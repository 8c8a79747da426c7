package dev.wazir.index;

import dev.wazir.WazirException;

/** A file could not be read; {@link #missing()} tells a vanished file from other failures. */
public final class SourceReadException extends WazirException {
    private static final long serialVersionUID = 1L;
    private final boolean missing;
    private final String reason;

    SourceReadException(String message, String reason, boolean missing) {
        super(message);
        this.reason = reason;
        this.missing = missing;
    }

    public boolean missing() {
        return missing;
    }

    /** The failure without the path, e.g. {@code EISDIR: illegal operation on a directory, read}. */
    public String reason() {
        return reason;
    }
}
