package dev.wazir.export;

import dev.wazir.WazirException;
import dev.wazir.kit.ProjectRoot;
import dev.wazir.kit.TextFiles;
import dev.wazir.kit.Yaml;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

/**
 * What every host package is generated from: the manifest, and the canonical sources in 1.0.0's
 * order (manifest, declared roles, declared workflows, hook definitions) followed by the files of
 * each skill folder, which this port exports as well.
 */
public final class ExportInputs {
    private static final int MAX_SKILL_DEPTH = 16;

    private final Path root;
    private final JsonNode manifest;
    private final List<SourceFile> sources;
    private final List<SourceFile> roles;
    private final List<SourceFile> workflows;
    private final List<SkillSource> skills;

    /** A skill folder {@code skills/<folder>/} holding {@code SKILL.md}, with all its regular files. */
    public record SkillSource(String folder, List<SourceFile> files) {
    }

    private ExportInputs(Path root, JsonNode manifest, List<SourceFile> sources, List<SourceFile> roles,
                         List<SourceFile> workflows, List<SkillSource> skills) {
        this.root = root;
        this.manifest = manifest;
        this.sources = sources;
        this.roles = roles;
        this.workflows = workflows;
        this.skills = skills;
    }

    /** Reads the manifest and every canonical source under {@code root}. */
    public static ExportInputs load(Path root) {
        JsonNode manifest = Yaml.read(root.resolve(ProjectRoot.MANIFEST));
        List<SourceFile> sources = new ArrayList<>();
        sources.add(read(root, ProjectRoot.MANIFEST));

        List<String> rolePaths = new ArrayList<>();
        for (String role : strings(manifest, "roles")) {
            rolePaths.add(inside(root, "roles", role + ".md", "Role", role));
        }
        Collections.sort(rolePaths);
        List<String> workflowPaths = new ArrayList<>();
        for (String workflow : strings(manifest, "workflows")) {
            workflowPaths.add(inside(root, "workflows", workflow.replace('_', '-') + ".md", "Workflow", workflow));
        }
        Collections.sort(workflowPaths);

        List<SourceFile> roles = readAll(root, rolePaths);
        List<SourceFile> workflows = readAll(root, workflowPaths);
        sources.addAll(roles);
        sources.addAll(workflows);
        sources.addAll(readAll(root, hookDefinitions(root)));
        List<SkillSource> skills = skills(root);
        List<SourceFile> skillFiles = new ArrayList<>();
        for (SkillSource skill : skills) {
            skillFiles.addAll(skill.files());
        }
        skillFiles.sort((a, b) -> a.path().compareTo(b.path()));
        sources.addAll(skillFiles);
        return new ExportInputs(root, manifest, List.copyOf(sources), roles, workflows, skills);
    }

    public Path root() {
        return root;
    }

    public JsonNode manifest() {
        return manifest;
    }

    public List<SourceFile> sources() {
        return sources;
    }

    List<SourceFile> roles() {
        return roles;
    }

    List<SourceFile> workflows() {
        return workflows;
    }

    List<SkillSource> skills() {
        return skills;
    }

    /** The manifest's {@code hosts}, in manifest order. */
    public List<String> hosts() {
        return strings(manifest, "hosts");
    }

    /** A manifest list as JavaScript's {@code String(x)} renders each element. */
    static List<String> strings(JsonNode manifest, String key) {
        JsonNode list = manifest == null ? null : manifest.get(key);
        List<String> out = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (JsonNode item : list) {
                out.add(jsString(item));
            }
        }
        return out;
    }

    static String jsString(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "undefined";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isNumber()) {
            return dev.wazir.text.Json.number(value);
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "true" : "false";
        }
        return value.isArray() ? "" : "[object Object]";
    }

    /** {@code <folder>/<name>} when it stays inside {@code folder}; an id never reads outside its folder. */
    private static String inside(Path root, String folder, String name, String kind, String id) {
        Path base = root.resolve(folder).normalize();
        Path file = base.resolve(name).normalize();
        if (!file.startsWith(base) || file.equals(base)) {
            throw new WazirException(kind + " id \"" + id + "\" names a file outside " + folder + "/");
        }
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static List<SourceFile> readAll(Path root, List<String> paths) {
        List<SourceFile> out = new ArrayList<>();
        for (String path : paths) {
            out.add(read(root, path));
        }
        return out;
    }

    static SourceFile read(Path root, String relative) {
        Path file = root.resolve(relative);
        if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
            throw new WazirException(relative + " is not a regular file");
        }
        String text = ExportText.lf(TextFiles.read(file));
        return new SourceFile(relative, text, ExportText.sha256(text));
    }

    /** Entries of {@code hooks/definitions/} ending in {@code .yaml} (not {@code .yml}), sorted by name. */
    private static List<String> hookDefinitions(Path root) {
        Path dir = root.resolve("hooks").resolve("definitions");
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".yaml")) {
                    names.add(name);
                }
            }
        } catch (NoSuchFileException e) {
            throw new WazirException("ENOENT: no such file or directory, scandir '" + dir.toAbsolutePath().normalize() + "'");
        } catch (IOException e) {
            throw new WazirException("Could not list " + dir + ": " + e.getMessage());
        }
        Collections.sort(names);
        List<String> out = new ArrayList<>();
        for (String name : names) {
            out.add("hooks/definitions/" + name);
        }
        return out;
    }

    /** Every folder directly in {@code skills/} that holds a regular {@code SKILL.md}; links are not followed. */
    private static List<SkillSource> skills(Path root) {
        Path dir = root.resolve("skills");
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<String> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && Files.isRegularFile(entry.resolve("SKILL.md"), LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(entry.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new WazirException("Could not list " + dir + ": " + e.getMessage());
        }
        Collections.sort(folders);
        List<SkillSource> out = new ArrayList<>();
        for (String folder : folders) {
            List<String> paths = new ArrayList<>();
            Path skillDir = dir.resolve(folder);
            try {
                Files.walkFileTree(skillDir, EnumSet.noneOf(FileVisitOption.class), MAX_SKILL_DEPTH,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                if (attrs.isRegularFile()) {
                                    paths.add(root.relativize(file).toString().replace('\\', '/'));
                                }
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                throw new WazirException("Could not read skill folder skills/" + folder + ": " + e.getMessage());
            }
            Collections.sort(paths);
            out.add(new SkillSource(folder, readAll(root, paths)));
        }
        return out;
    }
}
