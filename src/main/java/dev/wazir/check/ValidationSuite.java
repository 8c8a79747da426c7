package dev.wazir.check;

import dev.wazir.text.JsText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Bare `wazir validate`: every standard validator in 1.0.0's order, one `PASS`/`FAIL`/`SKIP` line
 * each. The git-dependent ones are skipped when git, a branch or CHANGELOG.md is missing.
 * `docs-drift` is not part of the set.
 */
public final class ValidationSuite {
    /** The report: all lines on stdout (exit 0), or on stderr after git's own lines (exit 1) if any failed. */
    public record Report(int exitCode, String stdout, String stderr) {
    }

    private record Step(String name, BooleanSupplier available, Supplier<CheckResult> validator) {
    }

    private final Path root;
    private final Map<String, String> env;

    public ValidationSuite(Path root, Map<String, String> env) {
        this.root = root;
        this.env = env;
    }

    public Report run() {
        GitFlowValidators git = new GitFlowValidators(root, env);
        boolean hasGit = git.hasGit();
        boolean hasBranch = hasGit && git.hasBranch();
        boolean hasChangelog = Files.exists(root.resolve("CHANGELOG.md"));

        List<Step> steps = List.of(
                new Step("manifest", () -> true, () -> KitValidators.manifest(root)),
                new Step("hooks", () -> true, () -> KitValidators.hooks(root)),
                new Step("docs", () -> true, () -> new DocsTruthCheck(root).run()),
                new Step("brand", () -> true, () -> new BrandCheck(root).run()),
                new Step("runtime", () -> true, () -> new RuntimeCheck(root).run()),
                new Step("branches", () -> hasBranch, git::branches),
                new Step("commits", () -> hasGit, git::commits),
                new Step("changelog", () -> hasChangelog, git::changelog));

        List<String> lines = new ArrayList<>();
        boolean failed = false;
        for (Step step : steps) {
            if (!step.available().getAsBoolean()) {
                lines.add("SKIP " + step.name() + ": prerequisite not available");
                continue;
            }
            CheckResult result;
            try {
                result = step.validator().get();
            } catch (RuntimeException | StackOverflowError e) {
                failed = true;
                lines.add("FAIL " + step.name() + ": " + message(e));
                continue;
            }
            failed |= !result.ok();
            String text = !result.stdout().isEmpty() ? result.stdout() : result.stderr();
            lines.add((result.ok() ? "PASS " : "FAIL ") + step.name() + ": " + JsText.trim(text));
        }
        String report = String.join("\n", lines) + "\n";
        String shown = git.shownStderr();
        return failed ? new Report(1, "", shown + report) : new Report(0, report, shown);
    }

    private static String message(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "Input is nested too deeply to process.";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
