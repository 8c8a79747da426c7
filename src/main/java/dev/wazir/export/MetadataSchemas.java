package dev.wazir.export;

import dev.wazir.WazirException;
import dev.wazir.kit.JsonFiles;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;

/**
 * The two schemas every host's metadata must satisfy ({@code schemas/host-export-package.schema.json}
 * and {@code schemas/export-manifest.schema.json}), read from the project at run time.
 */
public final class MetadataSchemas {
    /** Validates a value against a schema; returns the error lines (empty when valid). */
    @FunctionalInterface
    public interface Validator {
        List<String> errors(JsonNode schema, JsonNode value);
    }

    private final JsonNode hostPackageSchema;
    private final JsonNode exportManifestSchema;
    private final Validator validator;

    private MetadataSchemas(JsonNode hostPackageSchema, JsonNode exportManifestSchema, Validator validator) {
        this.hostPackageSchema = hostPackageSchema;
        this.exportManifestSchema = exportManifestSchema;
        this.validator = validator;
    }

    public static MetadataSchemas load(Path root, Validator validator) {
        Path hostSchema = root.resolve("schemas").resolve("host-export-package.schema.json");
        Path exportSchema = root.resolve("schemas").resolve("export-manifest.schema.json");
        try {
            return new MetadataSchemas(JsonFiles.read(hostSchema), JsonFiles.read(exportSchema), validator);
        } catch (WazirException e) {
            throw new WazirException("Failed to load generated export schemas: " + hostSchema + ", " + exportSchema
                    + ". " + e.getMessage());
        }
    }

    /** Throws the 1.0.0 message for the first of the two documents that is invalid. */
    public void check(JsonNode hostPackage, JsonNode exportManifest) {
        List<String> hostErrors = validator.errors(hostPackageSchema, hostPackage);
        List<String> exportErrors = validator.errors(exportManifestSchema, exportManifest);
        if (!hostErrors.isEmpty()) {
            throw new WazirException("Generated host package failed schema validation: " + String.join("; ", hostErrors));
        }
        if (!exportErrors.isEmpty()) {
            throw new WazirException("Generated export manifest failed schema validation: " + String.join("; ", exportErrors));
        }
    }
}
