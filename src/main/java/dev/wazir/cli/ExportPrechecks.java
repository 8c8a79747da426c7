package dev.wazir.cli;

import dev.wazir.check.CheckResult;
import dev.wazir.check.HooksCheck;
import dev.wazir.check.ManifestCheck;
import dev.wazir.export.MetadataSchemas;
import dev.wazir.kit.SchemaValidator;

import java.nio.file.Path;

/** What `wazir export` runs before anything else: `validate manifest`, then `validate hooks`. */
interface ExportPrechecks {
    CommandResult manifest(Path root);

    CommandResult hooks(Path root);

    ExportPrechecks DEFAULT = new ExportPrechecks() {
        @Override
        public CommandResult manifest(Path root) {
            return result(ManifestCheck.run(root));
        }

        @Override
        public CommandResult hooks(Path root) {
            return result(HooksCheck.run(root));
        }

        private CommandResult result(CheckResult check) {
            return CommandResult.of(check.exitCode(), check.stdout(), check.stderr());
        }
    };

    MetadataSchemas.Validator SCHEMA_VALIDATOR = SchemaValidator::errors;
}
