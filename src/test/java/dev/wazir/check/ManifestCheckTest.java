package dev.wazir.check;

import dev.wazir.Cli;
import dev.wazir.KitFixture;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ManifestCheckTest {
    @TempDir
    Path dir;

    private static CommandResult validate(KitFixture kit) {
        return Cli.run(kit.root(), "validate", "manifest");
    }

    private static void assertFailure(String stderr, CommandResult r) {
        assertEquals("", r.stdout());
        assertEquals(stderr, r.stderr());
        assertEquals(1, r.exitCode());
    }

    private static void assertValid(CommandResult r) {
        assertEquals("", r.stderr());
        assertEquals("Manifest is valid.\n", r.stdout());
        assertEquals(0, r.exitCode());
    }

    private static ObjectNode paths(ObjectNode manifest) {
        return (ObjectNode) manifest.get("paths");
    }

    @Test
    void validFixturePassesAlsoFromANestedFolder() {
        KitFixture kit = KitFixture.create(dir);
        assertValid(validate(kit));
        assertValid(Cli.run(kit.root().resolve("tooling"), "validate", "manifest"));
    }

    @Test
    void manifestVersionOneIsRejectedWithMigrationHint() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> {
            m.put("manifest_version", 1);
            m.remove("workflows");
            m.remove("export_targets");
            m.remove("prohibited_terms");
            m.remove("versioning_policy");
        });
        assertFailure("Manifest version check failed:\n"
                + "- manifest_version 1 is no longer supported; migrate to manifest_version 2\n"
                + "- add required fields: project.description, versioning_policy, workflows, export_targets, prohibited_terms\n"
                + "- prohibited_terms enforcement in v2 applies only to manifest-declared role and workflow files\n",
                validate(kit));
        kit.withManifestText(Files.exists(dir) ? "manifest_version: 1.0\n" : "");
        assertEquals(true, validate(kit).stderr().startsWith("Manifest version check failed:\n"));
    }

    @Test
    void versionAsStringIsASchemaErrorAndTwoPointZeroIsValid() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> m.put("manifest_version", "2"));
        assertFailure("Manifest schema validation failed:\n- /manifest_version must be equal to constant\n", validate(kit));
        kit.withManifestText("manifest_version: 2.0\n" + yamlBody(kit));
        assertValid(validate(kit));
    }

    /** The fixture manifest without its first line, as YAML (JSON is YAML). */
    private static String yamlBody(KitFixture kit) {
        ObjectNode copy = kit.manifest().deepCopy();
        copy.remove("manifest_version");
        StringBuilder out = new StringBuilder();
        copy.properties().forEach(e -> out.append(e.getKey()).append(": ")
                .append(dev.wazir.text.Json.compact(e.getValue())).append('\n'));
        return out.toString();
    }

    @Test
    void verifiedMultiErrorSchemaExample() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> {
            m.remove("phases");
            m.put("zzz", 1);
            m.put("aaa", 2);
            ((ObjectNode) m.get("project")).put("name", 5);
            m.putArray("hosts").add("foo").add("foo");
            m.putArray("roles");
        });
        assertFailure("Manifest schema validation failed:\n"
                + "- / must have required property 'phases'\n"
                + "- / must NOT have additional properties\n"
                + "- / must NOT have additional properties\n"
                + "- /project/name must be string\n"
                + "- /hosts/0 must be equal to one of the allowed values\n"
                + "- /hosts/1 must be equal to one of the allowed values\n"
                + "- /hosts must NOT have duplicate items (items ## 0 and 1 are identical)\n"
                + "- /roles must NOT have fewer than 1 items\n", validate(kit));
    }

    @Test
    void otherSchemaExamples() {
        KitFixture kit = KitFixture.create(dir);
        assertFailure("Manifest schema validation failed:\n- /hosts/1 must be equal to one of the allowed values\n",
                validate(kit.withManifest(m -> m.putArray("hosts").add("claude").add("vim"))));
        kit.withManifest(m -> m.putArray("hosts").add("claude"));
        assertFailure("Manifest schema validation failed:\n- /project must be object\n- /hosts must be array\n",
                validate(kit.withManifest(m -> {
                    m.put("project", "x");
                    m.put("hosts", "claude");
                })));
        kit = KitFixture.create(dir.resolve("b"));
        assertFailure("Manifest schema validation failed:\n- /project/name must NOT have fewer than 1 characters\n",
                validate(kit.withManifest(m -> ((ObjectNode) m.get("project")).put("name", ""))));
        kit = KitFixture.create(dir.resolve("c"));
        assertFailure("Manifest schema validation failed:\n- /paths/a~1b~0c must NOT have fewer than 1 characters\n",
                validate(kit.withManifest(m -> paths(m).put("a/b~c", ""))));
        kit = KitFixture.create(dir.resolve("d"));
        assertFailure("Manifest schema validation failed:\n- /paths/input must be string\n",
                validate(kit.withManifest(m -> paths(m).put("input", 5))));
        kit = KitFixture.create(dir.resolve("e"));
        assertFailure("Manifest schema validation failed:\n- /adapters must NOT have additional properties\n"
                + "- /adapters/context_mode must be object\n",
                validate(kit.withManifest(m -> {
                    ((ObjectNode) m.get("adapters")).put("context_mode", 1);
                    ((ObjectNode) m.get("adapters")).put("other", 1);
                })));
        kit = KitFixture.create(dir.resolve("f"));
        assertFailure("Manifest schema validation failed:\n- /index/core_parsers/0 must be string\n"
                + "- /validation_checks must be array\n",
                validate(kit.withManifest(m -> {
                    ((ObjectNode) m.get("index")).putArray("core_parsers").add(1);
                    m.put("validation_checks", "x");
                })));
        kit = KitFixture.create(dir.resolve("g"));
        assertFailure("Manifest schema validation failed:\n"
                + "- /adapters/context_mode/install_mode must be equal to one of the allowed values\n",
                validate(kit.withManifest(m -> ((ObjectNode) m.get("adapters").get("context_mode"))
                        .put("install_mode", "bundled"))));
    }

    @Test
    void nonMappingManifestMustBeObject() {
        KitFixture kit = KitFixture.create(dir).withManifestText("");
        assertFailure("Manifest schema validation failed:\n- / must be object\n", validate(kit));
        kit.withManifestText("- a\n");
        assertFailure("Manifest schema validation failed:\n- / must be object\n", validate(kit));
    }

    @Test
    void openPencilAdapterIsAccepted() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> {
            ObjectNode pencil = ((ObjectNode) m.get("adapters")).putObject("open_pencil");
            pencil.put("enabled_by_default", false);
            pencil.put("required", false);
            pencil.put("install_mode", "external");
            pencil.put("package_presence", "optional");
        });
        assertValid(validate(kit));
    }

    @Test
    void pathsEscapingTheRoot() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> {
            paths(m).put("input", "..");
            paths(m).put("docs", "../x");
            paths(m).put("tooling", "/abs/none");
        });
        assertFailure("Manifest path check failed:\n- input: .. resolves outside the project root\n"
                + "- docs: ../x resolves outside the project root\n", validate(kit));
    }

    @Test
    void escapeEdgeCases() {
        KitFixture kit = KitFixture.create(dir).mkdirs("..foo").withManifest(m -> {
            paths(m).put("input", "..foo");
            paths(m).put("deep", "foo/../../x");
            paths(m).put("state_root_default", "../..foo");
        });
        // state_root_default keeps its original place among the keys; deep is added last.
        assertFailure("Manifest path check failed:\n- state_root_default: ../..foo resolves outside the project root\n"
                + "- deep: foo/../../x resolves outside the project root\n", validate(kit));
    }

    @Test
    void missingPaths() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> {
            paths(m).put("input", "nope");
            paths(m).put("memory", "missing/dir");
            paths(m).put("x", "~/foo");
            paths(m).put("y", "a{b}");
        });
        assertFailure("Manifest path check failed:\n- input: missing " + dir + "/nope\n"
                + "- memory: missing " + dir + "/missing/dir\n", validate(kit));
    }

    @Test
    void aPathTheOsCannotNameIsMissing() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> paths(m).put("input", "a\u0000b"));
        assertFailure("Manifest path check failed:\n- input: missing " + dir + "/a\u0000b\n", validate(kit));
        kit.withManifest(m -> {
            paths(m).put("input", "input");
            m.putArray("roles").add("clarifier").add("x\u0000y");
        });
        assertFailure("Manifest role check failed:\n- roles/x\u0000y.md\n", validate(kit));
    }

    @Test
    void integerLikePathKeysComeFirst() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> {
            paths(m).put("input", "nope");
            paths(m).put("10", "ten");
            paths(m).put("2", "two");
        });
        assertFailure("Manifest path check failed:\n- 2: missing " + dir + "/two\n- 10: missing " + dir + "/ten\n"
                + "- input: missing " + dir + "/nope\n", validate(kit));
    }

    @Test
    void missingRoleAndWorkflowFiles() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> m.putArray("roles").add("clarifier")
                .add("ghost").add("ghost2"));
        assertFailure("Manifest role check failed:\n- roles/ghost.md\n- roles/ghost2.md\n", validate(kit));
        kit.withManifest(m -> {
            m.putArray("roles").add("clarifier");
            m.putArray("workflows").add("clarify").add("plan_review");
        });
        assertFailure("Manifest workflow check failed:\n- workflows/plan-review.md\n", validate(kit));
    }

    @Test
    void exportTargetsMustBeHosts() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> m.putArray("export_targets").add("claude")
                .add("cursor").add("codex"));
        assertFailure("Manifest export target check failed:\n"
                + "- cursor: export target must also be declared in hosts\n"
                + "- codex: export target must also be declared in hosts\n", validate(kit));
    }

    @Test
    void prohibitedTermsInDeclaredFiles() {
        KitFixture kit = KitFixture.create(dir).withManifest(m -> m.putArray("prohibited_terms").add(".NET")
                .add("C++").add("web UI"));
        kit.write("roles/clarifier.md", "use .net\n").write("workflows/clarify.md", "c++ and WEB ui\n");
        assertFailure("Manifest prohibited term check failed:\n"
                + "- roles/clarifier.md: contains prohibited term \".NET\"\n"
                + "- workflows/clarify.md: contains prohibited term \"C++\"\n"
                + "- workflows/clarify.md: contains prohibited term \"web UI\"\n", validate(kit));
    }

    @Test
    void prohibitedTermFromTheFixtureIsFound() {
        KitFixture kit = KitFixture.create(dir).write("roles/clarifier.md", "An AGENT os for all.\n");
        assertFailure("Manifest prohibited term check failed:\n"
                + "- roles/clarifier.md: contains prohibited term \"Agent OS\"\n", validate(kit));
    }

    @Test
    void largerWordsAroundATermAreAllowed() {
        KitFixture kit = KitFixture.create(dir).write("roles/clarifier.md", "daemonize my_daemon daemons\n");
        assertValid(validate(kit));
        kit.write("roles/clarifier.md", "a daemon-x\n");
        assertEquals(1, validate(kit).exitCode());
        kit.write("roles/clarifier.md", "daemoné\n");
        assertEquals(1, validate(kit).exitCode());
    }

    @Test
    void termMatchingUsesJsCaseRules() {
        assertEquals(true, ProhibitedTerms.contains("cafés", "café"));
        assertEquals(true, ProhibitedTerms.contains("É", "é"));
        assertEquals(false, ProhibitedTerms.contains("ſ", "s"));
        assertEquals(false, ProhibitedTerms.contains("SS", "ß"));
        assertEquals(false, ProhibitedTerms.contains("ẞ", "ß"));
        assertEquals(false, ProhibitedTerms.contains("\u212A", "k"));
    }

    @Test
    void readErrors() {
        KitFixture kit = KitFixture.create(dir).withManifestText("foo: bar: baz\n").delete("schemas");
        assertFailure("Nested mappings are not allowed in compact mappings at line 1, column 6:\n\n"
                + "foo: bar: baz\n     ^\n\n", validate(kit));
        kit = KitFixture.create(dir.resolve("b")).delete("schemas/wazir-manifest.schema.json");
        assertFailure("ENOENT: no such file or directory, open '" + dir.resolve("b/schemas/wazir-manifest.schema.json")
                + "'\n", validate(kit));
        kit = KitFixture.create(dir.resolve("c")).write("schemas/wazir-manifest.schema.json", "{bad");
        assertFailure("Expected property name or '}' in JSON at position 1 (line 1 column 2)\n", validate(kit));
        kit = KitFixture.create(dir.resolve("d")).delete("roles/clarifier.md").mkdirs("roles/clarifier.md");
        assertFailure("EISDIR: illegal operation on a directory, read\n", validate(kit));
    }

    @Test
    void outsideAProject() {
        CommandResult r = Cli.run(dir, "validate", "manifest");
        assertFailure("Could not find wazir.manifest.yaml from " + dir + "\n", r);
    }
}
