package dev.wazir.export;

import dev.wazir.WazirException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kit's skills as hosts load them (Agent Skills format): {@code <name>/SKILL.md} plus the
 * skill's other files, where {@code name} is a valid skill name (1-64 characters of a-z, 0-9 and
 * single hyphens, equal to the folder name). A kit name such as {@code wz:tdd} becomes {@code wz-tdd}.
 */
final class SkillExport {
    static final int MAX_NAME = 64;
    static final int MAX_DESCRIPTION = 1024;

    private SkillExport() {
    }

    /** Exported skill name → (path inside the skill folder → file text), skills in folder order. */
    static Map<String, Map<String, String>> render(List<ExportInputs.SkillSource> skills) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (ExportInputs.SkillSource skill : skills) {
            String prefix = "skills/" + skill.folder() + "/";
            String skillFile = prefix + "SKILL.md";
            Map<String, String> files = new LinkedHashMap<>();
            String name = null;
            for (SourceFile file : skill.files()) {
                String relative = file.path().substring(prefix.length());
                String text = ExportText.withoutBom(file.text());
                if (file.path().equals(skillFile)) {
                    Rendered rendered = skillMarkdown(skill.folder(), skillFile, text);
                    name = rendered.name();
                    text = rendered.text();
                }
                files.put(relative, text);
            }
            String previous = owners.putIfAbsent(name, skillFile);
            if (previous != null) {
                throw new WazirException("Skills " + previous + " and " + skillFile
                        + " both export as skill name \"" + name + "\"");
            }
            out.put(name, files);
        }
        return out;
    }

    private record Rendered(String name, String text) {
    }

    private static Rendered skillMarkdown(String folder, String where, String text) {
        FrontMatter.Parts parts = FrontMatter.split(text, where);
        if (!parts.present()) {
            throw new WazirException(where + ": a skill needs front matter with a name and a description");
        }
        ObjectNode fields = parts.fields();
        JsonNode description = fields.get("description");
        if (description == null || !description.isString() || description.stringValue().isBlank()
                || description.stringValue().codePointCount(0, description.stringValue().length()) > MAX_DESCRIPTION) {
            throw new WazirException(where + ": the front matter description must be text of 1 to "
                    + MAX_DESCRIPTION + " characters");
        }
        JsonNode declared = fields.get("name");
        String source = declared != null && declared.isString() && !declared.stringValue().isBlank()
                ? declared.stringValue() : folder;
        String name = validName(source);
        if (name.isEmpty()) {
            name = validName(folder);
        }
        if (name.isEmpty()) {
            throw new WazirException(where + ": no valid skill name can be made from \"" + source + "\"");
        }
        if (declared != null && declared.isString() && declared.stringValue().equals(name)) {
            return new Rendered(name, text);
        }
        ObjectNode rewritten = dev.wazir.text.Json.object();
        rewritten.put("name", name);
        for (Map.Entry<String, JsonNode> e : fields.properties()) {
            if (!e.getKey().equals("name")) {
                rewritten.set(e.getKey(), e.getValue());
            }
        }
        return new Rendered(name, FrontMatter.render(rewritten) + parts.body());
    }

    /** Lower-cased; every run of characters outside a-z and 0-9 becomes one hyphen; at most 64 characters. */
    static String validName(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        String name = out.length() > MAX_NAME ? out.substring(0, MAX_NAME) : out.toString();
        while (name.endsWith("-")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }
}
