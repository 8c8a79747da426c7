package dev.wazir.check;

import dev.wazir.kit.SchemaValidator;

/** The schema validator the checks use (the kit's Ajv-compatible one). */
final class SchemaChecks {
    static final DocsTruthCheck.SchemaCheck DEFAULT = SchemaValidator::errors;

    private SchemaChecks() {
    }
}
