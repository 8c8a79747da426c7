package dev.wazir.kit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Scalar resolution of the YAML 1.2 core schema as the `yaml` npm package applies it: no
 * YAML 1.1 booleans ({@code yes}/{@code on} stay strings), {@code 010} is decimal 10, no
 * timestamps, no sexagesimal numbers, no {@code _} digit separators.
 */
final class YamlScalars {
    static final String TAG_PREFIX = "tag:yaml.org,2002:";

    private static final Pattern NULL = Pattern.compile("(?:~|[Nn]ull|NULL)?");
    private static final Pattern BOOL = Pattern.compile("[Tt]rue|TRUE|[Ff]alse|FALSE");
    private static final Pattern INT_OCT = Pattern.compile("0o[0-7]+");
    private static final Pattern INT_DEC = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern INT_HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT_NAN = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");
    private static final Pattern FLOAT_EXP = Pattern.compile("[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)");

    private YamlScalars() {
    }

    /** A plain (unquoted, untagged) scalar. */
    static JsonNode plain(String value) {
        JsonNode node = nullOrBool(value);
        if (node == null) {
            node = integer(value);
        }
        if (node == null) {
            node = floating(value);
        }
        return node != null ? node : StringNode.valueOf(value);
    }

    /** A scalar with an explicit tag; an unknown tag or a value its tag does not accept is a string. */
    static JsonNode tagged(String tag, String value) {
        JsonNode node = null;
        switch (tag) {
            case TAG_PREFIX + "null":
                node = NULL.matcher(value).matches() ? NullNode.getInstance() : null;
                break;
            case TAG_PREFIX + "bool":
                node = BOOL.matcher(value).matches() ? BooleanNode.valueOf(value.charAt(0) == 't'
                        || value.charAt(0) == 'T') : null;
                break;
            case TAG_PREFIX + "int":
                node = integer(value);
                break;
            case TAG_PREFIX + "float":
                node = floating(value);
                break;
            default:
                break;
        }
        return node != null ? node : StringNode.valueOf(value);
    }

    private static JsonNode nullOrBool(String value) {
        if (NULL.matcher(value).matches()) {
            return NullNode.getInstance();
        }
        if (BOOL.matcher(value).matches()) {
            return BooleanNode.valueOf(value.charAt(0) == 't' || value.charAt(0) == 'T');
        }
        return null;
    }

    private static JsonNode integer(String value) {
        if (INT_OCT.matcher(value).matches()) {
            return JsTrees.number(new BigInteger(value.substring(2), 8).doubleValue());
        }
        if (INT_DEC.matcher(value).matches()) {
            return JsTrees.number(Double.parseDouble(value));
        }
        if (INT_HEX.matcher(value).matches()) {
            return JsTrees.number(new BigInteger(value.substring(2), 16).doubleValue());
        }
        return null;
    }

    private static JsonNode floating(String value) {
        if (FLOAT_NAN.matcher(value).matches()) {
            if (value.endsWith("nan") || value.endsWith("NaN") || value.endsWith("NAN")) {
                return DoubleNode.valueOf(Double.NaN);
            }
            return DoubleNode.valueOf(value.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (FLOAT_EXP.matcher(value).matches() || FLOAT.matcher(value).matches()) {
            return JsTrees.number(Double.parseDouble(value));
        }
        return null;
    }
}
