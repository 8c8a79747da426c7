package dev.wazir.text;

/** JavaScript string facts the port needs: the {@code \s} / {@code trim()} whitespace set. */
public final class JsText {
    private JsText() {
    }

    /** True for the ECMAScript white space and line terminator characters (JS {@code \s}). */
    public static boolean isWhitespace(char c) {
        switch (c) {
            case '\t':
            case '\n':
            case 0x0B:
            case '\f':
            case '\r':
            case ' ':
            case 0x00A0:
            case 0x1680:
            case 0x2028:
            case 0x2029:
            case 0x202F:
            case 0x205F:
            case 0x3000:
            case 0xFEFF:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }
}
