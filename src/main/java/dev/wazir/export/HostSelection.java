package dev.wazir.export;

import dev.wazir.WazirException;

import java.util.ArrayList;
import java.util.List;

/** Which hosts a build or check covers: all manifest hosts, or those named with {@code --host}. */
public final class HostSelection {
    private HostSelection() {
    }

    /**
     * The manifest hosts (in manifest order) limited to {@code requested}; null or empty means all.
     * A name that is not a known host, or not declared in the manifest, is refused.
     */
    public static List<String> resolve(List<String> requested, List<String> declared) {
        if (requested == null || requested.isEmpty()) {
            return declared;
        }
        for (String name : requested) {
            if (!HostFileSet.KNOWN_HOSTS.contains(name)) {
                throw new WazirException("Unknown host: " + name + " (known hosts: "
                        + String.join(", ", HostFileSet.KNOWN_HOSTS) + ")");
            }
            if (!declared.contains(name)) {
                throw new WazirException("Host " + name + " is not declared in wazir.manifest.yaml (declared hosts: "
                        + String.join(", ", declared) + ")");
            }
        }
        List<String> out = new ArrayList<>();
        for (String host : declared) {
            if (requested.contains(host) && !out.contains(host)) {
                out.add(host);
            }
        }
        return out;
    }
}
