package dev.wazir.cli;

import dev.wazir.check.BranchNameCheck;
import dev.wazir.check.BrandCheck;
import dev.wazir.check.ChangelogCheck;
import dev.wazir.check.CheckResult;
import dev.wazir.check.CommitMessageCheck;
import dev.wazir.check.DocsDriftCheck;
import dev.wazir.check.DocsTruthCheck;
import dev.wazir.check.HooksCheck;
import dev.wazir.check.ManifestCheck;
import dev.wazir.check.RuntimeCheck;
import dev.wazir.check.ValidateOptions;
import dev.wazir.check.ValidationSuite;
import dev.wazir.kit.ProjectRoot;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code wazir validate [<subcommand>] [flags]}: finds the project root first, then runs one
 * validator from {@link #VALIDATORS} (add a validator there with one line), or the standard set
 * when no subcommand is given.
 */
final class ValidateCommand implements CommandFamily {
    /** One validator: the project root, the parsed flags and the invocation in, the result out. */
    @FunctionalInterface
    interface Validator {
        CommandResult run(Path root, ValidateOptions options, Invocation invocation);
    }

    static final Map<String, Validator> VALIDATORS = new LinkedHashMap<>();

    static {
        VALIDATORS.put("manifest", (root, o, inv) -> result(ManifestCheck.run(root)));
        VALIDATORS.put("hooks", (root, o, inv) -> result(HooksCheck.run(root)));
        VALIDATORS.put("docs", (root, o, inv) -> result(new DocsTruthCheck(root).run()));
        VALIDATORS.put("brand", (root, o, inv) -> result(new BrandCheck(root).run()));
        VALIDATORS.put("runtime", (root, o, inv) -> result(new RuntimeCheck(root).run()));
        VALIDATORS.put("artifacts", (root, o, inv) -> notImplemented("wazir validate artifacts"));
        VALIDATORS.put("branches", (root, o, inv) -> result(BranchNameCheck.run(root, o.branch(), inv.env())));
        VALIDATORS.put("commits", (root, o, inv) -> result(CommitMessageCheck.run(root, o.base(), o.head(), inv.env())));
        VALIDATORS.put("changelog", (root, o, inv) ->
                result(ChangelogCheck.run(root, o.base(), o.head(), o.requireEntries(), inv.env())));
        VALIDATORS.put("docs-drift", (root, o, inv) ->
                result(DocsDriftCheck.run(root, o.base(), o.head(), o.strict(), inv.env())));
    }

    /** The standard set run by bare {@code wazir validate} (§3.12). */
    static Validator runAll = (root, o, inv) -> {
        ValidationSuite.Report report = new ValidationSuite(root, inv.env()).run();
        return CommandResult.of(report.exitCode(), report.stdout(), report.stderr());
    };

    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        Path root = ProjectRoot.find(invocation.cwd());
        if (subcommand == null) {
            if (!args.isEmpty()) {
                return CommandResult.failure(1, "Flags require a subcommand. Specify a subcommand, e.g.: "
                        + "wazir validate commits --base HEAD~5\n");
            }
            return runAll.run(root, ValidateOptions.parse(args), invocation);
        }
        Validator validator = VALIDATORS.get(subcommand);
        if (validator == null) {
            return CommandResult.failure(1, "Unknown validator: " + subcommand + "\n"
                    + "Usage: wazir validate <manifest|hooks|docs|brand|runtime|branches|commits|changelog|docs-drift>\n");
        }
        return validator.run(root, ValidateOptions.parse(args), invocation);
    }

    static CommandResult result(CheckResult result) {
        return CommandResult.of(result.exitCode(), result.stdout(), result.stderr());
    }

    static CommandResult notImplemented(String name) {
        return CommandResult.failure(2, name + " is not implemented yet\n");
    }

    @Override
    public String usage() {
        return Usage.of("wazir validate", "Checks the kit: without a subcommand, runs the standard set "
                        + "(manifest, hooks, docs, brand, runtime, branches, commits, changelog).")
                .subcommand("manifest", "The manifest: version, schema, declared paths, role and workflow files, "
                        + "export targets, prohibited terms.")
                .subcommand("hooks", "Hook definitions: schema, ids, host fallbacks, required hooks.")
                .subcommand("docs", "Docs truth claims and documented commands.")
                .subcommand("brand", "Forbidden brand terms in the shipped text.")
                .subcommand("runtime", "Legacy runtime-surface references.")
                .subcommand("branches", "The branch name follows the git-flow naming rules.")
                .subcommand("commits", "Commit subjects in a range are conventional commits.")
                .subcommand("changelog", "CHANGELOG.md has entries for user-facing commits.")
                .subcommand("docs-drift", "Docs changed together with the sources they describe.")
                .subcommand("artifacts", "Not implemented (exit 2), as in wazir 1.0.0.")
                .option("--branch", "<name>", "branches: the branch name to check (default: the current branch).")
                .option("--base", "<ref>", "commits, changelog, docs-drift: the start of the range.")
                .option("--head", "<ref>", "commits, changelog, docs-drift: the end of the range (default HEAD).")
                .flag("--require-entries", "changelog: fail when user-facing commits lack changelog entries.")
                .flag("--strict", "docs-drift: fail (instead of warn) on drift.")
                .render();
    }
}
