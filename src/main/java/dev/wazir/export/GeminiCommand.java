package dev.wazir.export;

/**
 * A workflow file as a Gemini CLI custom command ({@code .gemini/commands/wazir/<file>.toml},
 * invoked as {@code /wazir:<file>}): a TOML file with {@code description} and {@code prompt}.
 */
final class GeminiCommand {
    private GeminiCommand() {
    }

    static String render(SourceFile workflow) {
        String text = ExportText.withoutBom(workflow.text());
        String stem = workflow.path().substring(workflow.path().lastIndexOf('/') + 1);
        if (stem.endsWith(".md")) {
            stem = stem.substring(0, stem.length() - 3);
        }
        if (text.contains("!{")) {
            // Gemini CLI runs `!{...}` in a command prompt as a shell command; a workflow never should
            throw new dev.wazir.WazirException(workflow.path()
                    + ": contains \"!{\", which Gemini CLI would run as a shell command; reword it");
        }
        String purpose = MarkdownPurpose.of(text);
        String description = purpose != null ? purpose : "Run the Wazir " + stem + " workflow.";
        return "description = " + basicString(description) + "\n"
                + "prompt = " + multiLine(text) + "\n";
    }

    /** A TOML basic string: quotes, backslashes and control characters escaped. */
    static String basicString(String s) {
        StringBuilder out = new StringBuilder("\"");
        escape(out, s, false);
        return out.append('"').toString();
    }

    /**
     * A TOML multi-line string. A literal string ({@code '''}) keeps the text exactly as written;
     * when the text cannot be one (it holds {@code '''}, control characters, or ends in a quote),
     * a basic string with escapes is used.
     */
    static String multiLine(String s) {
        boolean literalOk = !s.contains("'''") && !s.endsWith("'");
        for (int i = 0; i < s.length() && literalOk; i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' || c == 0x7f) {
                literalOk = false;
            }
        }
        if (literalOk) {
            return "'''\n" + s + "'''";
        }
        StringBuilder out = new StringBuilder("\"\"\"\n");
        escape(out, s, true);
        return out.append("\"\"\"").toString();
    }

    private static void escape(StringBuilder out, String s, boolean keepNewlines) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append(keepNewlines ? "\n" : "\\n");
                case '\t' -> out.append(keepNewlines ? "\t" : "\\t");
                case '\r' -> out.append("\\r");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else if (Character.isSurrogate(c)
                            && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                        out.append("\\uFFFD");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
