package dev.wazir.kit;

import dev.wazir.WazirException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * YAML loading with the results wazir 1.0.0's parser (the `yaml` npm package, {@code parse()}
 * with default options) gives: YAML 1.2 core schema (see {@link YamlScalars}), exactly one
 * document (an empty one is JSON null), unique keys, no merge keys, anchors and aliases,
 * objects in JS key order. Errors carry that package's message layout
 * ({@code <text> at line L, column C:} + context + caret line).
 *
 * <p>Built on snakeyaml-engine's event parser (a dependency of Jackson's YAML module) rather
 * than Jackson's YAMLMapper, because the mapper resolves scalars by its own (YAML 1.1-ish)
 * rules and costs more to start; here every scalar is resolved by the 1.2 core rules and the
 * tree is built iteratively (no recursion, so deep nesting is a clear error, not a crash).
 */
public final class Yaml {
    /** Deeper nesting than this is refused with a clear error. */
    public static final int MAX_DEPTH = 1000;
    /** Larger input than this (in UTF-16 units) is refused with a clear error. */
    public static final int MAX_CHARS = 32 * 1024 * 1024;
    /** The `yaml` package's maxAliasCount: uses of one anchor times its nested alias weight. */
    static final long MAX_ALIAS_COUNT = 100L;

    private Yaml() {
    }

    public static JsonNode read(Path file) {
        return parse(TextFiles.read(file));
    }

    public static JsonNode parse(String text) {
        if (text.length() > MAX_CHARS) {
            throw new WazirException("YAML input is too large (more than " + MAX_CHARS + " characters)");
        }
        return new Composer(text).compose();
    }

    /** One open collection while the tree is being built. */
    private static final class Frame {
        final boolean mapping;
        final Map<String, JsonNode> entries = new java.util.LinkedHashMap<>();
        final List<JsonNode> items = new ArrayList<>();
        final java.util.Set<Object> keyIdentities = new java.util.HashSet<>();
        final Optional<String> anchor;
        String pendingKey;
        boolean hasPendingKey;
        /** The `yaml` package's alias count of this collection: the largest among its children. */
        long aliasCount;

        Frame(boolean mapping, Optional<String> anchor) {
            this.mapping = mapping;
            this.anchor = anchor;
        }
    }

    private static final class Anchor {
        final JsonNode node;
        final long aliasCount;
        long count;

        Anchor(JsonNode node, long aliasCount) {
            this.node = node;
            this.aliasCount = aliasCount;
        }
    }

    private static final class Composer {
        private final String text;
        private final boolean plainIndexes;
        private final List<int[]> multiLineScalars = new ArrayList<>();
        private final Map<String, Anchor> anchors = new HashMap<>();
        private final Deque<Frame> stack = new ArrayDeque<>();
        private JsonNode root = NullNode.getInstance();
        private int[] supplementary;

        Composer(String text) {
            this.text = text;
            this.plainIndexes = text.codePoints().count() == text.length();
        }

        JsonNode compose() {
            LoadSettings settings = LoadSettings.builder()
                    .setCodePointLimit(Integer.MAX_VALUE)
                    .setUseMarks(true)
                    .build();
            int documents = 0;
            try {
                Iterator<Event> events = new Parse(settings).parseString(text).iterator();
                while (events.hasNext()) {
                    Event event = events.next();
                    switch (event.getEventId()) {
                        case DocumentStart:
                            documents++;
                            if (documents > 1) {
                                int at = offset(event.getStartMark());
                                throw error("Source contains multiple documents; please use YAML.parseAllDocuments()",
                                        at, at + 1);
                            }
                            break;
                        case Scalar:
                            scalar((ScalarEvent) event);
                            break;
                        case SequenceStart:
                        case MappingStart:
                            open(event);
                            break;
                        case SequenceEnd:
                        case MappingEnd:
                            close();
                            break;
                        case Alias:
                            alias((AliasEvent) event);
                            break;
                        default:
                            break;
                    }
                }
            } catch (MarkedYamlEngineException e) {
                throw translate(e);
            } catch (YamlEngineException e) {
                throw new WazirException(capitalize(e.getMessage()));
            }
            return root;
        }

        private void open(Event event) {
            if (stack.size() >= MAX_DEPTH) {
                int at = offset(event.getStartMark());
                throw error("Document is nested too deeply (more than " + MAX_DEPTH + " levels)", at, at + 1);
            }
            boolean mapping = event.getEventId() == Event.ID.MappingStart;
            stack.push(new Frame(mapping, ((NodeEvent) event).getAnchor().map(a -> a.getValue())));
        }

        private void close() {
            Frame frame = stack.pop();
            JsonNode node;
            if (frame.mapping) {
                node = JsTrees.object(new java.util.LinkedHashMap<>(frame.entries));
            } else {
                node = JsonNodeFactory.instance.arrayNode().addAll(frame.items);
            }
            frame.anchor.ifPresent(name -> anchors.put(name, new Anchor(node, frame.aliasCount)));
            add(node, new Object(), null, frame.aliasCount);
        }

        private void scalar(ScalarEvent event) {
            recordMultiLine(event);
            Optional<String> tag = event.getTag();
            String value = event.getValue();
            JsonNode node;
            if (tag.isEmpty()) {
                node = event.isPlain() ? YamlScalars.plain(value) : StringNode.valueOf(value);
            } else if (tag.get().equals("!")) {
                node = StringNode.valueOf(value);
            } else {
                node = YamlScalars.tagged(tag.get(), value);
            }
            event.getAnchor().ifPresent(a -> anchors.put(a.getValue(), new Anchor(node, 1)));
            add(node, identity(node), event, 1);
        }

        private void alias(AliasEvent event) {
            String name = event.getAlias().getValue();
            Anchor anchor = anchors.get(name);
            if (anchor == null) {
                throw new WazirException("Unresolved alias (the anchor must be set before the alias): " + name);
            }
            anchor.count++;
            if (anchor.count * anchor.aliasCount > MAX_ALIAS_COUNT) {
                throw new WazirException("Excessive alias count indicates a resource exhaustion attack");
            }
            JsonNode node = anchor.node;
            // An alias key is never equal to another key in the `yaml` package's uniqueness check.
            add(node, new Object(), event, anchor.count * anchor.aliasCount);
        }

        /** What the `yaml` package compares to find duplicate keys: the scalar's value. */
        private static Object identity(JsonNode node) {
            if (node.isNull()) {
                return "null";
            }
            if (node.isNumber()) {
                double d = node.doubleValue();
                return Double.isNaN(d) ? new Object() : "n:" + dev.wazir.text.JsNumbers.toString(d);
            }
            if (node.isBoolean()) {
                return "b:" + node.booleanValue();
            }
            if (node.isString()) {
                return "s:" + node.stringValue();
            }
            return new Object();
        }

        private void add(JsonNode node, Object identity, Event event, long aliasCount) {
            Frame top = stack.peek();
            if (top == null) {
                root = node;
                return;
            }
            top.aliasCount = Math.max(top.aliasCount, aliasCount);
            if (!top.mapping) {
                top.items.add(node);
                return;
            }
            if (!top.hasPendingKey) {
                if (!top.keyIdentities.add(identity)) {
                    int at = event == null ? 0 : offset(event.getStartMark());
                    throw error("Map keys must be unique", at, at + 1);
                }
                top.pendingKey = keyString(node);
                top.hasPendingKey = true;
                return;
            }
            // Like a JS object: a repeated key keeps its first position and takes the last value.
            top.entries.put(top.pendingKey, node);
            top.hasPendingKey = false;
            top.pendingKey = null;
        }

        /** The property name a key becomes on a JS object. */
        private static String keyString(JsonNode key) {
            if (key.isNull()) {
                return "";
            }
            if (key.isString()) {
                return key.stringValue();
            }
            if (key.isContainer()) {
                return dev.wazir.text.Json.compact(key);
            }
            return dev.wazir.text.JsValues.toJsString(key);
        }

        private void recordMultiLine(ScalarEvent event) {
            Optional<Mark> start = event.getStartMark();
            Optional<Mark> end = event.getEndMark();
            if (start.isPresent() && end.isPresent() && start.get().getLine() != end.get().getLine()) {
                multiLineScalars.add(new int[] {offset(start), offset(end)});
            }
        }

        private int offset(Optional<Mark> mark) {
            if (mark.isEmpty()) {
                return 0;
            }
            int index = mark.get().getIndex();
            if (plainIndexes) {
                return Math.min(index, text.length());
            }
            // Marks count code points; each supplementary character before the mark adds one UTF-16 unit.
            int[] pairs = surrogatePairs();
            int before = java.util.Arrays.binarySearch(pairs, index);
            before = before >= 0 ? before : -before - 1;
            return Math.min(index + before, text.length());
        }

        /** Code-point indexes of the supplementary characters, ascending (built once, on first need). */
        private int[] surrogatePairs() {
            if (supplementary == null) {
                int[] found = new int[16];
                int count = 0;
                int cp = 0;
                for (int i = 0; i < text.length(); cp++) {
                    int c = text.codePointAt(i);
                    if (Character.isSupplementaryCodePoint(c)) {
                        if (count == found.length) {
                            found = java.util.Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = cp;
                    }
                    i += Character.charCount(c);
                }
                supplementary = java.util.Arrays.copyOf(found, count);
            }
            return supplementary;
        }

        private WazirException error(String message, int start, int end) {
            return new WazirException(new YamlErrorText(text, multiLineScalars).render(message, start, end));
        }

        private WazirException translate(MarkedYamlEngineException e) {
            String problem = e.getProblem() == null ? "" : e.getProblem();
            String context = e.getContext() == null ? "" : e.getContext();
            int at = offset(e.getProblemMark());
            if (context.contains("quoted scalar") && problem.contains("end of stream")) {
                int quoteAt = offset(e.getContextMark());
                char quote = quoteAt < text.length() ? text.charAt(quoteAt) : '"';
                String name = quote == '\'' ? "Missing closing 'quote" : "Missing closing \"quote";
                // The unclosed scalar runs to the end of the input, line breaks included.
                multiLineScalars.add(new int[] {quoteAt, text.length()});
                return error(name, text.length(), text.length() + 1);
            }
            if (problem.contains("mapping values are not allowed")) {
                int start = compactValueStart(at);
                return error("Nested mappings are not allowed in compact mappings", start, start + 1);
            }
            if (problem.contains("'\\t'") || problem.contains("\t") || problem.contains("TAB")) {
                return error("Tabs are not allowed as indentation", at, at + 1);
            }
            if (context.contains("flow sequence") || context.contains("flow mapping")) {
                boolean sequence = context.contains("flow sequence");
                int open = offset(e.getContextMark());
                boolean atRoot = stack.isEmpty() || lineIsOnlyFlowStart(open);
                String name = sequence ? "Flow sequence" : "Flow mapping";
                String endChar = sequence ? "]" : "}";
                int cut = insufficientlyIndentedLine(open);
                int last = cut >= 0 ? cut : Math.min(at, text.length());
                while (last > 0 && Character.isWhitespace(text.charAt(last - 1))) {
                    last--;
                }
                if (cut >= 0) {
                    int limit = cut;
                    multiLineScalars.removeIf(r -> r[1] > limit);
                }
                String message = atRoot ? name + " must end with a " + endChar
                        : name + " in block collection must be sufficiently indented and end with a " + endChar;
                return error(message, last, last + 1);
            }
            return error(capitalize(problem.isEmpty() ? context : problem), at, at + 1);
        }

        /**
         * The start of the first line after a flow collection's opening line that is indented no
         * deeper than that line (the `yaml` package ends the collection there), or -1.
         */
        private int insufficientlyIndentedLine(int open) {
            int lineStart = text.lastIndexOf('\n', Math.max(0, open - 1)) + 1;
            int indent = 0;
            while (lineStart + indent < text.length() && text.charAt(lineStart + indent) == ' ') {
                indent++;
            }
            int next = text.indexOf('\n', open);
            while (next >= 0 && next + 1 < text.length()) {
                int start = next + 1;
                int i = start;
                while (i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
                boolean blank = i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r'
                        || text.charAt(i) == '#';
                if (!blank && i - start <= indent) {
                    return start;
                }
                next = text.indexOf('\n', start);
            }
            return -1;
        }

        private boolean lineIsOnlyFlowStart(int open) {
            int lineStart = text.lastIndexOf('\n', Math.max(0, open - 1)) + 1;
            return open <= text.length() && text.substring(lineStart, Math.min(open, text.length())).isBlank();
        }

        /** Start of the value of a compact mapping whose value holds another `key:`. */
        private int compactValueStart(int colon) {
            int lineStart = text.lastIndexOf('\n', Math.max(0, colon - 1)) + 1;
            int i = Math.min(colon, text.length()) - 1;
            while (i > lineStart) {
                char c = text.charAt(i);
                if (c == ':' && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                    int j = i + 1;
                    while (j < colon && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                        j++;
                    }
                    return j;
                }
                i--;
            }
            return colon;
        }

        private static String capitalize(String s) {
            if (s == null || s.isEmpty()) {
                return "YAML syntax error";
            }
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
