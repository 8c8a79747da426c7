package dev.wazir.check;

import java.nio.file.Path;

/**
 * The one place the validators of the kit's core (`validate manifest`, `validate hooks`) are
 * reached from bare `wazir validate` and from `wazir doctor`.
 */
public final class KitValidators {
    private KitValidators() {
    }

    public static CheckResult manifest(Path root) {
        return ManifestCheck.run(root);
    }

    public static CheckResult hooks(Path root) {
        return HooksCheck.run(root);
    }
}
