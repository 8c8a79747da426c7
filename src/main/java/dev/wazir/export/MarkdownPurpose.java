package dev.wazir.export;

/**
 * A one-line description taken from a role or workflow file: the first paragraph of its
 * {@code ## Purpose} section (the kit's role and workflow files open with one).
 */
final class MarkdownPurpose {
    private MarkdownPurpose() {
    }

    /** The first paragraph under {@code ## Purpose}, on one line, or null when there is none. */
    static String of(String text) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && !lines[i].strip().equals("## Purpose")) {
            i++;
        }
        i++;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        StringBuilder out = new StringBuilder();
        for (; i < lines.length && !lines[i].isBlank() && !lines[i].startsWith("#"); i++) {
            String line = lines[i].strip();
            if (line.startsWith("- ") || line.startsWith("* ")) {
                line = line.substring(2).strip();
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(line);
        }
        String result = out.toString().replaceAll("\\s+", " ").strip();
        return result.isEmpty() ? null : result;
    }
}
