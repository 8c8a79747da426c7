package dev.wazir.git;

import dev.wazir.text.JsText;

/**
 * Pieces of the 1.0.0 git-flow validators' JavaScript regular expressions whose Java equivalents
 * differ: {@code \s}, {@code .} and multi-line {@code ^}/{@code $} (Java also breaks lines at
 * U+0085 and treats CRLF as one break).
 */
public final class GitText {
    /** JS {@code \s} as a character class. */
    public static final String SPACE = "[" + JsText.WHITESPACE_CLASS + "]";
    /** JS {@code .} (no {@code s} flag): anything but LF, CR, U+2028, U+2029. */
    public static final String ANY = "[^\\n\\r\\u2028\\u2029]";
    /** JS {@code ^} under the {@code m} flag: start of input or right after a line terminator. */
    public static final String LINE_START = "(?<![^\\n\\r\\u2028\\u2029])";
    /** JS {@code $} under the {@code m} flag: end of input or right before a line terminator. */
    public static final String LINE_END = "(?![^\\n\\r\\u2028\\u2029])";

    private GitText() {
    }
}
