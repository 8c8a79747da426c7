package dev.wazir.guard;

import dev.wazir.check.CommandRegistry;
import dev.wazir.kit.CommandMentionsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** §8.2: the session-start script, run as a host runs it, from a copy of the kit layout. */
class HookScriptsTest {
    static final String GUIDANCE = "<cli-bootstrap-guidance>\n"
            + "## CLI Bootstrap\n"
            + "\n"
            + "Run the following checks at session start:\n"
            + "\n"
            + "1. Run `wazir doctor --json` to check repo health.\n"
            + "2. Run `wazir index refresh` to update the index.\n"
            + "   - If no index exists, run `wazir index build && wazir index summarize --tier all`.\n"
            + "3. Check `<state-root>/runs/latest` for previous run ID.\n"
            + "   - If previous run is incomplete, resume it.\n"
            + "   - Otherwise run `wazir capture init --run <new-id> --phase clarify --status starting`.\n"
            + "</cli-bootstrap-guidance>\n";

    @TempDir
    Path kit;

    private String runSessionStart(Path script, Path cwd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", script.toString()).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        return new String(out, StandardCharsets.UTF_8);
    }

    private Path installScript() throws IOException {
        Path hooks = Files.createDirectories(kit.resolve("hooks"));
        Path script = hooks.resolve("session-start");
        Files.copy(Path.of("hooks/session-start"), script, StandardCopyOption.REPLACE_EXISTING);
        return script;
    }

    @Test
    void printsTheSkillVerbatimThenTheGuidance() throws Exception {
        Path script = installScript();
        Path skill = Files.createDirectories(kit.resolve("skills/using-skills")).resolve("SKILL.md");
        Files.writeString(skill, "---\nname: using-skills\n---\n# Using skills\n");
        Path elsewhere = Files.createDirectories(kit.resolve("deep/er"));
        String out = runSessionStart(script, elsewhere);
        assertEquals("<EXTREMELY_IMPORTANT>\nYou have skills.\n\n"
                + "**Below is the full content of your 'wz:using-skills' skill:**\n\n"
                + "---\nname: using-skills\n---\n# Using skills\n"
                + "\n</EXTREMELY_IMPORTANT>\n" + GUIDANCE, out);
    }

    @Test
    void warnsWhenTheSkillIsMissing() throws Exception {
        Path script = installScript();
        String out = runSessionStart(script, kit);
        Path expected = kit.toRealPath().resolve("skills/using-skills/SKILL.md");
        assertEquals("<system-reminder>\n"
                + "WARNING: wz:using-skills skill not found at " + expected + "\n"
                + "The Wazir skill bootstrap is not available. Skills will not be auto-discovered.\n"
                + "Run: check that skills/using-skills/SKILL.md exists.\n"
                + "</system-reminder>\n" + GUIDANCE, out);
    }

    @Test
    void followsASymlinkToTheScript() throws Exception {
        Path script = installScript();
        Files.createDirectories(kit.resolve("skills/using-skills"));
        Files.writeString(kit.resolve("skills/using-skills/SKILL.md"), "S\n");
        Path other = Files.createDirectories(kit.resolve("other"));
        Path link = other.resolve("start");
        Files.createSymbolicLink(link, script);
        String out = runSessionStart(link, other);
        assertTrue(out.contains("skill:**\n\nS\n\n</EXTREMELY_IMPORTANT>\n"), out);
    }

    /**
     * The skill is copied byte for byte: no newline is added after a body that lacks one, and the
     * closing tag always starts on a line of its own because the script writes one newline first.
     */
    @Test
    void aBodyWithoutFinalNewlineIsCopiedAsIs() throws Exception {
        Path script = installScript();
        Path skill = Files.createDirectories(kit.resolve("skills/using-skills")).resolve("SKILL.md");
        Files.write(skill, "café — ünïcode".getBytes(StandardCharsets.UTF_8));
        String out = runSessionStart(script, kit);
        assertTrue(out.contains("skill:**\n\ncafé — ünïcode\n</EXTREMELY_IMPORTANT>\n<cli-bootstrap-guidance>"), out);
    }

    /** A host may pipe its event JSON and pass flags; neither may change what the script prints. */
    @Test
    void stdinAndArgumentsAreIgnored() throws Exception {
        Path script = installScript();
        Files.createDirectories(kit.resolve("skills/using-skills"));
        Files.writeString(kit.resolve("skills/using-skills/SKILL.md"), "body\n");
        String plain = runSessionStart(script, kit);
        Process p = new ProcessBuilder("sh", script.toString(), "--source", "startup").directory(kit.toFile()).start();
        p.getOutputStream().write("{\"hook_event_name\":\"SessionStart\",\"source\":\"resume\"}".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String fed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertEquals(plain, fed);
    }

    /** Only a regular file counts as the bootstrap; a folder of that name falls back to the reminder block. */
    @Test
    void aFolderWhereTheSkillFileShouldBeGivesTheReminder() throws Exception {
        Path script = installScript();
        Files.createDirectories(kit.resolve("skills/using-skills/SKILL.md"));
        String out = runSessionStart(script, kit);
        assertTrue(out.startsWith("<system-reminder>\n"), out);
        assertTrue(out.endsWith("</cli-bootstrap-guidance>\n"), out);
    }

    /** A host that reads only the first bytes and closes the pipe must still see the session start (exit 0). */
    @Test
    void anEarlyClosedPipeStillExitsZero() throws Exception {
        Path script = installScript();
        Path skill = Files.createDirectories(kit.resolve("skills/using-skills")).resolve("SKILL.md");
        Files.writeString(skill, "line of filler text for a long bootstrap\n".repeat(20000));
        Process p = new ProcessBuilder("bash", "-c", "set -o pipefail; sh \"$0\" 2>/dev/null | head -c 16 >/dev/null", script.toString())
                .directory(kit.toFile()).start();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
    }

    /**
     * The guidance block is advice an agent follows literally at the start of every session, so
     * each command it names has to exist in this port's CLI (checked against the command registry).
     */
    @Test
    void everyCommandTheGuidanceRecommendsExists() throws Exception {
        Path script = installScript();
        String out = runSessionStart(script, kit);
        String block = out.substring(out.indexOf("<cli-bootstrap-guidance>"));
        List<String> named = CommandMentionsTest.commandsIn(block);
        assertEquals(List.of("wazir doctor", "wazir index refresh", "wazir index build", "wazir index summarize",
                "wazir capture init"), named);
        for (String subject : named) {
            assertTrue(CommandRegistry.supports(subject), subject + " is not a command of this CLI");
        }
    }

    @Test
    void theShippedBootstrapSkillExistsForTheShippedScript() {
        assertTrue(Files.isRegularFile(Path.of("hooks/session-start")));
        assertTrue(Files.isExecutable(Path.of("hooks/session-start")));
        assertTrue(Files.isExecutable(Path.of("hooks/protected-path-write-guard")));
        assertTrue(Files.isExecutable(Path.of("hooks/loop-cap-guard")));
        assertTrue(Files.isExecutable(Path.of("hooks/post-tool-lint")));
    }

    /**
     * The guard wrappers must hand everything to `wazir hook ...` unchanged: the payload on stdin,
     * extra arguments such as `--host cursor`, and the exit code. A stand-in `wazir` launcher in a
     * copied kit records what it was given, so the wrapper is tested without building the jar.
     */
    private String runWrapper(String name, String payload, String... extra) throws IOException, InterruptedException {
        Path hooks = Files.createDirectories(kit.resolve("hooks"));
        Path script = hooks.resolve(name);
        Files.copy(Path.of("hooks", name), script, StandardCopyOption.REPLACE_EXISTING);
        Path recorder = kit.resolve("wazir");
        Files.writeString(recorder, "#!/bin/sh\n"
                + "printf 'args:%s\\n' \"$*\"\n"
                + "printf 'no-rebuild:%s\\n' \"$WAZIR_NO_REBUILD\"\n"
                + "printf 'stdin:'; cat\n"
                + "exit 7\n");
        recorder.toFile().setExecutable(true);
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("sh", script.toString()));
        command.addAll(java.util.List.of(extra));
        Process p = new ProcessBuilder(command).directory(kit.toFile()).start();
        p.getOutputStream().write(payload.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(7, p.exitValue(), "the wrapper must pass the guard's exit code through");
        return out;
    }

    @Test
    void protectedPathWrapperForwardsPayloadArgumentsAndExitCode() throws Exception {
        String out = runWrapper("protected-path-write-guard", "{\"tool_name\":\"Write\"}", "--host", "cursor");
        assertEquals("args:hook protected-path --host cursor\nno-rebuild:1\nstdin:{\"tool_name\":\"Write\"}", out);
    }

    @Test
    void loopCapAndLintWrappersCallTheirOwnHooks() throws Exception {
        assertTrue(runWrapper("loop-cap-guard", "{}").startsWith("args:hook loop-cap\n"));
        assertTrue(runWrapper("post-tool-lint", "").startsWith("args:hook post-tool-lint\n"));
    }
}
