package dev.wazir.export;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A role file as a Claude Code sub-agent. Claude Code loads {@code .claude/agents/*.md} only with
 * front matter carrying {@code name} and {@code description}: a role file that already has both
 * is copied unchanged; otherwise the missing fields are added (name = role id, description = the
 * first paragraph of its Purpose section) and the front matter is written by the YAML emitter.
 */
final class ClaudeAgent {
    private static final Pattern AGENT_NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private ClaudeAgent() {
    }

    static String render(SourceFile role) {
        String text = ExportText.withoutBom(role.text());
        FrontMatter.Parts parts = FrontMatter.split(text, role.path());
        ObjectNode fields = parts.present() ? parts.fields() : dev.wazir.text.Json.object();
        JsonNode name = fields.get("name");
        JsonNode description = fields.get("description");
        boolean nameOk = name != null && name.isString() && AGENT_NAME.matcher(name.stringValue()).matches();
        boolean descriptionOk = description != null && description.isString() && !description.stringValue().isBlank();
        if (nameOk && descriptionOk) {
            return text;
        }
        String fileName = role.path().substring(role.path().lastIndexOf('/') + 1);
        String id = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
        ObjectNode out = dev.wazir.text.Json.object();
        out.put("name", nameOk ? name.stringValue() : agentName(id));
        String purpose = MarkdownPurpose.of(parts.body());
        out.put("description", descriptionOk ? description.stringValue()
                : purpose != null ? purpose : "Wazir " + id + " role.");
        for (Map.Entry<String, JsonNode> e : fields.properties()) {
            if (!e.getKey().equals("name") && !e.getKey().equals("description")) {
                out.set(e.getKey(), e.getValue());
            }
        }
        return FrontMatter.render(out) + parts.body();
    }

    private static String agentName(String id) {
        String name = SkillExport.validName(id);
        return name.isEmpty() ? "wazir-role" : name;
    }
}
