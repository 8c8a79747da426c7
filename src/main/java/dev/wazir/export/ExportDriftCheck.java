package dev.wazir.export;

import dev.wazir.WazirException;
import dev.wazir.kit.JsonFiles;
import dev.wazir.kit.TextFiles;
import dev.wazir.text.Json;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code wazir export --check}: read-only comparison of {@code exports/hosts/<host>/} with what a
 * build would write now. 1.0.0's checks come first (stored source hashes, listed files present);
 * when a host's sources are unchanged its files are also compared with freshly generated ones, so
 * a hand-edited, missing or left-over file is reported too. CRLF line ends count as LF.
 */
public final class ExportDriftCheck {
    private static final String HOST_PACKAGE = "host-package.json";
    private static final String EXPORT_MANIFEST = "export.manifest.json";

    private final Path root;
    private final MetadataSchemas.Validator validator;

    public ExportDriftCheck(Path root, MetadataSchemas.Validator validator) {
        this.root = root;
        this.validator = validator;
    }

    /** Drift lines ({@code <host>: ...}); empty when every selected host is up to date. */
    public List<String> run(List<String> selected) {
        ExportInputs inputs = ExportInputs.load(root);
        MetadataSchemas schemas = MetadataSchemas.load(root, validator);
        List<String> hosts = HostSelection.resolve(selected, inputs.hosts());
        Map<String, Map<String, String>> skills = null;
        List<String> drifts = new ArrayList<>();
        for (String host : hosts) {
            Path hostDir = HostExport.hostsDir(root).resolve(host);
            Path packagePath = hostDir.resolve(HOST_PACKAGE);
            Path manifestPath = hostDir.resolve(EXPORT_MANIFEST);
            if (Files.isSymbolicLink(hostDir)) {
                // a build refuses to replace a link, so the package behind it can never be brought up to date
                drifts.add(host + ": export folder is a symbolic link");
                continue;
            }
            if (!Files.exists(packagePath) || !Files.exists(manifestPath)) {
                drifts.add(host + ": export package is missing");
                continue;
            }
            JsonNode hostPackage = readJson(packagePath, host);
            JsonNode exportManifest = readJson(manifestPath, host);
            schemas.check(hostPackage, exportManifest);

            boolean sourcesDrifted = false;
            JsonNode stored = exportManifest.get("source_hashes");
            for (SourceFile source : inputs.sources()) {
                JsonNode hash = stored.get(source.path());
                if (hash == null || !hash.isString() || !hash.stringValue().equals(source.hash())) {
                    drifts.add(host + ": drift detected for " + source.path());
                    sourcesDrifted = true;
                }
            }
            Set<String> reportedMissing = new HashSet<>();
            for (JsonNode entry : hostPackage.get("files")) {
                String file = entry.asString();
                Path path = hostDir.resolve(file).normalize();
                if (!path.startsWith(hostDir) || !Files.exists(path)) {
                    drifts.add(host + ": generated file missing " + file);
                    reportedMissing.add(file);
                }
            }
            if (sourcesDrifted) {
                continue;
            }
            if (skills == null) {
                skills = SkillExport.render(inputs.skills());
            }
            Map<String, String> expected = HostFileSet.files(host, inputs, skills);
            HostMetadata metadata = HostMetadata.of(host, inputs.sources(), HostFileSet.sortedPaths(expected));
            expected.put(HOST_PACKAGE, Json.pretty(metadata.hostPackage()));
            expected.put(EXPORT_MANIFEST, Json.pretty(metadata.exportManifest()));
            compareContents(host, hostDir, expected, reportedMissing, drifts);
        }
        return drifts;
    }

    private void compareContents(String host, Path hostDir, Map<String, String> expected,
                                 Set<String> reportedMissing, List<String> drifts) {
        List<String> paths = new ArrayList<>(expected.keySet());
        paths.sort(String::compareTo);
        for (String path : paths) {
            if (reportedMissing.contains(path)) {
                continue;
            }
            Path file = hostDir.resolve(path);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                drifts.add(host + ": generated file missing " + path);
            } else if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || !ExportText.lf(TextFiles.read(file)).equals(expected.get(path))) {
                drifts.add(host + ": generated file changed " + path);
            }
        }
        List<String> unexpected = new ArrayList<>();
        for (String path : filesUnder(hostDir)) {
            if (!expected.containsKey(path)) {
                unexpected.add(path);
            }
        }
        unexpected.sort(String::compareTo);
        for (String path : unexpected) {
            drifts.add(host + ": unexpected file " + path);
        }
    }

    /** Every non-directory entry under {@code dir}, relative with {@code /}; links are not followed. */
    private static List<String> filesUnder(Path dir) {
        List<String> out = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    out.add(dir.relativize(file).toString().replace('\\', '/'));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new WazirException(FileErrors.message(e, "scandir"));
        }
        return out;
    }

    private static JsonNode readJson(Path file, String host) {
        if (!Files.isRegularFile(file)) {
            throw new WazirException(host + ": " + file + " is not a regular file");
        }
        return JsonFiles.read(file);
    }
}
