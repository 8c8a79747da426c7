package dev.wazir.check;

import dev.wazir.WazirException;
import dev.wazir.git.Git;
import dev.wazir.git.GitException;
import dev.wazir.git.GitText;
import dev.wazir.kit.TextFiles;
import dev.wazir.text.JsText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code wazir validate changelog}: CHANGELOG.md keeps the Keep a Changelog shape, optionally has new
 * [Unreleased] entries, and warns when feat/fix commits arrived without any.
 */
public final class ChangelogCheck {
    static final String FILE = "CHANGELOG.md";
    private static final List<String> CATEGORIES =
            List.of("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security");
    private static final String UNRELEASED_HEADING = "## [Unreleased]";
    private static final Pattern UNRELEASED = Pattern.compile(GitText.LINE_START + "## \\[Unreleased\\]");
    private static final Pattern RELEASE_SECTION = Pattern.compile(GitText.LINE_START + "## \\[");
    private static final Pattern ENTRY_TEXT = Pattern.compile(
            GitText.LINE_START + "- (" + GitText.ANY + "+)" + GitText.LINE_END);
    private static final Pattern ENTRY = Pattern.compile(
            GitText.LINE_START + "- " + GitText.ANY + "+" + GitText.LINE_END);
    private static final Pattern CATEGORY = Pattern.compile(
            GitText.LINE_START + "### (" + GitText.ANY + "+)" + GitText.LINE_END);
    private static final Pattern ANY_SECTION = Pattern.compile(GitText.LINE_START + "##");
    private static final Pattern COMMIT_TYPE =
            Pattern.compile("\\A(feat|fix|docs|chore|refactor|test|ci|perf|build)");
    private static final Pattern SEMVER_TAG = Pattern.compile("v[0-9]+\\.[0-9]+\\.[0-9]+");
    private static final String HEADING = "Changelog validation failed:\n";

    private ChangelogCheck() {
    }

    /** Runs the check in {@code root}; git's shown stderr comes first on stderr. */
    public static CheckResult run(Path root, String baseOption, String headOption, boolean requireEntries,
                                    Map<String, String> env) {
        Git git = new Git(root, env);
        return GitFlowResults.withShownStderr(git, check(root, git, baseOption, headOption, requireEntries));
    }

    /**
     * The check's own result. {@code baseOption}/{@code headOption} are the flag values: null when the
     * flag is absent; an empty value counts as absent, except that a failed read names it as given.
     */
    public static CheckResult check(Path root, Git git, String baseOption, String headOption,
                                      boolean requireEntries) {
        String head = present(headOption) ? headOption : null;
        String base = present(baseOption) ? baseOption : null;
        String content;
        try {
            content = head != null ? git.showFile(head, FILE) : readWorkingCopy(root);
        } catch (RuntimeException e) {
            return failure(HEADING + "- Could not read CHANGELOG.md at \""
                    + (headOption == null ? "undefined" : headOption) + "\": " + message(e) + "\n");
        }
        if (content == null) {
            return failure(HEADING + "- CHANGELOG.md not found\n");
        }

        List<String> problems = structureProblems(content);
        if (!problems.isEmpty()) {
            return failure(HEADING + "- " + String.join("\n- ", problems) + "\n");
        }

        if (requireEntries) {
            if (base != null) {
                int added;
                try {
                    added = countNewEntries(root, git, base, head);
                } catch (RuntimeException e) {
                    return failure(HEADING + "- Could not diff changelog against base \""
                            + base + "\": " + message(e) + "\n");
                }
                if (added == 0) {
                    return failure(HEADING + "- No entries in [Unreleased] section since base"
                            + " branch (--require-entries was set)\n");
                }
            } else if (unreleasedEntries(content).isEmpty()) {
                return failure(HEADING
                        + "- No entries in [Unreleased] section (--require-entries was set)\n");
            }
        }

        List<String> warnings = new ArrayList<>();
        String reference = base != null ? base : latestReleaseTag(git);
        if (reference == null) {
            reference = firstCommit(git);
        }
        if (reference != null) {
            int userFacing = userFacingCommits(git, reference, head);
            if (userFacing > 0) {
                int added;
                try {
                    added = countNewEntries(root, git, reference, head);
                } catch (RuntimeException e) {
                    added = unreleasedEntries(content).size();
                }
                if (added == 0) {
                    warnings.add(userFacing + " feat/fix commit(s) since \"" + reference
                            + "\" but no new [Unreleased] entries");
                }
            }
        }
        String warningText = warnings.isEmpty() ? "" : "\nWarnings:\n- " + String.join("\n- ", warnings) + "\n";
        return ok("Changelog validation passed." + warningText + "\n");
    }

    /** The working-tree CHANGELOG.md, or null when there is none. */
    private static String readWorkingCopy(Path root) {
        Path file = root.resolve(FILE).toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            return null;
        }
        if (!Files.isDirectory(file) && !Files.isRegularFile(file)) {
            throw new WazirException(FILE + " is not a regular file");
        }
        if (Files.isRegularFile(file) && !Files.isReadable(file)) {
            throw new WazirException("EACCES: permission denied, open '" + file + "'");
        }
        return TextFiles.read(file);
    }

    /** Problems with the file's shape: the [Unreleased] heading, category names, empty categories. */
    static List<String> structureProblems(String content) {
        List<String> problems = new ArrayList<>();
        if (!UNRELEASED.matcher(content).find()) {
            problems.add("Missing [Unreleased] section");
        }
        Matcher category = CATEGORY.matcher(content);
        while (category.find()) {
            String name = JsText.trim(category.group(1));
            if (!CATEGORIES.contains(name)) {
                problems.add("Invalid category \"" + name + "\" \u2014 allowed: " + String.join(", ", CATEGORIES));
                continue;
            }
            // Regions with opaque bounds read like the substring after the heading, without copying it.
            Matcher next = ANY_SECTION.matcher(content).region(category.end(), content.length());
            int blockEnd = next.find() ? next.start() : content.length();
            if (!ENTRY.matcher(content).region(category.end(), blockEnd).find()) {
                problems.add("Empty category \"" + name + "\" \u2014 remove it or add entries");
            }
        }
        return problems;
    }

    /** The "- " entries under [Unreleased], up to the next "## [" section, trimmed. */
    static List<String> unreleasedEntries(String content) {
        Matcher start = UNRELEASED.matcher(content);
        if (!start.find()) {
            return List.of();
        }
        String after = content.substring(start.start() + UNRELEASED_HEADING.length());
        Matcher next = RELEASE_SECTION.matcher(after);
        String block = next.find() ? after.substring(0, next.start()) : after;
        List<String> entries = new ArrayList<>();
        Matcher entry = ENTRY_TEXT.matcher(block);
        while (entry.find()) {
            entries.add(JsText.trim(entry.group(1)));
        }
        return entries;
    }

    /**
     * How many [Unreleased] entries at the head (the working copy when {@code head} is null) are not
     * in CHANGELOG.md at {@code ref}. A ref without the file counts every head entry as new.
     */
    private static int countNewEntries(Path root, Git git, String ref, String head) {
        String headContent = head != null ? git.showFile(head, FILE) : TextFiles.read(root.resolve(FILE));
        List<String> headEntries = unreleasedEntries(headContent);
        Set<String> baseEntries;
        try {
            baseEntries = new HashSet<>(unreleasedEntries(git.showFile(ref, FILE)));
        } catch (GitException e) {
            if (e.exitedWithStatus()
                    && (e.stderr().contains("does not exist") || e.stderr().contains("exists on disk, but not in"))) {
                return headEntries.size();
            }
            throw e;
        }
        int count = 0;
        for (String entry : headEntries) {
            if (!baseEntries.contains(entry)) {
                count++;
            }
        }
        return count;
    }

    /** The newest tag shaped vX.Y.Z, by creation date; null when none or git fails. */
    private static String latestReleaseTag(Git git) {
        try {
            for (String tag : JsText.trim(git.tagsNewestFirst()).split("\n")) {
                if (!tag.isEmpty() && SEMVER_TAG.matcher(tag).matches()) {
                    return tag;
                }
            }
        } catch (GitException e) {
            return null;
        }
        return null;
    }

    /** The first root commit of HEAD; null when there is none or git fails. */
    private static String firstCommit(Git git) {
        try {
            String first = JsText.trim(git.rootCommits()).split("\n", -1)[0];
            return first.isEmpty() ? null : first;
        } catch (GitException e) {
            return null;
        }
    }

    /** Subjects since {@code ref} that start with feat or fix (no colon needed); 0 when git fails. */
    private static int userFacingCommits(Git git, String ref, String head) {
        String log;
        try {
            log = git.logSubjects(ref + ".." + (head != null ? head : "HEAD"));
        } catch (GitException e) {
            return 0;
        }
        int count = 0;
        for (String subject : CommitMessageCheck.subjects(log)) {
            Matcher type = COMMIT_TYPE.matcher(subject);
            if (type.find() && (type.group(1).equals("feat") || type.group(1).equals("fix"))) {
                count++;
            }
        }
        return count;
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

    private static CheckResult ok(String stdout) {
        return new CheckResult(0, stdout, "");
    }

    private static CheckResult failure(String stderr) {
        return new CheckResult(1, "", stderr);
    }
}
