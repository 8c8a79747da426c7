package dev.wazir.check;

import org.junit.jupiter.api.Test;

import java.util.HashSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandRegistryTest {
    @Test
    void holdsThe34OriginalSubjectsAndTheHookFamily() {
        assertEquals(38, CommandRegistry.SUBJECTS.size());
        assertEquals(38, new HashSet<>(CommandRegistry.SUBJECTS).size());
        for (String subject : new String[] {"wazir validate", "wazir validate docs-drift", "wazir export --check",
                "wazir index summarize", "wazir index get-file-outline", "wazir recall symbol", "wazir doctor",
                "wazir status", "wazir capture usage", "wazir hook protected-path", "wazir hook loop-cap",
                "wazir hook post-tool-lint"}) {
            assertTrue(CommandRegistry.supports(subject), subject);
        }
    }

    @Test
    void rejectsWhatTheCliDoesNotHave() {
        for (String subject : new String[] {"wazir frobnicate", "wazir --help", "wazir validate all",
                "wazir export check", "wazir hook", "wazir Validate"}) {
            assertEquals(subject.equals("wazir hook"), CommandRegistry.supports(subject), subject);
        }
        assertFalse(CommandRegistry.supports("wazir index summarize --tier"));
    }
}
