package dev.wazir.check;

import dev.wazir.WazirException;
import dev.wazir.kit.JsonFiles;
import dev.wazir.kit.TextFiles;
import dev.wazir.kit.Yaml;
import dev.wazir.text.JsText;
import dev.wazir.text.JsWords;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `wazir validate docs`: the truth claims in docs/truth-claims.yaml against what the active docs
 * document (commands in inline code spans, local links) and against the command registry and the
 * file system.
 */
public final class DocsTruthCheck {
    static final String CLAIMS_FILE = "docs/truth-claims.yaml";
    static final String CLAIM_SCHEMA = "schemas/docs-claim.schema.json";
    private static final Set<String> SKIPPED_DOC_DIRS = Set.of("daemon", "plans", "research", "audit");
    private static final Set<String> PATH_CLAIM_TYPES = Set.of("path", "generated_file", "example", "host_quickstart");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");

    /** Validates one value against a JSON schema, giving the Ajv-style error strings. */
    @FunctionalInterface
    public interface SchemaCheck {
        List<String> errors(JsonNode schema, JsonNode value);
    }

    private final Path root;
    private final SchemaCheck schemaCheck;

    public DocsTruthCheck(Path root) {
        this(root, SchemaChecks.DEFAULT);
    }

    DocsTruthCheck(Path root, SchemaCheck schemaCheck) {
        this.root = root;
        this.schemaCheck = schemaCheck;
    }

    public CheckResult run() {
        List<String> problems = new ArrayList<>();
        List<JsonNode> claims = loadClaims(problems);

        KitTree tree = new KitTree(root);
        List<KitTree.Entry> docs = activeDocs(tree);
        Set<String> documented = new LinkedHashSet<>();
        for (KitTree.Entry doc : docs) {
            String text = TextFiles.read(doc.path());
            documented.addAll(commandSubjects(text));
            Path folder = doc.path().getParent();
            for (String target : localLinkTargets(text)) {
                if (!KitTree.exists(folder, target)) {
                    problems.add(doc.relative() + ": local doc link target missing " + target);
                }
            }
        }

        List<JsonNode> commandClaims = new ArrayList<>();
        Set<String> claimedCommands = new HashSet<>();
        for (JsonNode claim : claims) {
            if ("command".equals(claim.get("claim_type").stringValue())) {
                commandClaims.add(claim);
                claimedCommands.add(claim.get("subject").stringValue());
            }
        }
        for (String subject : documented) {
            if (!claimedCommands.contains(subject)) {
                problems.add("missing docs truth claim for documented command: " + subject);
            }
        }
        for (JsonNode claim : commandClaims) {
            String id = claim.get("id").stringValue();
            String subject = claim.get("subject").stringValue();
            if (!CommandRegistry.supports(subject)) {
                problems.add(id + ": unsupported command subject " + subject);
            }
            if (!documented.contains(subject)) {
                problems.add(id + ": undocumented command claim " + subject);
            }
        }
        for (JsonNode claim : claims) {
            String subject = claim.get("subject").stringValue();
            if (PATH_CLAIM_TYPES.contains(claim.get("claim_type").stringValue()) && !KitTree.exists(root, subject)) {
                problems.add(claim.get("id").stringValue() + ": missing claimed path " + subject);
            }
        }

        if (!problems.isEmpty()) {
            return CheckResult.failed("Docs truth validation failed", problems);
        }
        return CheckResult.passed("Docs truth validation passed. Checked " + claims.size()
                + " claims across " + docs.size() + " active docs.");
    }

    /** Accepted claims in file order; schema failures and duplicate ids become problems. */
    private List<JsonNode> loadClaims(List<String> problems) {
        JsonNode raw = Yaml.read(root.resolve(CLAIMS_FILE));
        if (raw == null || !raw.isArray()) {
            throw new WazirException(CLAIMS_FILE + " must be a YAML array of claim objects");
        }
        JsonNode schema = JsonFiles.read(root.resolve(CLAIM_SCHEMA));
        List<JsonNode> accepted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode claim : raw) {
            List<String> errors = schemaCheck.errors(schema, claim);
            if (!errors.isEmpty()) {
                problems.add("docs claim " + claimLabel(claim) + ": " + String.join("; ", errors));
                continue;
            }
            String id = claim.get("id").stringValue();
            if (!seen.add(id)) {
                problems.add("duplicate docs claim id: " + id);
                continue;
            }
            accepted.add(claim);
        }
        return accepted;
    }

    /** `(claim && claim.id) || '<missing-id>'` in the original. */
    private static String claimLabel(JsonNode claim) {
        if (claim != null && claim.isObject()) {
            JsonNode id = claim.get("id");
            if (JsWords.truthy(id)) {
                return JsWords.string(id);
            }
        }
        return "<missing-id>";
    }

    /** README.md when present, then every *.md under docs/ outside daemon/plans/research/audit folders. */
    static List<KitTree.Entry> activeDocs(KitTree tree) {
        List<KitTree.Entry> docs = new ArrayList<>();
        KitTree.Entry readme = tree.entry("README.md");
        if (readable(readme.path())) {
            docs.add(readme);
        }
        for (KitTree.Entry doc : tree.filesNamed("docs", ".md", SKIPPED_DOC_DIRS, Set.of(), true)) {
            if (readable(doc.path())) {
                docs.add(doc);
            }
        }
        return docs;
    }

    /**
     * Exists (following links) and is not a FIFO or device, which would block a reader. A folder
     * named *.md is kept, as in 1.0.0, and fails when read.
     */
    private static boolean readable(Path path) {
        return Files.isRegularFile(path) || Files.isDirectory(path);
    }

    /** The command subjects documented in a text's inline code spans, in order of first appearance. */
    static Set<String> commandSubjects(String text) {
        Set<String> subjects = new LinkedHashSet<>();
        Matcher m = CODE_SPAN.matcher(text);
        while (m.find()) {
            String span = JsText.trim(m.group(1));
            if (span.startsWith("wazir ")) {
                String subject = subject(JsWords.words(span));
                if (subject != null) {
                    subjects.add(subject);
                }
            }
        }
        return subjects;
    }

    static String subject(List<String> tokens) {
        if (tokens.size() < 2 || !"wazir".equals(tokens.get(0))) {
            return null;
        }
        String family = tokens.get(1);
        String third = tokens.size() > 2 ? tokens.get(2) : null;
        if (third == null || third.equals("...") || third.equals("*")) {
            return "wazir " + family;
        }
        if (third.equals("--check") && family.equals("export")) {
            return "wazir export --check";
        }
        if (third.startsWith("--") || third.startsWith("<")) {
            return "wazir " + family;
        }
        return "wazir " + family + " " + third;
    }

    /** Local link targets (without their #fragment) of every `[text](target)` in a text. */
    static List<String> localLinkTargets(String text) {
        List<String> targets = new ArrayList<>();
        for (String captured : linkTargets(text)) {
            String target = JsText.trim(captured);
            if (target.isEmpty() || target.startsWith("#") || target.startsWith("http://")
                    || target.startsWith("https://") || target.startsWith("mailto:")) {
                continue;
            }
            int hash = target.indexOf('#');
            targets.add(hash < 0 ? target : target.substring(0, hash));
        }
        return targets;
    }
    /**
     * The captured targets of every match of {@code /\[[^\]]+\]\(([^)]+)\)/g}, scanned in one pass.
     * A backtracking regex engine takes quadratic time on a long run of {@code [} without a
     * {@code ]}; this finds the same matches: from a {@code [}, the text runs to the first
     * {@code ]} (at least one character between), which must be followed by {@code (}, and the
     * target runs to the first {@code )} after it (at least one character, line breaks included).
     */
    static List<String> linkTargets(String text) {
        List<String> targets = new ArrayList<>();
        int closeBracket = -2;
        int closeParen = -2;
        int from = 0;
        while (true) {
            int open = text.indexOf('[', from);
            if (open < 0) {
                break;
            }
            if (closeBracket != -1 && closeBracket < open + 1) {
                closeBracket = text.indexOf(']', open + 1);
            }
            if (closeBracket < 0) {
                break;
            }
            int targetStart = closeBracket + 2;
            if (closeBracket == open + 1 || targetStart > text.length() || text.charAt(closeBracket + 1) != '(') {
                from = open + 1;
                continue;
            }
            if (closeParen != -1 && closeParen < targetStart) {
                closeParen = text.indexOf(')', targetStart);
            }
            if (closeParen < 0) {
                break;
            }
            if (closeParen == targetStart) {
                from = open + 1;
                continue;
            }
            targets.add(text.substring(targetStart, closeParen));
            from = closeParen + 1;
        }
        return targets;
    }
}
