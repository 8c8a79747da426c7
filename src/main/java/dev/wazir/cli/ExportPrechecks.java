package dev.wazir.cli;

import dev.wazir.export.MetadataSchemas;

import java.nio.file.Path;
import java.util.List;

/** What `wazir export` runs before anything else: `validate manifest`, then `validate hooks`. */
interface ExportPrechecks {
    CommandResult manifest(Path root);

    CommandResult hooks(Path root);

    ExportPrechecks DEFAULT = new ExportPrechecks() {
        @Override
        public CommandResult manifest(Path root) {
            return CommandResult.ok("");
        }

        @Override
        public CommandResult hooks(Path root) {
            return CommandResult.ok("");
        }
    };

    MetadataSchemas.Validator SCHEMA_VALIDATOR = (schema, value) -> List.of();
}
