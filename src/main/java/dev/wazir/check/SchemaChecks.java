package dev.wazir.check;

/** The schema validator the checks use (the kit's Ajv-compatible one). */
final class SchemaChecks {
    static final DocsTruthCheck.SchemaCheck DEFAULT = (schema, value) -> {
        throw new UnsupportedOperationException("schema validation is not built yet");
    };

    private SchemaChecks() {
    }
}
