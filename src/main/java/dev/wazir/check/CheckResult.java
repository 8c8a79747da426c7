package dev.wazir.check;

import java.util.List;

/**
 * What one validator reports, as wazir 1.0.0's validators do: exit 0 with a line on stdout,
 * or exit 1 with `<Heading>:` and one `- <problem>` line per problem on stderr.
 */
public record CheckResult(int exitCode, String stdout, String stderr) {
    public CheckResult {
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }

    public static CheckResult passed(String line) {
        return new CheckResult(0, line + "\n", "");
    }

    public static CheckResult failed(String heading, List<String> problems) {
        return new CheckResult(1, "", heading + ":\n- " + String.join("\n- ", problems) + "\n");
    }

    public boolean ok() {
        return exitCode == 0;
    }
}
