package dev.wazir.cli;

import dev.wazir.WazirException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionParserTest {
    private final OptionParser parser = OptionParser.of(List.of("json"), List.of("run", "exit-code", "message"));

    private String error(String... args) {
        return assertThrows(WazirException.class, () -> parser.parse(List.of(args))).getMessage();
    }

    @Test
    void flagsValuesAndPositionalsAreSeparated() {
        OptionParser.Options o = parser.parse(List.of("-x", "--json", "--run", "r1", "foo", "-5"));
        assertTrue(o.flag("json"));
        assertEquals("r1", o.value("run"));
        assertEquals(List.of("-x", "foo", "-5"), o.positionals());
        assertNull(o.value("message"));
        assertFalse(o.has("message"));
    }

    @Test
    void valueMayStartWithASingleDash() {
        OptionParser.Options o = parser.parse(List.of("--exit-code", "-3", "--message", "-note"));
        assertEquals("-3", o.value("exit-code"));
        assertEquals("-note", o.value("message"));
    }

    @Test
    void lastOccurrenceWins() {
        assertEquals("b", parser.parse(List.of("--run", "a", "--run", "b")).value("run"));
    }

    @Test
    void missingValueIsReportedAsWritten() {
        assertEquals("Missing value for --run", error("--run"));
        assertEquals("Missing value for --run", error("--run", ""));
        assertEquals("Missing value for --run", error("--run", "--json"));
    }

    @Test
    void unknownOptionsAreReportedAsWritten() {
        assertEquals("Unknown option: --json=1", error("--json=1"));
        assertEquals("Unknown option: --bogus", error("--bogus"));
        assertEquals("Unknown option: --run=x", error("--run=x"));
        assertEquals("Unknown option: --", error("--"));
    }
}
