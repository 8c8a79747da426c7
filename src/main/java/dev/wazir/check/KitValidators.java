package dev.wazir.check;

import dev.wazir.WazirException;

import java.nio.file.Path;

/**
 * The one place the validators of the kit's core (`validate manifest`, `validate hooks`) are
 * reached from bare `wazir validate` and from `wazir doctor`.
 */
public final class KitValidators {
    private KitValidators() {
    }

    public static CheckResult manifest(Path root) {
        throw new WazirException("wazir validate manifest is not implemented yet");
    }

    public static CheckResult hooks(Path root) {
        throw new WazirException("wazir validate hooks is not implemented yet");
    }
}
