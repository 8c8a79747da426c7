package dev.wazir.capture;

import dev.wazir.Main;
import dev.wazir.cli.CommandResult;
import dev.wazir.cli.Invocation;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * A stand-in for a burst of hook processes: runs one wazir command {@code count} times in this
 * process, through the same entry as {@code Main}, with {@code {i}} in the arguments replaced by
 * 1..count. Exits 1 on the first failure (its stderr is passed on).
 *
 * <p>Usage: {@code RepeatedCommand <count> <cwd> <wazir args...>}
 */
public final class RepeatedCommand {
    private RepeatedCommand() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        Path cwd = Path.of(args[1]);
        for (int i = 1; i <= count; i++) {
            String[] command = new String[args.length - 2];
            for (int a = 2; a < args.length; a++) {
                command[a - 2] = args[a].replace("{i}", Integer.toString(i));
            }
            CommandResult result = Main.execute(command, new Invocation(cwd, System.getenv(),
                    InputStream.nullInputStream()));
            if (result.exitCode() != 0 || !result.stderr().isEmpty()) {
                System.err.print("iteration " + i + ": exit " + result.exitCode() + ": " + result.stderr());
                System.exit(1);
            }
        }
        System.exit(0);
    }
}
