package dev.wazir.check;

import dev.wazir.Cli;
import dev.wazir.KitFixture;
import dev.wazir.cli.CommandResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** `wazir validate docs|brand|runtime` through the CLI, with the kit's real schema validator. */
class DocsTruthCommandTest {
    @TempDir
    Path root;
    KitFixture kit;

    @BeforeEach
    void fixture() {
        kit = KitFixture.create(root);
    }

    static String claim(String id, String type, String subject) {
        return "- id: " + id + "\n  file: docs/tooling-cli.md\n  claim_type: " + type + "\n  subject: " + subject
                + "\n  verifier: command_registry\n  required: true\n";
    }

    @Test
    void documentedCommandWithoutAClaimFails() {
        kit.write("docs/tooling-cli.md", "Run `wazir validate manifest` first.\n").write("docs/truth-claims.yaml", "[]\n");
        assertEquals(new CommandResult(1, "", "Docs truth validation failed:\n"
                + "- missing docs truth claim for documented command: wazir validate manifest\n"),
                Cli.run(root, "validate", "docs"));
    }

    @Test
    void claimedAndDocumentedCommandsPass() {
        kit.write("docs/tooling-cli.md", "Run `wazir validate manifest` first.\n")
                .write("docs/truth-claims.yaml", claim("command-validate-manifest", "command", "wazir validate manifest"));
        assertEquals(new CommandResult(0, "Docs truth validation passed. Checked 1 claims across 2 active docs.\n", ""),
                Cli.run(root, "validate", "docs"));
    }

    @Test
    void malformedClaimsAreReportedWithTheSchemasMessages() {
        kit.write("README.md", "`wazir validate` [zz](docs/zz.md)\n")
                .write("docs/tooling-cli.md", "`wazir frobnicate`\n")
                .write("docs/truth-claims.yaml", claim("c-validate", "command", "wazir validate")
                        + claim("c-validate", "command", "wazir validate")
                        + "- file: docs/x.md\n  claim_type: command\n  subject: wazir status\n  verifier: v\n"
                        + "- id: bad-type\n  file: f\n  claim_type: prose\n  subject: s\n  verifier: v\n  extra: 1\n"
                        + "- 42\n"
                        + "- null\n"
                        + claim("c-bogus", "command", "wazir frobnicate")
                        + claim("c-undoc", "command", "wazir doctor")
                        + claim("p-missing", "generated_file", "exports/hosts/none.json"));
        assertEquals(new CommandResult(1, "", "Docs truth validation failed:\n"
                + "- duplicate docs claim id: c-validate\n"
                + "- docs claim <missing-id>: / must have required property 'id'\n"
                + "- docs claim bad-type: / must NOT have additional properties; "
                + "/claim_type must be equal to one of the allowed values\n"
                + "- docs claim <missing-id>: / must be object\n"
                + "- docs claim <missing-id>: / must be object\n"
                + "- README.md: local doc link target missing docs/zz.md\n"
                + "- c-bogus: unsupported command subject wazir frobnicate\n"
                + "- c-undoc: undocumented command claim wazir doctor\n"
                + "- p-missing: missing claimed path exports/hosts/none.json\n"), Cli.run(root, "validate", "docs"));
    }

    @Test
    void claimsFileThatIsNotAListIsAnError() {
        kit.write("docs/truth-claims.yaml", "claims: []\n");
        assertEquals(new CommandResult(1, "", "docs/truth-claims.yaml must be a YAML array of claim objects\n"),
                Cli.run(root, "validate", "docs"));
    }

    @Test
    void missingClaimsFileIsAnError() {
        assertEquals(new CommandResult(1, "", "ENOENT: no such file or directory, open '"
                + root.resolve("docs/truth-claims.yaml") + "'\n"), Cli.run(root, "validate", "docs"));
    }

    @Test
    void brandViolationThroughTheCli() {
        kit.write("docs/overview.md", "Formerly Agent OS.\n");
        assertEquals(new CommandResult(1, "", "Brand truth validation failed:\n"
                + "- docs/overview.md: contains forbidden brand term \"Agent OS\"\n"), Cli.run(root, "validate", "brand"));
        kit.delete("docs/overview.md");
        assertEquals(new CommandResult(0, "Brand truth validation passed.\n", ""), Cli.run(root, "validate", "brand"));
    }

    @Test
    void runtimeViolationsThroughTheCli() {
        kit.write("docs/overview.md", "Use `/run-orchestrator`.\n");
        assertEquals(new CommandResult(1, "", "Runtime surface validation failed:\n"
                + "- docs/overview.md: contains forbidden runtime-surface pattern \"legacy run wrapper\"\n"),
                Cli.run(root, "validate", "runtime"));
        kit.delete("docs/overview.md");
        assertEquals(new CommandResult(0, "Runtime surface validation passed.\n", ""), Cli.run(root, "validate", "runtime"));
    }

    @Test
    void forbiddenPomDependencyThroughTheCli() {
        kit.delete("package.json").write("pom.xml", "<project><dependencies><dependency><groupId>io.javalin</groupId>"
                + "<artifactId>javalin</artifactId></dependency></dependencies></project>\n");
        assertEquals(new CommandResult(1, "", "Runtime surface validation failed:\n"
                + "- pom.xml: forbidden runtime dependency \"io.javalin:javalin\" is present on the active surface\n"),
                Cli.run(root, "validate", "runtime"));
    }
}
