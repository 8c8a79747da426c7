package dev.wazir.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsNumbersTest {
    @Test
    void parseIntFollowsJavaScript() {
        assertEquals(2, JsNumbers.parseInt("2abc"));
        assertEquals(3, JsNumbers.parseInt("3.9"));
        assertEquals(1, JsNumbers.parseInt("1e3"));
        assertEquals(0, JsNumbers.parseInt("0x1A"));
        assertEquals(42, JsNumbers.parseInt(" 42"));
        assertEquals(42, JsNumbers.parseInt("\u00A0\uFEFF42"));
        assertEquals(5, JsNumbers.parseInt("+5"));
        assertEquals(-3, JsNumbers.parseInt("-3"));
        assertEquals(1e20, JsNumbers.parseInt("99999999999999999999"));
        assertTrue(Double.isNaN(JsNumbers.parseInt("abc")));
        assertTrue(Double.isNaN(JsNumbers.parseInt("")));
        assertTrue(Double.isNaN(JsNumbers.parseInt("- 1")));
        assertTrue(Double.isInfinite(JsNumbers.parseInt("9".repeat(400))));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(JsNumbers.parseInt("-0")));
    }

    @Test
    void isIntegerRejectsNaNAndInfinity() {
        assertTrue(JsNumbers.isInteger(1e20));
        assertFalse(JsNumbers.isInteger(Double.NaN));
        assertFalse(JsNumbers.isInteger(Double.POSITIVE_INFINITY));
        assertFalse(JsNumbers.isInteger(1.5));
    }

    @Test
    void toFixedUsesTheExactBinaryValue() {
        assertEquals("1.0", JsNumbers.toFixed(1.005, 1));
        assertEquals("100.0", JsNumbers.toFixed(99.95, 1));
        assertEquals("0.3", JsNumbers.toFixed(0.25, 1));
        assertEquals("98.6", JsNumbers.toFixed((1 - 6633.0 / 469282) * 100, 1));
        assertEquals("-0.0", JsNumbers.toFixed(-0.04, 1));
        assertEquals("0.0", JsNumbers.toFixed(-0.0, 1));
        assertEquals("1e+21", JsNumbers.toFixed(1e21, 1));
    }

    @Test
    void toLocaleStringGroupsThousands() {
        assertEquals("1,234,567", JsNumbers.toLocaleString(1234567));
        assertEquals("-1,234", JsNumbers.toLocaleString(-1234));
        assertEquals("1,234.568", JsNumbers.toLocaleString(1234.5678));
        assertEquals("0", JsNumbers.toLocaleString(0));
        assertEquals("999", JsNumbers.toLocaleString(999));
        assertEquals("1,000", JsNumbers.toLocaleString(1000));
        assertEquals("315", JsNumbers.toLocaleString(315.0));
        assertEquals("5.4", JsNumbers.toLocaleString(5.4));
        assertEquals("100,000,000,000,000,000,000", JsNumbers.toLocaleString(1e20));
        assertEquals("NaN", JsNumbers.toLocaleString(Double.NaN));
        assertEquals("∞", JsNumbers.toLocaleString(Double.POSITIVE_INFINITY));
        assertEquals("-∞", JsNumbers.toLocaleString(Double.NEGATIVE_INFINITY));
    }

    @Test
    void toStringKeepsNaNAndInfinityNames() {
        assertEquals("-10", JsNumbers.toString(-10));
        assertEquals("NaN", JsNumbers.toString(Double.NaN));
        assertEquals("Infinity", JsNumbers.toString(Double.POSITIVE_INFINITY));
    }
}
