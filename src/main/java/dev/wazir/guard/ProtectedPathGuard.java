package dev.wazir.guard;

import dev.wazir.WazirException;
import dev.wazir.kit.ProjectRoot;
import dev.wazir.kit.Yaml;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The protected-path write guard (1.0.0 §7.1): writes into a folder listed under
 * {@code protected_paths} in the manifest are blocked unless an approved flow asks for them.
 * Paths are compared in canonical form (see {@link PathSpelling}); entries are canonicalised too,
 * so `input/` protects like `input`.
 */
public final class ProtectedPathGuard {
    static final List<String> APPROVED_FLOWS = List.of("host_export_regeneration", "pipeline_integration");

    private final Path root;
    private final Path realRoot;
    private final List<String> entries;
    private final boolean caseInsensitive;

    private ProtectedPathGuard(Path root, List<String> entries, Boolean caseInsensitive) {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = PathSpelling.real(this.root);
        this.entries = entries;
        this.caseInsensitive = caseInsensitive != null ? caseInsensitive : PathSpelling.caseInsensitive(this.realRoot);
    }

    /** Loads the manifest at {@code root} (no upward search, as in 1.0.0) and reads its protected paths. */
    public static ProtectedPathGuard forProject(Path root) {
        return forProject(root, null);
    }

    /** As {@link #forProject(Path)}, with letter case ignored or not regardless of the file system (for tests). */
    static ProtectedPathGuard forProject(Path root, Boolean caseInsensitive) {
        JsonNode manifest = Yaml.read(root.resolve(ProjectRoot.MANIFEST));
        if (manifest == null || manifest.isNull()) {
            throw new WazirException("Cannot read properties of null (reading 'protected_paths')");
        }
        JsonNode list = manifest.get("protected_paths");
        if (list == null || list.isNull() || list.isMissingNode()) {
            throw new WazirException("Cannot read properties of undefined (reading 'find')");
        }
        if (!list.isArray()) {
            throw new WazirException("manifest.protected_paths.find is not a function");
        }
        List<String> entries = new ArrayList<>();
        for (JsonNode e : list) {
            entries.add(e.isString() ? e.stringValue() : e.toString());
        }
        return new ProtectedPathGuard(root, entries, caseInsensitive);
    }

    public Path root() {
        return root;
    }

    /** Decides one write. {@code target} is absolute or relative to {@code base}. */
    public GuardDecision decide(String target, Path base, String approvedFlow) {
        Path lexical = base.resolve(target).normalize();
        Path real = PathSpelling.real(lexical);
        String rel = PathSpelling.relative(realRoot, real);
        if (rel.equals("..") || rel.startsWith("../") || Path.of(rel).isAbsolute()) {
            return GuardDecision.pathAllowed("Target is outside the project root.", rel);
        }
        String folded = PathSpelling.fold(rel, caseInsensitive);
        for (String raw : entries) {
            String entry = PathSpelling.fold(PathSpelling.entry(raw), caseInsensitive);
            if (entry.isEmpty()) {
                continue;
            }
            if (folded.equals(entry) || folded.startsWith(entry + "/")) {
                if (approvedFlow != null && APPROVED_FLOWS.contains(approvedFlow)) {
                    return GuardDecision.pathAllowed(
                            "Approved flow \"" + approvedFlow + "\" may write protected path " + raw + ".", rel);
                }
                return GuardDecision.pathBlocked(raw, rel);
            }
        }
        return GuardDecision.pathAllowed("Target path is not protected.", rel);
    }
}
