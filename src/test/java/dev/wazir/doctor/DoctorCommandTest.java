package dev.wazir.doctor;

import dev.wazir.Cli;
import dev.wazir.KitFixture;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `wazir doctor [--json]` as 1.0.0's doctor (spec §5). */
class DoctorCommandTest {
    @TempDir
    Path dir;
    @TempDir
    Path home;

    Path root;
    KitFixture kit;

    @BeforeEach
    void healthyFixture() throws IOException {
        root = dir.resolve("fixture");
        Files.createDirectories(root);
        kit = KitFixture.create(root).withManifest(m -> {
            m.putArray("hosts").add("claude").add("codex");
            m.putArray("export_targets").add("claude").add("codex");
        });
        kit.withHook("session_start.yaml", KitFixture.hook("session_start", "claude", "codex"));
        kit.mkdirs("exports/hosts/claude").mkdirs("exports/hosts/codex");
    }

    private CommandResult doctor(Path cwd, String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = "doctor";
        System.arraycopy(args, 0, argv, 1, args.length);
        return Cli.run(cwd, Map.of("HOME", home.toString()), "", argv);
    }

    private String state() {
        return home.resolve(".wazir/projects/fixture").toString();
    }

    @Test
    void healthyKitPassesEveryCheck() {
        assertEquals(new CommandResult(0, "PASS manifest: Manifest is valid.\n"
                + "PASS hooks: Hook definitions are valid.\n"
                + "PASS state-root: " + state() + " stays outside the project root\n"
                + "PASS host-exports: All required host export directories exist.\n", ""), doctor(root));
    }

    @Test
    void healthyKitAsJson() {
        assertEquals(new CommandResult(0, "{\n"
                + "  \"healthy\": true,\n"
                + "  \"project_root\": \"" + root + "\",\n"
                + "  \"state_root_default\": \"" + state() + "\",\n"
                + "  \"checks\": [\n"
                + "    {\n      \"name\": \"manifest\",\n      \"status\": \"pass\",\n      \"detail\": \"Manifest is valid.\"\n    },\n"
                + "    {\n      \"name\": \"hooks\",\n      \"status\": \"pass\",\n      \"detail\": \"Hook definitions are valid.\"\n    },\n"
                + "    {\n      \"name\": \"state-root\",\n      \"status\": \"pass\",\n      \"detail\": \"" + state()
                + " stays outside the project root\"\n    },\n"
                + "    {\n      \"name\": \"host-exports\",\n      \"status\": \"pass\",\n      \"detail\": \"All required host export directories exist.\"\n    }\n"
                + "  ]\n}\n", ""), doctor(root, "--json"));
    }

    @Test
    void unhealthyReportGoesToStdoutWithExitOne() {
        kit.delete("exports/hosts");
        kit.withHook("session_start.yaml", KitFixture.hook("session_start", "claude"));
        assertEquals(new CommandResult(1, "{\n"
                + "  \"healthy\": false,\n"
                + "  \"project_root\": \"" + root + "\",\n"
                + "  \"state_root_default\": \"" + state() + "\",\n"
                + "  \"checks\": [\n"
                + "    {\n      \"name\": \"manifest\",\n      \"status\": \"pass\",\n      \"detail\": \"Manifest is valid.\"\n    },\n"
                + "    {\n      \"name\": \"hooks\",\n      \"status\": \"fail\",\n"
                + "      \"detail\": \"Hook validation failed:\\n- session_start: missing host_fallback.codex\"\n    },\n"
                + "    {\n      \"name\": \"state-root\",\n      \"status\": \"pass\",\n      \"detail\": \"" + state()
                + " stays outside the project root\"\n    },\n"
                + "    {\n      \"name\": \"host-exports\",\n      \"status\": \"fail\",\n"
                + "      \"detail\": \"Missing export directories for: claude, codex\"\n    }\n"
                + "  ]\n}\n", ""), doctor(root, "--json"));
    }

    @Test
    void oneMissingHostExportFailsInText() {
        kit.delete("exports/hosts/codex");
        CommandResult r = doctor(root);
        assertEquals(1, r.exitCode());
        assertTrue(r.stdout().endsWith("FAIL host-exports: Missing export directories for: codex\n"), r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void schemaOnlyManifestFailureStillGivesFourChecks() {
        kit.withManifest(m -> m.put("roles", "clarifier"));
        CommandResult r = doctor(root);
        assertEquals(1, r.exitCode());
        assertTrue(r.stdout().startsWith("FAIL manifest: Manifest schema validation failed:\n- /roles must be array\n"
                + "PASS hooks: Hook definitions are valid.\n"), r.stdout());
        assertEquals(4, r.stdout().lines().filter(l -> l.startsWith("PASS ") || l.startsWith("FAIL ")).count());
    }

    @Test
    void subcommandIsRefusedBeforeLookingForTheProject() {
        assertEquals(new CommandResult(1, "", "Usage: wazir doctor [--json]\n"), doctor(dir, "status"));
        assertEquals(new CommandResult(1, "", "Usage: wazir doctor [--json]\n"), doctor(root, "run", "--json"));
    }

    @Test
    void otherFlagsAreIgnored() {
        assertEquals(0, doctor(root, "--verbose").exitCode());
        assertTrue(doctor(root, "--verbose").stdout().startsWith("PASS manifest"));
    }

    @Test
    void outsideAProjectIsTheRootError() {
        assertEquals(new CommandResult(1, "", "Could not find wazir.manifest.yaml from " + dir + "\n"), doctor(dir));
    }

    @Test
    void stateRootInsideTheProjectFails() throws IOException {
        kit.withManifest(m -> {
            ((ObjectNode) m.get("paths")).put("state_root_default", ".state/{project_slug}/{project_slug}");
            ((ObjectNode) m.get("project")).put("name", "My Cool_Project!!");
        });
        Path sub = Files.createDirectories(root.resolve("sub"));
        CommandResult r = doctor(sub);
        assertTrue(r.stdout().contains("FAIL state-root: " + sub.resolve(".state/my-cool-project/{project_slug}")
                + " resolves inside the project root\n"), r.stdout());
        assertEquals(1, r.exitCode());
    }

    @Test
    void stateRootAtTheProjectRootFailsAndAtHomePasses() {
        kit.withManifest(m -> ((ObjectNode) m.get("paths")).put("state_root_default", "."));
        assertTrue(doctor(root).stdout().contains("FAIL state-root: " + root + " resolves inside the project root\n"));
        kit.withManifest(m -> ((ObjectNode) m.get("paths")).put("state_root_default", "~"));
        assertTrue(doctor(root).stdout().contains("PASS state-root: " + home + " stays outside the project root\n"));
    }

    @Test
    void stateRootBesideTheProjectPassesEvenWhenTheManifestFails() {
        kit.withManifest(m -> ((ObjectNode) m.get("paths")).put("state_root_default", "../..foo"));
        String out = doctor(root).stdout();
        assertTrue(out.startsWith("FAIL manifest: "), out);
        assertTrue(out.contains("PASS state-root: " + dir.resolve("..foo") + " stays outside the project root\n"), out);
    }

    private void assertError(String message) {
        assertEquals(new CommandResult(1, "", message + "\n"), doctor(root));
    }

    @Test
    void missingManifestSchemaIsAnError() {
        kit.delete("schemas/wazir-manifest.schema.json");
        assertError("ENOENT: no such file or directory, open '" + root.resolve("schemas/wazir-manifest.schema.json") + "'");
    }

    @Test
    void manifestWithoutPathsIsTheOriginalsTypeError() {
        kit.withManifest(m -> m.remove("paths"));
        assertError("Cannot read properties of undefined (reading 'state_root_default')");
    }

    @Test
    void manifestWithoutProjectIsTheOriginalsTypeError() {
        kit.withManifest(m -> m.remove("project"));
        assertError("Cannot read properties of undefined (reading 'name')");
    }

    @Test
    void nonStringStateRootTemplateIsTheOriginalsTypeError() {
        kit.withManifest(m -> ((ObjectNode) m.get("paths")).put("state_root_default", 5));
        assertError("template.replace is not a function");
    }

    @Test
    void stringHostsIsTheOriginalsTypeError() {
        kit.withManifest(m -> m.put("hosts", "claude"));
        assertError("manifest.hosts.filter is not a function");
    }

    @Test
    void manifestWithoutHostsIsTheOriginalsTypeError() {
        kit.withManifest(m -> m.remove("hosts"));
        assertError("manifest.hosts is not iterable");
    }

    @Test
    void manifestWithoutRequiredHooksIsTheOriginalsTypeError() {
        kit.withManifest(m -> m.remove("required_hooks"));
        assertError("Cannot read properties of undefined (reading 'filter')");
    }

    @Test
    void missingHookDefinitionsFolderIsAnError() {
        kit.delete("hooks/definitions");
        assertError("ENOENT: no such file or directory, scandir '" + root.resolve("hooks/definitions") + "'");
    }

    @Test
    void yamlSyntaxErrorIsPrintedWithItsOwnLineFeed() {
        kit.withManifestText("foo: bar: baz\n");
        CommandResult r = doctor(root);
        assertEquals(1, r.exitCode());
        assertEquals("", r.stdout());
        assertTrue(r.stderr().startsWith("Nested mappings are not allowed in compact mappings at line 1, column 6:\n"),
                r.stderr());
        assertTrue(r.stderr().endsWith("^\n\n"), r.stderr());
    }
}
