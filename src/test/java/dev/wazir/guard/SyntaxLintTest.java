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
    void binaryHugeDeepAndUnnameableFilesNeverCrash() throws IOException {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        Files.write(dir.resolve("blob.json"), binary);
        Files.write(dir.resolve("Blob.java"), binary);
        Files.write(dir.resolve("blob.yaml"), binary);
        for (String f : new String[] {"blob.json", "Blob.java", "blob.yaml"}) {
            CommandResult r = lint(edit(f));
            assertEquals(2, r.exitCode(), f);
            assertTrue(r.stderr().startsWith("Syntax error in " + f + ":\n"), r.stderr());
            assertTrue(r.stderr().lines().count() <= 2 + SyntaxLint.MAX_JAVA_ERRORS, f + ": " + r.stderr().lines().count());
        }
        assertTrue(lint(edit("Blob.java")).stderr().endsWith(" more errors not shown)\n"));

        // Over the size limit: not read at all.
        Files.write(dir.resolve("huge.json"), new byte[(int) SyntaxLint.MAX_BYTES + 1]);
        assertEquals(new CommandResult(0, "", ""), lint(edit("huge.json")));

        // javac overflows its stack on absurd nesting and reports that itself; none of it may reach stderr.
        Files.writeString(dir.resolve("Deep.java"),
                "class Deep { int x = " + "(".repeat(20000) + "1" + ")".repeat(20000) + "; }\n");
        java.io.PrintStream realErr = System.err;
        java.io.ByteArrayOutputStream leaked = new java.io.ByteArrayOutputStream();
        CommandResult deep;
        System.setErr(new java.io.PrintStream(leaked, true));
        try {
            deep = lint(edit("Deep.java"));
        } finally {
            System.setErr(realErr);
        }
        assertEquals(new CommandResult(0, "", ""), deep);
        assertEquals("", leaked.toString(), "javac wrote to the process's stderr");

        // A name no file can have, a path through a file, a FIFO-like non-regular file.
        assertEquals(new CommandResult(0, "", ""), lint("{\"tool_input\":{\"file_path\":\"a\\u0000b.json\"}}"));
        assertEquals(new CommandResult(0, "", ""), lint(edit("blob.json/x.json")));
        assertEquals(new CommandResult(0, "", ""), lint(edit("/dev/null")));
    }

    @Test
    void cursorAfterFileEditAndGeminiAfterToolPayloads() throws IOException {
        Files.writeString(dir.resolve("bad.json"), "{");
        String cursor = "{\"conversation_id\":\"c\",\"generation_id\":\"g\",\"hook_event_name\":\"afterFileEdit\","
                + "\"workspace_roots\":[\"" + dir + "\"],\"file_path\":\"" + dir.resolve("bad.json") + "\","
                + "\"edits\":[{\"old_string\":\"a\",\"new_string\":\"{\"}]}";
        assertEquals(2, lint(cursor).exitCode());
        String gemini = "{\"session_id\":\"s\",\"cwd\":\"" + dir + "\",\"hook_event_name\":\"AfterTool\","
                + "\"tool_name\":\"write_file\",\"tool_input\":{\"file_path\":\"" + dir.resolve("bad.json") + "\"},"
                + "\"tool_response\":{}}";
        assertEquals(2, lint(gemini).exitCode());
    }

    @Test
    void fileFromTheEnvironmentWhenThePayloadHasNone() throws IOException {
        Files.writeString(dir.resolve("c.json"), "[1,");
        CommandResult r = Cli.run(dir, Map.of("CLAUDE_TOOL_FILE_PATH", "c.json"), "", "hook", "post-tool-lint");
        assertEquals(2, r.exitCode());
    }
}
