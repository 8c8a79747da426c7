package dev.wazir.kit;

import dev.wazir.WazirException;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Finds the project root: the nearest folder, walking up from the working directory, holding the manifest. */
public final class ProjectRoot {
    public static final String MANIFEST = "wazir.manifest.yaml";

    private ProjectRoot() {
    }

    public static Path find(Path cwd) {
        Path start = cwd.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(MANIFEST);
            if (Files.exists(candidate) || Files.exists(candidate, LinkOption.NOFOLLOW_LINKS) && Files.exists(candidate)) {
                return dir;
            }
        }
        throw new WazirException("Could not find " + MANIFEST + " from " + cwd);
    }
}
