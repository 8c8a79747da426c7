package dev.wazir.export;

import dev.wazir.text.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code wazir export build}: generates every selected host package and writes them in one transaction. */
public final class HostExport {
    /** What a build reports: the hosts written, how many sources were hashed, and cleanup warnings. */
    public record Summary(List<String> hosts, int sourceCount, List<String> warnings) {
        /** {@code {"hosts": [...], "source_count": n, "warnings": [...]}}. */
        public ObjectNode toJson() {
            ObjectNode out = Json.object();
            ArrayNode hostList = out.putArray("hosts");
            hosts.forEach(hostList::add);
            out.put("source_count", sourceCount);
            ArrayNode warningList = out.putArray("warnings");
            warnings.forEach(warningList::add);
            return out;
        }
    }

    private final Path root;
    private final MetadataSchemas.Validator validator;
    private final HostExportTransaction.Faults faults;

    public HostExport(Path root, MetadataSchemas.Validator validator, HostExportTransaction.Faults faults) {
        this.root = root;
        this.validator = validator;
        this.faults = faults;
    }

    /** Builds {@code selected} (manifest hosts when null), in manifest order. */
    public Summary build(List<String> selected) {
        ExportInputs inputs = ExportInputs.load(root);
        MetadataSchemas schemas = MetadataSchemas.load(root, validator);
        List<String> hosts = HostSelection.resolve(selected, inputs.hosts());
        Map<String, Map<String, String>> skills = SkillExport.render(inputs.skills());
        List<HostExportTransaction.PreparedHost> prepared = new ArrayList<>();
        for (String host : hosts) {
            Map<String, String> files = HostFileSet.files(host, inputs, skills);
            HostMetadata metadata = HostMetadata.of(host, inputs.sources(), HostFileSet.sortedPaths(files));
            schemas.check(metadata.hostPackage(), metadata.exportManifest());
            prepared.add(new HostExportTransaction.PreparedHost(host, files,
                    Json.pretty(metadata.hostPackage()), Json.pretty(metadata.exportManifest())));
        }
        List<String> warnings = new HostExportTransaction(hostsDir(root), faults).run(prepared);
        return new Summary(hosts, inputs.sources().size(), warnings);
    }

    static Path hostsDir(Path root) {
        return root.resolve("exports").resolve("hosts");
    }

    /** The text line for a summary: {@code Generated host exports for a, b.} plus any warnings. */
    public static String describe(Summary summary) {
        String warnings = summary.warnings().isEmpty() ? ""
                : " Warnings: " + String.join("; ", summary.warnings()) + ".";
        return "Generated host exports for " + String.join(", ", summary.hosts()) + "." + warnings;
    }
}
