package dev.wazir.check;

import dev.wazir.WazirException;
import dev.wazir.kit.JsonFiles;
import dev.wazir.kit.Listings;
import dev.wazir.kit.ProjectRoot;
import dev.wazir.kit.SchemaValidator;
import dev.wazir.kit.Yaml;
import dev.wazir.text.JsValues;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code wazir validate hooks}: every hook definition against the hook schema, its id against its
 * file name, a fallback for every declared host, and the definitions against the manifest's
 * {@code required_hooks}. The manifest is not schema-checked here, so a malformed one fails with
 * the runtime errors 1.0.0 showed (V8's texts).
 */
public final class HooksCheck {
    static final String SCHEMA = "schemas/hook.schema.json";
    private static final Set<String> OBJECT_PROTOTYPE = Set.of("constructor", "__defineGetter__",
            "__defineSetter__", "hasOwnProperty", "__lookupGetter__", "__lookupSetter__", "isPrototypeOf",
            "propertyIsEnumerable", "toString", "valueOf", "__proto__", "toLocaleString");

    private HooksCheck() {
    }

    public static CheckResult run(Path root) {
        JsonNode manifest = Yaml.read(root.resolve(ProjectRoot.MANIFEST));
        JsonNode schema = JsonFiles.read(root.resolve(SCHEMA));
        List<Path> files = Listings.yamlFiles(root.resolve("hooks/definitions"));
        List<String> problems = new ArrayList<>();
        List<JsonNode> actualIds = new ArrayList<>();

        for (Path file : files) {
            JsonNode hook = Yaml.read(file);
            String fileId = fileId(file.getFileName().toString());
            SchemaValidator.Result validation = SchemaValidator.validate(schema, hook);
            if (!validation.valid()) {
                problems.add(fileId + ": " + String.join("; ", validation.errors()));
            }
            if (!hook.isObject()) {
                continue;
            }
            JsonNode id = hook.get("id");
            if (id == null || !id.isString() || !id.stringValue().equals(fileId)) {
                problems.add(fileId + ": hook id \"" + JsValues.toJsString(id) + "\" does not match filename");
            }
            for (JsonNode host : hosts(manifest)) {
                if (!JsValues.truthy(property(hook.get("host_fallback"), JsValues.toJsString(host)))) {
                    problems.add(fileId + ": missing host_fallback." + JsValues.toJsString(host));
                }
            }
            actualIds.add(id);
        }

        JsonNode required = requiredHooks(manifest);
        List<String> missing = new ArrayList<>();
        for (JsonNode hookId : required) {
            if (!includes(actualIds, hookId)) {
                missing.add(joinElement(hookId));
            }
        }
        List<String> unexpected = new ArrayList<>();
        List<JsonNode> requiredList = new ArrayList<>();
        required.forEach(requiredList::add);
        for (JsonNode hookId : actualIds) {
            if (!includes(requiredList, hookId)) {
                unexpected.add(joinElement(hookId));
            }
        }
        if (!missing.isEmpty()) {
            problems.add("Missing required hook definitions: " + String.join(", ", missing));
        }
        if (!unexpected.isEmpty()) {
            problems.add("Unexpected hook definitions not declared in manifest: " + String.join(", ", unexpected));
        }
        if (!problems.isEmpty()) {
            return CheckResult.failed("Hook validation failed", problems);
        }
        return CheckResult.passed("Hooks are valid. Checked " + files.size() + " definition files.");
    }

    /** Node's {@code path.basename(f, path.extname(f))}. */
    static String fileId(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** {@code for (const host of manifest.hosts)}, with V8's errors for what cannot be iterated. */
    private static List<JsonNode> hosts(JsonNode manifest) {
        if (manifest.isNull()) {
            throw new WazirException("Cannot read properties of null (reading 'hosts')");
        }
        JsonNode hosts = manifest.isObject() ? manifest.get("hosts") : null;
        List<JsonNode> out = new ArrayList<>();
        if (hosts != null && hosts.isArray()) {
            hosts.forEach(out::add);
        } else if (hosts != null && hosts.isString()) {
            hosts.stringValue().codePoints().forEach(cp -> out.add(StringNode.valueOf(Character.toString(cp))));
        } else {
            throw new WazirException("manifest.hosts is not iterable");
        }
        return out;
    }

    /** {@code manifest.required_hooks}, which must be an array for {@code .filter} to exist. */
    private static JsonNode requiredHooks(JsonNode manifest) {
        if (manifest.isNull()) {
            throw new WazirException("Cannot read properties of null (reading 'required_hooks')");
        }
        JsonNode required = manifest.isObject() ? manifest.get("required_hooks") : null;
        if (required == null) {
            throw new WazirException("Cannot read properties of undefined (reading 'filter')");
        }
        if (required.isNull()) {
            throw new WazirException("Cannot read properties of null (reading 'filter')");
        }
        if (!required.isArray()) {
            throw new WazirException("manifest.required_hooks.filter is not a function");
        }
        return required;
    }

    /** {@code value?.[key]} for a parsed JSON value (own keys, array indexes, string characters). */
    private static JsonNode property(JsonNode value, String key) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isObject()) {
            JsonNode own = value.get(key);
            return own != null ? own : OBJECT_PROTOTYPE.contains(key) ? StringNode.valueOf("[function]") : null;
        }
        boolean index = key.matches("0|[1-9][0-9]{0,9}");
        if (value.isArray()) {
            if (key.equals("length")) {
                return tools.jackson.databind.node.IntNode.valueOf(value.size());
            }
            return index && Long.parseLong(key) < value.size() ? value.get(Integer.parseInt(key)) : null;
        }
        if (value.isString()) {
            String s = value.stringValue();
            if (key.equals("length")) {
                return tools.jackson.databind.node.IntNode.valueOf(s.length());
            }
            return index && Long.parseLong(key) < s.length()
                    ? StringNode.valueOf(String.valueOf(s.charAt(Integer.parseInt(key)))) : null;
        }
        return null;
    }

    /** {@code list.includes(value)} (SameValueZero; objects and arrays are never equal to a copy). */
    private static boolean includes(List<JsonNode> list, JsonNode value) {
        for (JsonNode item : list) {
            if (sameValueZero(item, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameValueZero(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (a.isContainer() || b.isContainer()) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            return x == y || Double.isNaN(x) && Double.isNaN(y);
        }
        if (a.isString() && b.isString()) {
            return a.stringValue().equals(b.stringValue());
        }
        if (a.isBoolean() && b.isBoolean()) {
            return a.booleanValue() == b.booleanValue();
        }
        return a.isNull() && b.isNull();
    }

    /** How {@code Array.prototype.join} renders one element: undefined and null are empty. */
    private static String joinElement(JsonNode value) {
        return value == null || value.isNull() ? "" : JsValues.toJsString(value);
    }
}
