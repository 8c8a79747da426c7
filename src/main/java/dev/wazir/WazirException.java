package dev.wazir;

/**
 * The one error type meant for the user: its message is printed as-is on stderr
 * (followed by one line feed) and the process exits with {@link #exitCode()}.
 */
public class WazirException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public WazirException(String message) {
        this(message, 1);
    }

    public WazirException(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public WazirException(String message, Throwable cause) {
        super(message, cause, false, false);
        this.exitCode = 1;
    }

    public int exitCode() {
        return exitCode;
    }
}
