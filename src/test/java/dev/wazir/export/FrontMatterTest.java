package dev.wazir.export;

import dev.wazir.WazirException;
import dev.wazir.text.Json;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterTest {
    private static Object reparse(String block) {
        assertTrue(block.startsWith("---\n") && block.endsWith("\n---\n"), block);
        return new Load(LoadSettings.builder().build()).loadFromString(block.substring(4, block.length() - 4));
    }

    @Test
    void everyAwkwardStringSurvivesARoundTripAsAString() {
        List<String> values = List.of("yes", "No", "on", "off", "y", "true", "null", "~", "010", "0x1F", "1_000", "1e3",
                ".inf", "2001-12-14", "12:30", "Ask: what is done?", "- a bullet", "# not a comment", "quote ' and \" both",
                "trailing space ", " leading space", "two\nlines", "tab\there", "émoji 🙂", "@at", "`tick`", "*star", "&amp",
                "!bang", "%pct", "{brace}", "[bracket]", "a #hash", "");
        ObjectNode fields = Json.object();
        for (int i = 0; i < values.size(); i++) {
            fields.put("k" + i, values.get(i));
        }
        String block = FrontMatter.render(fields);
        @SuppressWarnings("unchecked")
        Map<String, Object> back = (Map<String, Object>) reparse(block);
        for (int i = 0; i < values.size(); i++) {
            assertEquals(values.get(i), back.get("k" + i), "value " + i + " in\n" + block);
        }
        assertFalse(block.contains("\r"));
    }

    @Test
    void yamlOneOneBooleansAndNumbersAreQuotedForOlderParsers() {
        ObjectNode fields = Json.object();
        fields.put("description", "yes");
        fields.put("version", "010");
        assertEquals("---\ndescription: 'yes'\nversion: '010'\n---\n", FrontMatter.render(fields));
    }

    @Test
    void plainTextStaysPlainAndBooleansStayBooleans() {
        ObjectNode fields = Json.object();
        fields.put("name", "clarifier");
        fields.put("description", "Turns the briefing into a bounded scope.");
        fields.put("alwaysApply", true);
        assertEquals("---\nname: clarifier\ndescription: Turns the briefing into a bounded scope.\nalwaysApply: true\n---\n",
                FrontMatter.render(fields));
    }

    @Test
    void splitReadsTheBlockAndKeepsTheBody() {
        FrontMatter.Parts parts = FrontMatter.split("---\nname: a\ndescription: b\n---\n# Body\n", "x.md");
        assertTrue(parts.present());
        assertEquals("a", parts.fields().get("name").stringValue());
        assertEquals("# Body\n", parts.body());
        assertFalse(FrontMatter.split("# No front matter\n", "x.md").present());
    }

    @Test
    void anUnclosedOrBrokenBlockIsAOneLineError() {
        assertEquals("x.md: front matter is not closed with a line \"---\"",
                assertThrows(WazirException.class, () -> FrontMatter.split("---\nname: a\n", "x.md")).getMessage());
        String broken = assertThrows(WazirException.class,
                () -> FrontMatter.split("---\nname: a: b\n---\n", "x.md")).getMessage();
        assertTrue(broken.startsWith("x.md: front matter is not valid YAML: ") && !broken.contains("\n"), broken);
        assertEquals("x.md: front matter must be a YAML mapping",
                assertThrows(WazirException.class, () -> FrontMatter.split("---\n- a\n---\n", "x.md")).getMessage());
    }
}
