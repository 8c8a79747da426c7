package dev.wazir.export;

import dev.wazir.text.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** {@code host-package.json} and {@code export.manifest.json} of one host, keys in 1.0.0's order. */
record HostMetadata(ObjectNode hostPackage, ObjectNode exportManifest) {
    static HostMetadata of(String host, List<SourceFile> sources, List<String> files) {
        ObjectNode hostPackage = Json.object();
        hostPackage.put("host", host);
        ArrayNode sourceList = hostPackage.putArray("sources");
        sources.forEach(s -> sourceList.add(s.path()));
        ArrayNode fileList = hostPackage.putArray("files");
        files.forEach(fileList::add);

        ObjectNode exportManifest = Json.object();
        exportManifest.put("host", host);
        ObjectNode hashes = exportManifest.putObject("source_hashes");
        sources.forEach(s -> hashes.put(s.path(), s.hash()));
        return new HostMetadata(hostPackage, exportManifest);
    }
}
