package dev.wazir.check;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.wazir.check.Files2.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BrandCheckTest {
    @TempDir
    Path root;

    @Test
    void cleanTreePasses() {
        write(root, "README.md", "# Wazir\nAn engineering kit.\n");
        assertEquals(new CheckResult(0, "Brand truth validation passed.\n", ""), new BrandCheck(root).run());
    }

    @Test
    void emptyTreePasses() {
        assertEquals(0, new BrandCheck(root).run().exitCode());
    }

    @Test
    void reportsEachTermOncePerFileInCollectionOrder() {
        write(root, "CLAUDE.md", "Agent OS here and Agent OS again\n");
        write(root, "AGENTS.md", "see Agent OS.\n");
        write(root, "docs/a/all.md", "Agent OS, agent-os, Symphony and Wazir OS\n");
        write(root, "docs/a/legacy2.md", "archive/legacy-agent-os/foo)agent-os\n");
        write(root, "docs/a/legacy.md", "see archive/legacy-agent-os/foo and archive/v5.1-agent-os-daemon/x "
                + "and migration/v5.1-agent-os-to-wazir.md\n");
        write(root, "docs/plans/p.md", "Agent OS\n");
        write(root, "docs/a/terminology-policy.md", "Agent OS\n");
        write(root, "docs/a/notes.txt", "Agent OS\n");
        write(root, "roles/clarifier2.md", "Agent OS\n");
        write(root, "skills/s/SKILL.md", "Wazir OS\n");
        write(root, "hooks/README.md", "agent-os\n");
        write(root, "hooks/session-start", "echo agent-os\n");
        write(root, "hooks/other", "agent-os\n");
        write(root, "templates/artifacts/x/t.json", "{\"a\": \"Symphony\"}\n");
        write(root, "templates/README.md", "Symphony\n");
        write(root, "templates/other.md", "Symphony\n");
        write(root, "tooling/src/x.js", "// Agent OS\n");
        write(root, "exports/hosts/claude/.claude/a.json", "\"Wazir OS\"\n");
        write(root, "README.md", "AGENT OS, Agent-OS, xagent-os, Symphonyx\n");

        String expected = "Brand truth validation failed:\n"
                + "- CLAUDE.md: contains forbidden brand term \"Agent OS\"\n"
                + "- AGENTS.md: contains forbidden brand term \"Agent OS\"\n"
                + "- docs/a/all.md: contains forbidden brand term \"Agent OS\"\n"
                + "- docs/a/all.md: contains forbidden brand term \"agent-os\"\n"
                + "- docs/a/all.md: contains forbidden brand term \"Symphony\"\n"
                + "- docs/a/all.md: contains forbidden brand term \"Wazir OS\"\n"
                + "- docs/a/legacy2.md: contains forbidden brand term \"agent-os\"\n"
                + "- roles/clarifier2.md: contains forbidden brand term \"Agent OS\"\n"
                + "- skills/s/SKILL.md: contains forbidden brand term \"Wazir OS\"\n"
                + "- hooks/README.md: contains forbidden brand term \"agent-os\"\n"
                + "- hooks/session-start: contains forbidden brand term \"agent-os\"\n"
                + "- templates/artifacts/x/t.json: contains forbidden brand term \"Symphony\"\n"
                + "- templates/README.md: contains forbidden brand term \"Symphony\"\n"
                + "- exports/hosts/claude/.claude/a.json: contains forbidden brand term \"Wazir OS\"\n";
        assertEquals(new CheckResult(1, "", expected), new BrandCheck(root).run());
    }

    @Test
    void changelogAndExpertiseAreScanned() {
        write(root, "CHANGELOG.md", "Agent OS\n");
        write(root, "expertise/review-notes.md", "Symphony\n");
        assertEquals("Brand truth validation failed:\n"
                        + "- CHANGELOG.md: contains forbidden brand term \"Agent OS\"\n"
                        + "- expertise/review-notes.md: contains forbidden brand term \"Symphony\"\n",
                new BrandCheck(root).run().stderr());
    }

    @Test
    void wordBoundariesAreAsciiOnlyAsInJavaScript() {
        // é is not a word character for JavaScript's \b, so "éSymphony" still starts a word.
        write(root, "docs/x.md", "éSymphony\n");
        write(root, "docs/y.md", "Symphony_\n");
        assertEquals("Brand truth validation failed:\n- docs/x.md: contains forbidden brand term \"Symphony\"\n",
                new BrandCheck(root).run().stderr());
    }

    @Test
    void legacyReplacementStopsAtWhitespaceParenAndBacktick() {
        write(root, "docs/a.md", "`archive/legacy-agent-os/x`agent-os\n");
        write(root, "docs/b.md", "archive/v5.1-agent-os-daemon/a b\n");
        assertEquals("Brand truth validation failed:\n- docs/a.md: contains forbidden brand term \"agent-os\"\n",
                new BrandCheck(root).run().stderr());
    }

    @Test
    @Timeout(10)
    void fifosAreSkippedWithoutBlocking() {
        Assumptions.assumeTrue(Files2.fifo(root.resolve("docs/pipe.md")));
        Assumptions.assumeTrue(Files2.fifo(root.resolve("roles/pipe")));
        write(root, "docs/ok.md", "fine\n");
        assertEquals(0, new BrandCheck(root).run().exitCode());
    }
}
