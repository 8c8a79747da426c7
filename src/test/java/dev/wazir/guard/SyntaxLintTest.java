package dev.wazir.guard;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntaxLintTest {
    @TempDir
    Path dir;

    private CommandResult lint(String payload) {
        return Cli.run(dir, Map.of(), payload, "hook", "post-tool-lint");
    }

    private static String edit(String file) {
        return "{\"hook_event_name\":\"PostToolUse\",\"tool_name\":\"Edit\",\"tool_input\":{\"file_path\":\"" + file + "\"}}";
    }

    @Test
    void validFilesPassSilently() throws IOException {
        Files.writeString(dir.resolve("A.java"), "class A { void f() {} }\n");
        Files.writeString(dir.resolve("a.json"), "{\"a\": [1, 2]}\n");
        Files.writeString(dir.resolve("a.yaml"), "a: 1\nb: [x]\n");
        for (String f : new String[] {"A.java", "a.json", "a.yaml"}) {
            assertEquals(new CommandResult(0, "", ""), lint(edit(f)), f);
        }
    }

    @Test
    void brokenJavaJsonAndYamlExitTwo() throws IOException {
        Files.writeString(dir.resolve("B.java"), "class B { void f( {\n");
        Files.writeString(dir.resolve("b.json"), "{bad");
        Files.writeString(dir.resolve("b.yaml"), "a: [1, 2\nb: 3\n");
        for (String f : new String[] {"B.java", "b.json", "b.yaml"}) {
            CommandResult r = lint(edit(f));
            assertEquals(2, r.exitCode(), f);
            assertTrue(r.stderr().startsWith("Syntax error in " + f + ":\n"), r.stderr());
            assertEquals("", r.stdout());
        }
    }

    @Test
    void oddInputNeverFails() throws IOException {
        Files.createDirectories(dir.resolve("folder.json"));
        String[] payloads = {"", "garbage", "null", "[]", "{\"tool_input\":{\"file_path\":5}}", edit("missing.json"),
            edit("folder.json"), edit("notes.txt"), "{\"tool_input\":\"x\"}"};
        for (String p : payloads) {
            assertEquals(new CommandResult(0, "", ""), lint(p), p);
        }
    }

    @Test
    void fileFromTheEnvironmentWhenThePayloadHasNone() throws IOException {
        Files.writeString(dir.resolve("c.json"), "[1,");
        CommandResult r = Cli.run(dir, Map.of("CLAUDE_TOOL_FILE_PATH", "c.json"), "", "hook", "post-tool-lint");
        assertEquals(2, r.exitCode());
    }
}
