package dev.wazir.cli;

import dev.wazir.Cli;
import dev.wazir.KitFixture;
import dev.wazir.check.ValidateOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private static final String USAGE_LINE =
            "Usage: wazir validate <manifest|hooks|docs|brand|runtime|branches|commits|changelog|docs-drift>\n";

    @Test
    void unknownValidatorPrintsTwoLines() {
        KitFixture kit = KitFixture.create(dir);
        CommandResult r = Cli.run(kit.root(), "validate", "nonexistent");
        assertEquals(CommandResult.failure(1, "Unknown validator: nonexistent\n" + USAGE_LINE), r);
        assertEquals(CommandResult.failure(1, "Unknown validator: Manifest\n" + USAGE_LINE),
                Cli.run(kit.root(), "validate", "Manifest"));
    }

    @Test
    void flagsWithoutASubcommand() {
        KitFixture kit = KitFixture.create(dir);
        String message = "Flags require a subcommand. Specify a subcommand, e.g.: wazir validate commits --base HEAD~5\n";
        assertEquals(CommandResult.failure(1, message), Cli.run(kit.root(), "validate", "--base", "HEAD~1"));
        assertEquals(CommandResult.failure(1, message), Cli.run(kit.root(), "validate", "-x"));
        assertEquals(CommandResult.failure(1, message), Cli.run(kit.root(), "validate", "--", "manifest"));
        assertEquals(CommandResult.failure(1, message), Cli.run(kit.root(), "validate", "", "manifest"));
    }

    @Test
    void artifactsIsNotImplementedWithExitTwo() {
        KitFixture kit = KitFixture.create(dir);
        assertEquals(CommandResult.failure(2, "wazir validate artifacts is not implemented yet\n"),
                Cli.run(kit.root(), "validate", "artifacts"));
    }

    @Test
    void projectRootIsFoundBeforeDispatching() {
        String message = "Could not find wazir.manifest.yaml from " + dir + "\n";
        assertEquals(CommandResult.failure(1, message), Cli.run(dir, "validate", "nonexistent"));
        assertEquals(CommandResult.failure(1, message), Cli.run(dir, "validate", "artifacts"));
        assertEquals(CommandResult.failure(1, message), Cli.run(dir, "validate", "--base", "x"));
    }

    @Test
    void unknownTokensAreIgnored() {
        KitFixture kit = KitFixture.create(dir);
        assertEquals(CommandResult.ok("Manifest is valid.\n"),
                Cli.run(kit.root(), "validate", "manifest", "--foo", "bar"));
    }

    @Test
    void helpListsEverySubcommandAndOption() {
        CommandResult r = Cli.run(dir, "validate", "--help");
        assertEquals(0, r.exitCode());
        for (String word : List.of("manifest", "hooks", "docs", "brand", "runtime", "branches", "commits",
                "changelog", "docs-drift", "artifacts", "--branch", "--base", "--head", "--require-entries",
                "--strict")) {
            assertTrue(r.stdout().contains(word), word);
        }
        assertEquals(r, Cli.run(dir, "validate", "manifest", "-h"));
    }

    @Test
    void bareValidateRunsTheSetAndSkipsGitValidatorsOutsideGit() {
        KitFixture kit = KitFixture.create(dir).write("docs/truth-claims.yaml", "[]\n");
        CommandResult r = Cli.run(kit.root(), "validate");
        assertEquals("", r.stderr());
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().startsWith("PASS manifest: Manifest is valid.\n"
                + "PASS hooks: Hooks are valid. Checked 1 definition files.\n"), r.stdout());
        assertTrue(r.stdout().endsWith("SKIP branches: prerequisite not available\n"
                + "SKIP commits: prerequisite not available\n"
                + "SKIP changelog: prerequisite not available\n"), r.stdout());
    }

    @Test
    void valueFlagsTakeTheFirstOccurrenceAndTheNextTokenVerbatim() {
        ValidateOptions o = ValidateOptions.parse(List.of("--base", "--head", "--base", "b2", "--head", "h1"));
        assertEquals("--head", o.base());
        assertEquals("--base", o.head());
        assertNull(o.branch());
        assertFalse(o.strict());
        ValidateOptions last = ValidateOptions.parse(List.of("--strict", "--require-entries", "--branch"));
        assertNull(last.branch());
        assertTrue(last.strict());
        assertTrue(last.requireEntries());
        assertEquals("", ValidateOptions.parse(List.of("--base", "")).base());
        assertEquals("-1", ValidateOptions.parse(List.of("--branch", "-1")).branch());
    }
}
