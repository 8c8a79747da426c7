package dev.wazir.check;

import dev.wazir.WazirException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.wazir.check.Files2.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuntimeCheckTest {
    static final String PACKAGE_JSON = "{\"name\": \"x\", \"bin\": {\"wazir\": \"tooling/src/cli.js\"}}\n";
    static final String POM_HEAD = "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
            + "<modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>a</artifactId><version>1</version>\n";

    @TempDir
    Path root;

    @Test
    void cleanNodeTreePasses() {
        write(root, "package.json", PACKAGE_JSON);
        write(root, "README.md", "fine\n");
        assertEquals(new CheckResult(0, "Runtime surface validation passed.\n", ""), new RuntimeCheck(root).run());
    }

    @Test
    void verifiedExampleOfTheOriginal() {
        write(root, "package.json", "{\"bin\": {\"wazir\": \"tooling/src/cli.js\", \"other\": \"bin/daemon.js\"},"
                + " \"dependencies\": {\"koa\": \"1\", \"express\": \"1\"},"
                + " \"devDependencies\": {\"express\": \"1\", \"socket.io\": \"1\", \"fastify\": \"1\"}}");
        write(root, "docs/a/all.md", "a .agent-os/x\nb tasks/input/\nc tasks/clarified/\nd /run-orchestrator\n"
                + "e agent-os-daemon\nf npx agent-os-run\ng daemon/WORKFLOW.md\n");
        write(root, "templates/README.md", ".agent-os/\n");
        write(root, "templates/artifacts/a.md", ".agent-os/\n");
        write(root, "tooling/src/checks/other.js", "'.agent-os/'\n");
        String expected = "Runtime surface validation failed:\n"
                + "- package.json: only the \"wazir\" bin is allowed on the active surface\n"
                + "- package.json: active bin paths must not point at daemon entrypoints\n"
                + "- package.json: forbidden runtime dependency \"koa\" is present on the active surface\n"
                + "- package.json: forbidden runtime dependency \"express\" is present on the active surface\n"
                + "- package.json: forbidden runtime dependency \"socket.io\" is present on the active surface\n"
                + "- package.json: forbidden runtime dependency \"fastify\" is present on the active surface\n"
                + "- docs/a/all.md: contains forbidden runtime-surface pattern \".agent-os path\"\n"
                + "- docs/a/all.md: contains forbidden runtime-surface pattern \"tasks/input path\"\n"
                + "- docs/a/all.md: contains forbidden runtime-surface pattern \"tasks/clarified path\"\n"
                + "- docs/a/all.md: contains forbidden runtime-surface pattern \"legacy run wrapper\"\n"
                + "- docs/a/all.md: contains forbidden runtime-surface pattern \"legacy daemon binary\"\n"
                + "- docs/a/all.md: contains forbidden runtime-surface pattern \"legacy npx invocation\"\n"
                + "- docs/a/all.md: contains forbidden runtime-surface pattern \"daemon workflow config\"\n"
                + "- templates/README.md: contains forbidden runtime-surface pattern \".agent-os path\"\n"
                + "- templates/artifacts/a.md: contains forbidden runtime-surface pattern \".agent-os path\"\n"
                + "- tooling/src/checks/other.js: contains forbidden runtime-surface pattern \".agent-os path\"\n";
        assertEquals(new CheckResult(1, "", expected), new RuntimeCheck(root).run());
    }

    @Test
    void nearMissesDoNotMatch() {
        write(root, "package.json", PACKAGE_JSON);
        write(root, "docs/a.md", "x/run-orchestratorX mytasks/input/ npx agent-os- agent-os-runner\n");
        assertEquals(0, new RuntimeCheck(root).run().exitCode());
    }

    @Test
    void legacyRunWrapperInDocsIsReported() {
        write(root, "package.json", PACKAGE_JSON);
        write(root, "docs/overview.md", "Use `/run-orchestrator` to start.\n");
        assertEquals("Runtime surface validation failed:\n"
                        + "- docs/overview.md: contains forbidden runtime-surface pattern \"legacy run wrapper\"\n",
                new RuntimeCheck(root).run().stderr());
    }

    @Test
    void toolingChecksAndChangelogAreScanned() {
        write(root, "package.json", PACKAGE_JSON);
        write(root, "tooling/src/checks/custom-check.js", "const p = '.agent-os/';\n");
        write(root, "CHANGELOG.md", "- moved tasks/input/ away\n");
        assertEquals("Runtime surface validation failed:\n"
                        + "- CHANGELOG.md: contains forbidden runtime-surface pattern \"tasks/input path\"\n"
                        + "- tooling/src/checks/custom-check.js: contains forbidden runtime-surface pattern \".agent-os path\"\n",
                new RuntimeCheck(root).run().stderr());
    }

    @Test
    void checkerSourcesAreExempt() {
        write(root, "package.json", PACKAGE_JSON);
        write(root, "tooling/src/checks/runtime-surface.js", ".agent-os/ tasks/input/\n");
        write(root, "tooling/src/checks/brand-truth.js", ".agent-os/\n");
        write(root, "pom.xml", POM_HEAD + "</project>\n");
        write(root, "src/main/java/dev/wazir/check/RuntimeCheck.java", "\"\\\\.agent-os/\"\n");
        write(root, "src/main/java/dev/wazir/check/BrandCheck.java", "archive/v5.1-agent-os-daemon\n");
        assertEquals(0, new RuntimeCheck(root).run().exitCode());
    }

    @Test
    void stringBinCountsAsIndexedKeysOnly() {
        write(root, "package.json", "{\"bin\": \"daemon.js\"}");
        assertEquals("Runtime surface validation failed:\n"
                        + "- package.json: only the \"wazir\" bin is allowed on the active surface\n",
                new RuntimeCheck(root).run().stderr());
    }

    @Test
    void missingPackageDescriptorIsTheOriginalsError() {
        WazirException e = assertThrows(WazirException.class, () -> new RuntimeCheck(root).run());
        assertEquals("ENOENT: no such file or directory, open '" + root.resolve("package.json") + "'", e.getMessage());
    }

    @Test
    void nullPackageJsonIsTheOriginalsTypeError() {
        write(root, "package.json", "null");
        WazirException e = assertThrows(WazirException.class, () -> new RuntimeCheck(root).run());
        assertEquals("Cannot read properties of null (reading 'dependencies')", e.getMessage());
    }

    @Test
    void javaTreeScansSourcesInsteadOfTooling() {
        write(root, "pom.xml", POM_HEAD + "</project>\n");
        write(root, "src/main/java/a/App.java", "// see tasks/clarified/ here\n");
        write(root, "src/test/java/a/AppTest.java", "// .agent-os/ in a test is not the active surface\n");
        write(root, "tooling/src/x.js", "// npx agent-os-orchestrate\n");
        assertEquals("Runtime surface validation failed:\n"
                        + "- tooling/src/x.js: contains forbidden runtime-surface pattern \"legacy daemon binary\"\n"
                        + "- tooling/src/x.js: contains forbidden runtime-surface pattern \"legacy npx invocation\"\n"
                        + "- src/main/java/a/App.java: contains forbidden runtime-surface pattern \"tasks/clarified path\"\n",
                new RuntimeCheck(root).run().stderr());
    }

    @Test
    void pomWithOneEntryPointAndNoServerPasses() {
        write(root, "pom.xml", POM_HEAD + "<properties><main.class>dev.App</main.class></properties>"
                + "<dependencies><dependency><groupId>info.picocli</groupId><artifactId>picocli</artifactId></dependency>"
                + "</dependencies><build><plugins><plugin><configuration><archive><manifest>"
                + "<mainClass>${main.class}</mainClass></manifest></archive></configuration></plugin>"
                + "<plugin><configuration><mainClass>dev.App</mainClass></configuration></plugin></plugins></build>"
                + "</project>\n");
        assertEquals(new CheckResult(0, "Runtime surface validation passed.\n", ""), new RuntimeCheck(root).run());
    }

    @Test
    void pomEntryPointsAndServerDependenciesAreFindings() {
        write(root, "pom.xml", POM_HEAD
                + "<dependencyManagement><dependencies><dependency><groupId>io.undertow</groupId>"
                + "<artifactId>undertow-core</artifactId></dependency></dependencies></dependencyManagement>"
                + "<dependencies>"
                + "<dependency><groupId>org.eclipse.jetty</groupId><artifactId>jetty-server</artifactId></dependency>"
                + "<dependency><groupId>io.netty</groupId><artifactId>netty-all</artifactId></dependency>"
                + "<dependency><groupId>io.javalin</groupId><artifactId>javalin</artifactId></dependency>"
                + "<dependency><groupId>org.springframework</groupId><artifactId>spring-web</artifactId></dependency>"
                + "<dependency><groupId>org.springframework</groupId><artifactId>spring-core</artifactId></dependency>"
                + "<dependency><groupId>io.helidon.webserver</groupId><artifactId>helidon-webserver</artifactId></dependency>"
                + "<dependency><groupId>io.vertx</groupId><artifactId>vertx-web</artifactId></dependency>"
                + "<dependency><groupId>io.netty</groupId><artifactId>netty-all</artifactId></dependency>"
                + "</dependencies><build><plugins>"
                + "<plugin><configuration><mainClass>dev.Cli</mainClass></configuration></plugin>"
                + "<plugin><configuration><mainClass>dev.ServerDaemon</mainClass></configuration></plugin>"
                + "</plugins></build></project>\n");
        assertEquals("Runtime surface validation failed:\n"
                        + "- pom.xml: only one executable entry point (main class) is allowed on the active surface\n"
                        + "- pom.xml: active entry points must not point at daemon entrypoints\n"
                        + "- pom.xml: forbidden runtime dependency \"org.eclipse.jetty:jetty-server\" is present on the active surface\n"
                        + "- pom.xml: forbidden runtime dependency \"io.netty:netty-all\" is present on the active surface\n"
                        + "- pom.xml: forbidden runtime dependency \"io.javalin:javalin\" is present on the active surface\n"
                        + "- pom.xml: forbidden runtime dependency \"org.springframework:spring-web\" is present on the active surface\n"
                        + "- pom.xml: forbidden runtime dependency \"io.helidon.webserver:helidon-webserver\" is present on the active surface\n"
                        + "- pom.xml: forbidden runtime dependency \"io.vertx:vertx-web\" is present on the active surface\n",
                new RuntimeCheck(root).run().stderr());
    }

    @Test
    void bothDescriptorsAreCheckedWhenBothExist() {
        write(root, "package.json", "{\"dependencies\": {\"express\": \"4\"}}");
        write(root, "pom.xml", POM_HEAD + "<dependencies><dependency><groupId>io.undertow</groupId>"
                + "<artifactId>undertow-core</artifactId></dependency></dependencies></project>");
        assertEquals("Runtime surface validation failed:\n"
                        + "- package.json: forbidden runtime dependency \"express\" is present on the active surface\n"
                        + "- pom.xml: forbidden runtime dependency \"io.undertow:undertow-core\" is present on the active surface\n",
                new RuntimeCheck(root).run().stderr());
    }

    @Test
    void malformedPomIsAOneLineError() {
        write(root, "pom.xml", "<project><dependencies></project>");
        WazirException e = assertThrows(WazirException.class, () -> new RuntimeCheck(root).run());
        assertEquals(true, e.getMessage().startsWith("pom.xml is not well-formed XML: "), e.getMessage());
        assertEquals(false, e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void pomWithDoctypeIsRefusedNotExpanded() {
        write(root, "pom.xml", "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<project>&x;</project>");
        WazirException e = assertThrows(WazirException.class, () -> new RuntimeCheck(root).run());
        assertEquals(true, e.getMessage().startsWith("pom.xml is not well-formed XML: "), e.getMessage());
    }
    @Test
    @org.junit.jupiter.api.Timeout(20)
    void deeplyNestedPomIsAClearErrorNotASlowWalk() {
        int n = 100_000;
        write(root, "pom.xml", "<project>" + "<dependency>".repeat(n) + "</dependency>".repeat(n) + "</project>");
        WazirException e = assertThrows(WazirException.class, () -> new RuntimeCheck(root).run());
        assertEquals(true, e.getMessage().startsWith("pom.xml is nested too deeply (more than 1000 levels) (line 1, column "),
                e.getMessage());
        write(root, "pom.xml", "<project><properties>" + "<a>".repeat(n) + "</a>".repeat(n) + "</properties></project>");
        e = assertThrows(WazirException.class, () -> new RuntimeCheck(root).run());
        assertEquals(true, e.getMessage().startsWith("pom.xml is nested too deeply"), e.getMessage());
        write(root, "pom.xml", "<project>" + "<x>".repeat(900) + "<dependency><groupId>io.javalin</groupId>"
                + "<artifactId>javalin</artifactId></dependency>" + "</x>".repeat(900) + "</project>");
        assertEquals("Runtime surface validation failed:\n"
                + "- pom.xml: forbidden runtime dependency \"io.javalin:javalin\" is present on the active surface\n",
                new RuntimeCheck(root).run().stderr());
    }
}
