package dev.wazir.cli;

import dev.wazir.kit.ProjectRoot;
import dev.wazir.kit.StateRoot;
import dev.wazir.kit.Yaml;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

/** Project root, manifest and state root as {@code capture} and {@code status} find them. */
record RunContext(Invocation invocation, Path projectRoot, JsonNode manifest) {

    /** Finds the project root from the working directory and reads its manifest. */
    static RunContext open(Invocation invocation) {
        Path root = ProjectRoot.find(invocation.cwd());
        JsonNode manifest = Yaml.read(root.resolve(ProjectRoot.MANIFEST));
        return new RunContext(invocation, root, manifest);
    }

    /** {@code --state-root} resolved against the working directory, else the manifest's default. */
    Path stateRoot(String override) {
        return StateRoot.resolve(projectRoot, manifest, invocation.cwd(), invocation.home(), override);
    }
}
