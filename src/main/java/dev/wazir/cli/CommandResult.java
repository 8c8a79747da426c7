package dev.wazir.cli;

/** What a command hands back: the exit code and the exact text for each stream. */
public record CommandResult(int exitCode, String stdout, String stderr) {
    public CommandResult {
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }

    public static CommandResult ok(String stdout) {
        return new CommandResult(0, stdout, "");
    }

    public static CommandResult failure(int exitCode, String stderr) {
        return new CommandResult(exitCode, "", stderr);
    }

    public static CommandResult of(int exitCode, String stdout, String stderr) {
        return new CommandResult(exitCode, stdout, stderr);
    }
}
