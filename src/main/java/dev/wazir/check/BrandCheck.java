package dev.wazir.check;

import dev.wazir.kit.TextFiles;
import dev.wazir.text.JsText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * `wazir validate brand`: the product's former and foreign names must not appear on the active
 * surface. This file names them, so the runtime scan exempts it.
 */
public final class BrandCheck {
    /** A JS (ASCII-only) word boundary; Java 17's {@code \b} also treats non-ASCII letters as word characters. */
    static final String WORD_START = "(?<![A-Za-z0-9_])";
    static final String WORD_END = "(?![A-Za-z0-9_])";

    private static final List<Term> TERMS = List.of(
            new Term("Agent OS", "Agent OS", Pattern.compile(WORD_START + "Agent OS" + WORD_END)),
            new Term("agent-os", "agent-os", Pattern.compile(WORD_START + "agent-os" + WORD_END)),
            new Term("Symphony", "Symphony", Pattern.compile(WORD_START + "Symphony" + WORD_END)),
            new Term("Wazir OS", "Wazir OS", Pattern.compile(WORD_START + "Wazir OS" + WORD_END)));

    private static final String NOT_PATH_END = "[^" + JsText.WHITESPACE_CLASS + ")`]*";
    private static final Pattern LEGACY_ARCHIVE = Pattern.compile("archive/legacy-agent-os/" + NOT_PATH_END);
    private static final Pattern LEGACY_DAEMON_ARCHIVE = Pattern.compile("archive/v5\\.1-agent-os-daemon/" + NOT_PATH_END);
    private static final Pattern LEGACY_MIGRATION = Pattern.compile("migration/v5\\.1-agent-os-to-wazir\\.md");

    /**
     * One forbidden term: its label, a literal every match contains (a cheap test that lets most
     * files skip the regular expression), and the pattern itself.
     */
    record Term(String label, String literal, Pattern pattern) {
        boolean foundIn(String text) {
            return text.contains(literal) && pattern.matcher(text).find();
        }
    }

    private final Path root;

    public BrandCheck(Path root) {
        this.root = root;
    }

    public CheckResult run() {
        List<String> problems = new ArrayList<>();
        for (KitTree.Entry file : SurfaceFiles.brand(new KitTree(root))) {
            String text = withoutLegacyReferences(TextFiles.read(file.path()));
            for (Term term : TERMS) {
                if (term.foundIn(text)) {
                    problems.add(file.relative() + ": contains forbidden brand term \"" + term.label() + "\"");
                }
            }
        }
        if (!problems.isEmpty()) {
            return CheckResult.failed("Brand truth validation failed", problems);
        }
        return CheckResult.passed("Brand truth validation passed.");
    }

    /** References to the three legacy archive/migration locations are tolerated: they are replaced first. */
    static String withoutLegacyReferences(String text) {
        if (!text.contains("archive/") && !text.contains("migration/")) {
            return text;
        }
        String out = LEGACY_ARCHIVE.matcher(text).replaceAll("archive/<legacy>");
        out = LEGACY_DAEMON_ARCHIVE.matcher(out).replaceAll("archive/<legacy>");
        return LEGACY_MIGRATION.matcher(out).replaceAll("migration/<legacy>");
    }
}
