package dev.wazir.export;

import dev.wazir.WazirException;
import dev.wazir.kit.Yaml;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * YAML front matter of Markdown files that hosts load (Claude agents and skills, Codex, Gemini and
 * Cursor skills, Cursor rules). Reading uses the kit's YAML loader; writing goes through a real
 * YAML emitter, never string templates, so every value is quoted exactly when YAML needs it.
 */
public final class FrontMatter {
    /** A document split at its front matter; {@code fields} is null when the text has none. */
    public record Parts(ObjectNode fields, String block, String body) {
        public boolean present() {
            return fields != null;
        }
    }

    /** Plain scalars that a YAML 1.1 reader (some hosts use one) would not read back as strings. */
    private static final Pattern YAML11_NON_STRING = Pattern.compile(
            "(?i:y|n|yes|no|on|off|true|false|null|~)"
                    + "|[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?)"
                    + "|[-+]?(?:[0-9][0-9_]*)?\\.?[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?i:inf)|\\.(?i:nan)"
                    + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|<<|=");

    private FrontMatter() {
    }

    /**
     * Splits {@code text} (line ends already LF) at a front matter block: the first line is exactly
     * {@code ---} and a later line is exactly {@code ---}. {@code where} names the file in errors.
     */
    public static Parts split(String text, String where) {
        if (!text.startsWith("---\n")) {
            return new Parts(null, "", text);
        }
        int from = 4;
        int close = -1;
        int lineStart = from;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            String line = end < 0 ? text.substring(lineStart) : text.substring(lineStart, end);
            if (line.equals("---")) {
                close = lineStart;
                break;
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
        }
        if (close < 0) {
            throw new WazirException(where + ": front matter is not closed with a line \"---\"");
        }
        String yaml = text.substring(from, close);
        int afterClose = text.indexOf('\n', close);
        String body = afterClose < 0 ? "" : text.substring(afterClose + 1);
        JsonNode parsed;
        try {
            parsed = Yaml.parse(yaml);
        } catch (WazirException e) {
            throw new WazirException(where + ": front matter is not valid YAML: " + firstLine(e.getMessage()));
        }
        if (parsed == null || parsed.isNull()) {
            parsed = dev.wazir.text.Json.object();
        }
        if (!parsed.isObject()) {
            throw new WazirException(where + ": front matter must be a YAML mapping");
        }
        return new Parts((ObjectNode) parsed, text.substring(0, afterClose < 0 ? text.length() : afterClose + 1), body);
    }

    /** The front matter block for {@code fields}: {@code ---}, the YAML mapping, {@code ---}, each line ending in LF. */
    public static String render(ObjectNode fields) {
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setSchema(new CoreSchema())
                .setIndent(2)
                .setWidth(Integer.MAX_VALUE)
                .setSplitLines(false)
                .setUseUnicodeEncoding(true)
                .build();
        StringBuilder out = new StringBuilder("---\n");
        new Dump(settings).dumpNode(node(fields), new StreamDataWriter() {
            @Override
            public void write(String str) {
                out.append(str);
            }

            @Override
            public void write(String str, int off, int len) {
                out.append(str, off, off + len);
            }
        });
        if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        return out.append("---\n").toString();
    }

    private static Node node(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return new ScalarNode(Tag.NULL, "null", ScalarStyle.PLAIN);
        }
        if (value.isObject()) {
            List<NodeTuple> tuples = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                tuples.add(new NodeTuple(string(e.getKey()), node(e.getValue())));
            }
            return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
        }
        if (value.isArray()) {
            List<Node> items = new ArrayList<>();
            for (JsonNode item : value) {
                items.add(node(item));
            }
            return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
        }
        if (value.isBoolean()) {
            return new ScalarNode(Tag.BOOL, value.booleanValue() ? "true" : "false", ScalarStyle.PLAIN);
        }
        if (value.isIntegralNumber()) {
            return new ScalarNode(Tag.INT, dev.wazir.text.Json.number(value), ScalarStyle.PLAIN);
        }
        if (value.isNumber()) {
            return new ScalarNode(Tag.FLOAT, dev.wazir.text.Json.number(value), ScalarStyle.PLAIN);
        }
        return string(value.asString());
    }

    private static Node string(String s) {
        ScalarStyle style = YAML11_NON_STRING.matcher(s).matches() ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.PLAIN;
        return new ScalarNode(Tag.STR, s, style);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
