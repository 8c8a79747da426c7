package dev.wazir.cli;

import dev.wazir.WazirException;
import dev.wazir.export.ExportDriftCheck;
import dev.wazir.export.HostExport;
import dev.wazir.export.HostExportTransaction;
import dev.wazir.export.MetadataSchemas;
import dev.wazir.kit.ProjectRoot;
import dev.wazir.text.Json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * `wazir export build [--json] [--host <name>]...`, `wazir export --check [--host <name>]...` and
 * `wazir export --host <name>...` (builds those hosts). The manifest and hook definitions are
 * validated first, as in 1.0.0.
 */
final class ExportCommand implements CommandFamily {
    static final String USAGE = "Usage: wazir export build [--json] | wazir export --check";

    private final ExportPrechecks prechecks;
    private final MetadataSchemas.Validator validator;
    private final HostExportTransaction.Faults faults;

    ExportCommand() {
        this(ExportPrechecks.DEFAULT, ExportPrechecks.SCHEMA_VALIDATOR, HostExportTransaction.Faults.NONE);
    }

    ExportCommand(ExportPrechecks prechecks, MetadataSchemas.Validator validator, HostExportTransaction.Faults faults) {
        this.prechecks = prechecks;
        this.validator = validator;
        this.faults = faults;
    }

    @Override
    public CommandResult run(String subcommand, List<String> args, Invocation invocation) {
        try {
            Path root = ProjectRoot.find(invocation.cwd());
            boolean json = args.contains("--json");
            boolean check = args.contains("--check");
            List<String> hosts = hostOptions(args);

            CommandResult manifest = prechecks.manifest(root);
            if (manifest.exitCode() != 0) {
                return manifest;
            }
            CommandResult hooks = prechecks.hooks(root);
            if (hooks.exitCode() != 0) {
                return hooks;
            }
            if ("build".equals(subcommand) || subcommand == null && !check && !hosts.isEmpty()) {
                HostExport.Summary summary = new HostExport(root, validator, faults).build(hosts);
                return CommandResult.ok(json ? Json.pretty(summary.toJson()) + "\n" : HostExport.describe(summary) + "\n");
            }
            if (subcommand == null && check) {
                List<String> drifts = new ExportDriftCheck(root, validator).run(hosts);
                if (!drifts.isEmpty()) {
                    return CommandResult.failure(1, "Export drift detected:\n- " + String.join("\n- ", drifts) + "\n");
                }
                return CommandResult.ok("Export drift check passed.\n");
            }
            return CommandResult.failure(2, USAGE + "\n");
        } catch (WazirException e) {
            return CommandResult.failure(1, e.getMessage() + "\n");
        }
    }

    /** The values of every {@code --host <name>} / {@code --host=<name>}; other tokens are ignored, as in 1.0.0. */
    static List<String> hostOptions(List<String> args) {
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String token = args.get(i);
            String value;
            if (token.equals("--host")) {
                value = i + 1 < args.size() ? args.get(++i) : "";
            } else if (token.startsWith("--host=")) {
                value = token.substring("--host=".length());
            } else {
                continue;
            }
            if (value.isEmpty() || value.startsWith("-")) {
                throw new WazirException("Missing value for --host");
            }
            hosts.add(value);
        }
        return hosts;
    }

    @Override
    public String usage() {
        return Usage.of("wazir export", "Generate the host packages under exports/hosts from the canonical kit sources,"
                        + " or check that the committed packages are up to date.")
                .subcommand("build", "Regenerate the host packages (all manifest hosts, or those named with --host).")
                .flag("--json", "With build: print the summary as JSON.")
                .flag("--check", "Without a subcommand: report drift between the sources and exports/hosts.")
                .option("--host", "<name>", "Limit build or --check to this host (repeatable);"
                        + " `wazir export --host <name>` builds it.")
                .footer("", USAGE)
                .render();
    }
}
