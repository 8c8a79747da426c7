package dev.wazir.export;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeminiCommandTest {
    private static final TomlMapper TOML = TomlMapper.builder().build();

    @Test
    void anyWorkflowTextIsAValidTomlPromptThatReadsBackUnchanged() {
        List<String> texts = List.of(
                "# plain\n\n## Purpose\n\nDo it.\n",
                "# quotes\n\nSay \"\"\" and ''' and 'x' and \\ and \\n literally.\n",
                "# ends with a quote '",
                "# control\u0001 char and tab\there\n",
                "# unicode: é 🙂 \u2028 line sep\n",
                "");
        for (String text : texts) {
            String toml = GeminiCommand.render(new SourceFile("workflows/w.md", text, "h"));
            JsonNode parsed = TOML.readTree(toml);
            assertEquals(text, parsed.get("prompt").stringValue(), toml);
            assertTrue(parsed.get("description").isString());
        }
    }

    @Test
    void theDescriptionComesFromThePurposeOrNamesTheWorkflow() {
        JsonNode withPurpose = TOML.readTree(GeminiCommand.render(
                new SourceFile("workflows/plan-review.md", "# x\n\n## Purpose\n\n- Gate the plan \"hard\".\n", "h")));
        assertEquals("Gate the plan \"hard\".", withPurpose.get("description").stringValue());
        JsonNode without = TOML.readTree(GeminiCommand.render(new SourceFile("workflows/plan-review.md", "# x\n", "h")));
        assertEquals("Run the Wazir plan-review workflow.", without.get("description").stringValue());
    }
}
