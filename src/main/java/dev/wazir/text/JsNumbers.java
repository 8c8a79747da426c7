package dev.wazir.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * JavaScript number semantics the 1.0.0 CLI relies on: {@code Number.parseInt(s, 10)},
 * {@code String(x)}, {@code x.toFixed(n)} and {@code x.toLocaleString('en-US')}.
 */
public final class JsNumbers {
    private static final BigDecimal TO_FIXED_LIMIT = new BigDecimal("1e21");

    private JsNumbers() {
    }

    /**
     * {@code Number.parseInt(value, 10)}: leading JS whitespace skipped, one optional sign, the longest
     * run of ASCII digits; anything after it is ignored. No digits gives NaN; huge values give large
     * doubles or Infinity.
     */
    public static double parseInt(String value) {
        int i = 0;
        int n = value.length();
        while (i < n && JsText.isWhitespace(value.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
            negative = value.charAt(i) == '-';
            i++;
        }
        int start = i;
        while (i < n && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            i++;
        }
        if (i == start) {
            return Double.NaN;
        }
        String digits = value.substring(start, i);
        double magnitude = digits.length() <= 15
                ? Long.parseLong(digits)
                : new BigInteger(digits).doubleValue();
        return negative ? -magnitude : magnitude;
    }

    /** {@code Number.isInteger(x)}. */
    public static boolean isInteger(double x) {
        return !Double.isNaN(x) && !Double.isInfinite(x) && x == Math.rint(x);
    }

    /** {@code String(x)}: like JSON numbers, but NaN and the infinities keep their names. */
    public static String toString(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        return Json.number(x);
    }

    /** {@code x.toFixed(digits)}: exact binary value, ties away from zero; |x| >= 1e21 prints as String(x). */
    public static String toFixed(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return toString(x);
        }
        BigDecimal magnitude = new BigDecimal(Math.abs(x));
        if (magnitude.compareTo(TO_FIXED_LIMIT) >= 0) {
            return toString(x);
        }
        String text = magnitude.setScale(digits, RoundingMode.HALF_UP).toPlainString();
        return x < 0 ? "-" + text : text;
    }

    /**
     * {@code x.toLocaleString('en-US')}: comma thousands separators, at most three fraction digits
     * (rounded half away from zero on the shortest decimal form), {@code ∞} for infinity.
     */
    public static String toLocaleString(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        boolean negative = x < 0 || x == 0 && 1 / x < 0;
        if (Double.isInfinite(x)) {
            return negative ? "-∞" : "∞";
        }
        BigDecimal magnitude = new BigDecimal(Double.toString(Math.abs(x)))
                .setScale(3, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        String plain = magnitude.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder out = new StringBuilder();
        if (negative) {
            out.append('-');
        }
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            out.append(',').append(whole, i, i + 3);
        }
        return out.append(fraction).toString();
    }
}
