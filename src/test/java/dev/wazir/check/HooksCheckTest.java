package dev.wazir.check;

import dev.wazir.Cli;
import dev.wazir.KitFixture;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HooksCheckTest {
    @TempDir
    Path dir;

    private CommandResult validateHooks(KitFixture kit) {
        return Cli.run(kit.root(), "validate", "hooks");
    }

    private static void assertFailure(String stderr, CommandResult r) {
        assertEquals("", r.stdout());
        assertEquals(stderr, r.stderr());
        assertEquals(1, r.exitCode());
    }

    @Test
    void validFixturePasses() {
        CommandResult r = validateHooks(KitFixture.create(dir));
        assertEquals("Hooks are valid. Checked 1 definition files.\n", r.stdout());
        assertEquals("", r.stderr());
        assertEquals(0, r.exitCode());
    }

    @Test
    void verifiedMultiProblemExample() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> {
            m.putArray("hosts").add("claude").add("codex");
            m.putArray("required_hooks").add("session_start").add("loop_cap_guard").add("empty");
        });
        kit.write("hooks/definitions/Z.yaml", "id: Z\n")
                .write("hooks/definitions/arr.yml", "- a\n- b\n")
                .write("hooks/definitions/b_hook.yaml", "id: wrong\n"
                        + "trigger: bogus\n"
                        + "description: ''\n"
                        + "input_contract: text\n"
                        + "allowed_side_effects: [1]\n"
                        + "output_contract: {}\n"
                        + "failure_behavior:\n"
                        + "  mode: explode\n"
                        + "  exit_code: 1.5\n"
                        + "host_fallback: {claude: \"\", gemini: x, other: y}\n"
                        + "extra: 1\n")
                .write("hooks/definitions/empty.yaml", "")
                .write("hooks/definitions/noid.yaml", "trigger: session_start\n")
                .write("hooks/definitions/notes.txt", "not a hook\n")
                .withHook("session_start.yaml", KitFixture.hook("session_start", "claude", "codex"));
        assertFailure("Hook validation failed:\n"
                + "- Z: / must have required property 'trigger'; / must have required property 'description'; / must have required property 'input_contract'; / must have required property 'allowed_side_effects'; / must have required property 'output_contract'; / must have required property 'failure_behavior'; / must have required property 'host_fallback'\n"
                + "- Z: missing host_fallback.claude\n"
                + "- Z: missing host_fallback.codex\n"
                + "- arr: / must be object\n"
                + "- b_hook: / must NOT have additional properties; /trigger must be equal to one of the allowed values; /description must NOT have fewer than 1 characters; /input_contract must be object; /allowed_side_effects/0 must be string; /failure_behavior/mode must be equal to one of the allowed values; /failure_behavior/exit_code must be integer; /host_fallback must NOT have additional properties\n"
                + "- b_hook: hook id \"wrong\" does not match filename\n"
                + "- b_hook: missing host_fallback.claude\n"
                + "- b_hook: missing host_fallback.codex\n"
                + "- empty: / must be object\n"
                + "- noid: / must have required property 'id'; / must have required property 'description'; / must have required property 'input_contract'; / must have required property 'allowed_side_effects'; / must have required property 'output_contract'; / must have required property 'failure_behavior'; / must have required property 'host_fallback'\n"
                + "- noid: hook id \"undefined\" does not match filename\n"
                + "- noid: missing host_fallback.claude\n"
                + "- noid: missing host_fallback.codex\n"
                + "- Missing required hook definitions: loop_cap_guard, empty\n"
                + "- Unexpected hook definitions not declared in manifest: Z, wrong, \n", validateHooks(kit));
    }

    @Test
    void emptyHookFileIsReportedWithoutCrashing() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> m.putArray("required_hooks").add("empty"));
        kit.delete("hooks/definitions/session_start.yaml").write("hooks/definitions/empty.yaml", "");
        assertFailure("Hook validation failed:\n- empty: / must be object\n"
                + "- Missing required hook definitions: empty\n", validateHooks(kit));
    }

    @Test
    void idsRenderJsStyle() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> m.putArray("required_hooks").add("a").add("b")
                .add("c").add("d"));
        kit.delete("hooks/definitions/session_start.yaml")
                .write("hooks/definitions/a.yaml", "id: 5\nhost_fallback: {claude: x}\n")
                .write("hooks/definitions/b.yaml", "id: null\nhost_fallback: {claude: x}\n")
                .write("hooks/definitions/c.yaml", "id: {x: 1}\nhost_fallback: {claude: x}\n")
                .write("hooks/definitions/d.yaml", "id: [x, y]\nhost_fallback: {claude: x}\n");
        String stderr = validateHooks(kit).stderr();
        for (String expected : new String[] {"- a: hook id \"5\" does not match filename\n",
            "- b: hook id \"null\" does not match filename\n",
            "- c: hook id \"[object Object]\" does not match filename\n",
            "- d: hook id \"x,y\" does not match filename\n",
            "- Missing required hook definitions: a, b, c, d\n",
            "- Unexpected hook definitions not declared in manifest: 5, , [object Object], x,y\n"}) {
            assertEquals(true, stderr.contains(expected), stderr);
        }
    }

    @Test
    void missingDefinitionsFolderUsesScandirText() {
        KitFixture kit = KitFixture.create(dir).delete("hooks/definitions");
        assertFailure("ENOENT: no such file or directory, scandir '" + dir.resolve("hooks/definitions") + "'\n",
                validateHooks(kit));
    }

    @Test
    void missingHookSchemaUsesOpenText() {
        KitFixture kit = KitFixture.create(dir).delete("schemas/hook.schema.json");
        assertFailure("ENOENT: no such file or directory, open '" + dir.resolve("schemas/hook.schema.json") + "'\n",
                validateHooks(kit));
    }

    @Test
    void yamlErrorInAHookFileAbortsWithTheParserMessage() {
        KitFixture kit = KitFixture.create(dir).write("hooks/definitions/session_start.yaml", "foo: bar: baz\n");
        assertFailure("Nested mappings are not allowed in compact mappings at line 1, column 6:\n\n"
                + "foo: bar: baz\n     ^\n\n", validateHooks(kit));
    }

    @Test
    void malformedManifestGivesTheV8Texts() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> m.remove("hosts"));
        assertFailure("manifest.hosts is not iterable\n", validateHooks(kit));
        kit.withManifest(m -> {
            m.putArray("hosts").add("claude");
            m.remove("required_hooks");
        });
        assertFailure("Cannot read properties of undefined (reading 'filter')\n", validateHooks(kit));
        kit.withManifest(m -> m.put("required_hooks", "session_start"));
        assertFailure("manifest.required_hooks.filter is not a function\n", validateHooks(kit));
        kit.withManifestText("");
        assertFailure("Cannot read properties of null (reading 'hosts')\n", validateHooks(kit));
    }

    @Test
    void hostsGivenAsAStringIterateItsCharacters() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> m.put("hosts", "cx"));
        assertFailure("Hook validation failed:\n- session_start: missing host_fallback.c\n"
                + "- session_start: missing host_fallback.x\n", validateHooks(kit));
    }

    @Test
    void emptyFallbackCountsAsMissingAndYmlFilesCount() {
        KitFixture kit = KitFixture.create(dir);
        kit.delete("hooks/definitions/session_start.yaml")
                .write("hooks/definitions/session_start.yml", "{\"id\": \"session_start\", \"trigger\": \"session_start\","
                        + " \"description\": \"d\", \"input_contract\": {}, \"allowed_side_effects\": [],"
                        + " \"output_contract\": {}, \"failure_behavior\": {\"mode\": \"warn\"},"
                        + " \"host_fallback\": {\"claude\": \"\"}}\n");
        assertFailure("Hook validation failed:\n- session_start: missing host_fallback.claude\n", validateHooks(kit));
    }
}
