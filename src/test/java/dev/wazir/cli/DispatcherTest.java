package dev.wazir.cli;

import dev.wazir.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DispatcherTest {
    static final String HELP = "wazir\n\nHost-native engineering OS kit CLI\n\nCommands:\n"
            + "  - export\n  - validate\n  - doctor\n  - index\n  - recall\n  - status\n  - capture\n";

    @TempDir
    Path dir;

    @Test
    void noArgumentsPrintsRootHelp() {
        CommandResult r = Cli.run(dir);
        assertEquals(new CommandResult(0, HELP, ""), r);
    }

    @Test
    void helpFlagsPrintRootHelp() {
        assertEquals(HELP, Cli.run(dir, "--help").stdout());
        assertEquals(HELP, Cli.run(dir, "-h").stdout());
        assertEquals(HELP, Cli.run(dir, "").stdout());
    }

    @Test
    void unknownCommandIsRejected() {
        assertEquals(new CommandResult(1, "", "Unknown command: nope\n"), Cli.run(dir, "nope"));
        assertEquals(new CommandResult(1, "", "Unknown command: --\n"), Cli.run(dir, "--"));
        assertEquals(new CommandResult(1, "", "Unknown command: --version\n"), Cli.run(dir, "--version"));
    }

    @Test
    void commandHelpPrintsThatCommandsUsage() {
        for (String command : new String[] {"validate", "export", "doctor", "index", "recall", "status", "capture"}) {
            CommandResult r = Cli.run(dir, command, "--help");
            assertEquals(0, r.exitCode(), command);
            assertTrue(r.stdout().startsWith("Usage: wazir " + command), command + ": " + r.stdout());
        }
    }
    @Test
    void helpAnywhereOnTheLineWins() {
        String validateUsage = Cli.run(dir, "validate", "--help").stdout();
        assertEquals(new CommandResult(0, validateUsage, ""), Cli.run(dir, "validate", "branches", "--branch", "-h"));
        assertEquals(new CommandResult(0, validateUsage, ""), Cli.run(dir, "validate", "nonexistent", "--help"));
        // Help is decided before the command is looked up: an unknown command or a flag gets the root help.
        assertEquals(new CommandResult(0, HELP, ""), Cli.run(dir, "nope", "--help"));
        assertEquals(new CommandResult(0, HELP, ""), Cli.run(dir, "--json", "-h"));
        assertEquals(new CommandResult(0, HELP, ""), Cli.run(dir, "", "validate"));
        CommandResult hook = Cli.run(dir, "hook", "-h");
        assertEquals(0, hook.exitCode());
        assertTrue(hook.stdout().startsWith("Usage: wazir hook"), hook.stdout());
    }
}
