package dev.wazir.kit;

import dev.wazir.WazirException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StateRootOverrideTest {
    private static final Path ROOT = Path.of("/p/My Proj_1");
    private static final Path CWD = Path.of("/p/My Proj_1/sub");

    private static Path resolve(String manifestJson, String override) {
        JsonNode manifest = JsonFiles.parse(manifestJson);
        return StateRoot.resolve(ROOT, manifest, CWD, "/home/u", override);
    }

    private static String error(String manifestJson) {
        return assertThrows(WazirException.class, () -> resolve(manifestJson, null)).getMessage();
    }

    @Test
    void overrideResolvesAgainstTheWorkingDirectoryWithoutTildeExpansion() {
        assertEquals(Path.of("/p/My Proj_1/sub/~/x"), resolve("null", "~/x"));
        assertEquals(Path.of("/p/My Proj_1/st"), resolve("null", "../st/"));
        assertEquals(Path.of("/abs"), resolve("null", "/abs"));
    }

    @Test
    void manifestTemplateUsesTheFirstSlugAndHome() {
        assertEquals(Path.of("/home/u/.w/mixed-fixture-demo/{project_slug}"), resolve(
                "{\"project\":{\"name\":\"Mixed Fixture!! Demo\"},\"paths\":{\"state_root_default\":\"~/.w/{project_slug}/{project_slug}\"}}",
                null));
        assertEquals(Path.of("/home/u/my-proj-1"),
                resolve("{\"project\":{\"name\":\"\"},\"paths\":{\"state_root_default\":\"~/{project_slug}\"}}", null));
        assertEquals(Path.of("/p/My Proj_1/sub/rel/wazir-project"),
                resolve("{\"project\":{\"name\":\"!!!\"},\"paths\":{\"state_root_default\":\"rel/{project_slug}\"}}", null));
    }

    @Test
    void structuralProblemsGiveTheOriginalTypeErrors() {
        assertEquals("Cannot read properties of null (reading 'paths')", error("null"));
        assertEquals("Cannot read properties of undefined (reading 'state_root_default')", error("{\"project\":{}}"));
        assertEquals("Cannot read properties of undefined (reading 'name')",
                error("{\"paths\":{\"state_root_default\":\"x\"}}"));
        assertEquals("Cannot read properties of undefined (reading 'replace')", error("{\"paths\":{},\"project\":{}}"));
        assertEquals("template.replace is not a function",
                error("{\"paths\":{\"state_root_default\":5},\"project\":{}}"));
    }
}
