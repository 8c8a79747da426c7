package dev.wazir.kit;

import dev.wazir.WazirException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

import java.util.LinkedHashMap;

/**
 * A JSON parser that fails where V8's {@code JSON.parse} fails, with V8's message for that
 * failure (Node 22): fixed templates ending in {@code at position N (line L column C)},
 * {@code Unexpected end of JSON input}, and {@code Unexpected token 'x', "<context>" is not valid
 * JSON} with V8's 10-character context window.
 */
final class JsonParser {
    /** Deeper nesting than this is refused with a clear error instead of exhausting the stack. */
    static final int MAX_DEPTH = 1000;
    private static final int MAX_CONTEXT = 10;
    private static final int MIN_LENGTH_FOR_CONTEXT = MAX_CONTEXT * 2 + 1;

    private enum Token { STRING, NUMBER, LITERAL, LBRACE, RBRACE, LBRACK, RBRACK, COLON, COMMA, WHITESPACE, ILLEGAL, EOS }

    private final String src;
    private int pos;
    private int depth;

    JsonParser(String src) {
        this.src = src;
    }

    JsonNode parse() {
        JsonNode value = value();
        skipWhitespace();
        if (pos < src.length()) {
            throw fixed("Unexpected non-whitespace character after JSON");
        }
        return value;
    }

    private static Token tokenOf(int c) {
        if (c < 0) {
            return Token.EOS;
        }
        switch (c) {
            case '"':
                return Token.STRING;
            case '-': case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
                return Token.NUMBER;
            case 't': case 'f': case 'n':
                return Token.LITERAL;
            case '{':
                return Token.LBRACE;
            case '}':
                return Token.RBRACE;
            case '[':
                return Token.LBRACK;
            case ']':
                return Token.RBRACK;
            case ':':
                return Token.COLON;
            case ',':
                return Token.COMMA;
            case ' ': case '\t': case '\r': case '\n':
                return Token.WHITESPACE;
            default:
                return Token.ILLEGAL;
        }
    }

    private int current() {
        return pos < src.length() ? src.charAt(pos) : -1;
    }

    private void skipWhitespace() {
        while (pos < src.length() && tokenOf(src.charAt(pos)) == Token.WHITESPACE) {
            pos++;
        }
    }

    private JsonNode value() {
        skipWhitespace();
        int c = current();
        switch (tokenOf(c)) {
            case STRING:
                return StringNode.valueOf(string());
            case NUMBER:
                return number();
            case LITERAL:
                return literal();
            case LBRACE:
                return object();
            case LBRACK:
                return array();
            default:
                throw unexpected(c);
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new WazirException("JSON input is nested too deeply (more than " + MAX_DEPTH
                    + " levels) at position " + pos + location());
        }
    }

    private JsonNode object() {
        enter();
        pos++;
        LinkedHashMap<String, JsonNode> entries = new LinkedHashMap<>();
        skipWhitespace();
        if (current() == '}') {
            pos++;
            depth--;
            return JsTrees.object(entries);
        }
        boolean first = true;
        while (true) {
            skipWhitespace();
            if (current() != '"') {
                throw fixed(first ? "Expected property name or '}' in JSON" : "Expected double-quoted property name in JSON");
            }
            String key = string();
            skipWhitespace();
            if (current() != ':') {
                throw fixed("Expected ':' after property name in JSON");
            }
            pos++;
            JsonNode value = value();
            entries.put(key, value);
            first = false;
            skipWhitespace();
            if (current() == ',') {
                pos++;
                continue;
            }
            if (current() == '}') {
                pos++;
                depth--;
                return JsTrees.object(entries);
            }
            throw fixed("Expected ',' or '}' after property value in JSON");
        }
    }

    private JsonNode array() {
        enter();
        pos++;
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        skipWhitespace();
        if (current() == ']') {
            pos++;
            depth--;
            return array;
        }
        while (true) {
            array.add(value());
            skipWhitespace();
            if (current() == ',') {
                pos++;
                continue;
            }
            if (current() == ']') {
                pos++;
                depth--;
                return array;
            }
            throw fixed("Expected ',' or ']' after array element in JSON");
        }
    }

    private JsonNode literal() {
        String word = current() == 't' ? "true" : current() == 'f' ? "false" : "null";
        int remaining = src.length() - pos;
        if (remaining >= word.length() && src.startsWith(word, pos)) {
            pos += word.length();
            return word.equals("null") ? NullNode.getInstance() : BooleanNode.valueOf(word.equals("true"));
        }
        pos++;
        for (int i = 1; i < Math.min(word.length(), remaining); i++) {
            if (src.charAt(pos) != word.charAt(i)) {
                throw unexpected(src.charAt(pos));
            }
            pos++;
        }
        throw unexpected(-1);
    }

    private JsonNode number() {
        int start = pos;
        if (current() == '-') {
            pos++;
        }
        if (current() == '0') {
            pos++;
            if (isDigit(current())) {
                throw fixed("Unexpected number in JSON");
            }
        } else {
            if (!isDigit(current())) {
                throw fixed("No number after minus sign in JSON");
            }
            while (isDigit(current())) {
                pos++;
            }
        }
        if (current() == '.') {
            pos++;
            if (!isDigit(current())) {
                throw fixed("Unterminated fractional number in JSON");
            }
            while (isDigit(current())) {
                pos++;
            }
        }
        if (current() == 'e' || current() == 'E') {
            pos++;
            if (current() == '-' || current() == '+') {
                pos++;
            }
            if (!isDigit(current())) {
                throw fixed("Exponent part is missing a number in JSON");
            }
            while (isDigit(current())) {
                pos++;
            }
        }
        return JsTrees.number(Double.parseDouble(src.substring(start, pos)));
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private String string() {
        pos++;
        StringBuilder out = null;
        int runStart = pos;
        while (true) {
            if (pos >= src.length()) {
                throw fixed("Unterminated string in JSON");
            }
            char c = src.charAt(pos);
            if (c == '"') {
                String result = out == null ? src.substring(runStart, pos)
                        : out.append(src, runStart, pos).toString();
                pos++;
                return result;
            }
            if (c < 0x20) {
                throw fixed("Bad control character in string literal in JSON");
            }
            if (c != '\\') {
                pos++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder();
            }
            out.append(src, runStart, pos);
            pos++;
            int e = current();
            if (e < 0 || e > 0xFF) {
                throw unexpected(e);
            }
            switch (e) {
                case '"': out.append('"'); break;
                case '\\': out.append('\\'); break;
                case '/': out.append('/'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'u': {
                    int value = 0;
                    for (int i = 0; i < 4; i++) {
                        pos++;
                        int digit = hexValue(current());
                        if (digit < 0) {
                            throw fixed("Bad Unicode escape in JSON");
                        }
                        value = value * 16 + digit;
                    }
                    out.append((char) value);
                    break;
                }
                default:
                    throw fixed("Bad escaped character in JSON");
            }
            pos++;
            runStart = pos;
        }
    }

    /** A fixed V8 template: {@code <text> at position N (line L column C)}. */
    private WazirException fixed(String text) {
        return new WazirException(text + " at position " + pos + location());
    }

    private String location() {
        int line = 1;
        int lastBreak = 0;
        for (int i = 0; i < pos && i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\r' && i < pos - 1 && src.charAt(i + 1) == '\n') {
                i++;
            }
            if (src.charAt(i) == '\r' || src.charAt(i) == '\n') {
                line++;
                lastBreak = i + 1;
            }
        }
        return " (line " + line + " column " + (1 + pos - lastBreak) + ")";
    }

    /** V8's message for an unexpected character at {@link #pos} (-1: the end of the input). */
    private WazirException unexpected(int c) {
        Token token = c > 0xFF ? Token.ILLEGAL : tokenOf(c);
        switch (token) {
            case EOS:
                return new WazirException("Unexpected end of JSON input");
            case NUMBER:
                return fixed("Unexpected number in JSON");
            case STRING:
                return fixed("Unexpected string in JSON");
            default:
                break;
        }
        if (src.equals("[object Object]") || src.equals("undefined") || src.equals("Infinity") || src.equals("NaN")) {
            return new WazirException("\"" + src + "\" is not valid JSON");
        }
        String ch = String.valueOf(src.charAt(pos));
        int length = src.length();
        if (length < MIN_LENGTH_FOR_CONTEXT) {
            return new WazirException("Unexpected token '" + ch + "', \"" + src + "\" is not valid JSON");
        }
        if (pos < MAX_CONTEXT) {
            return new WazirException("Unexpected token '" + ch + "', \"" + src.substring(0, pos + MAX_CONTEXT)
                    + "\"... is not valid JSON");
        }
        if (pos < length - MAX_CONTEXT) {
            return new WazirException("Unexpected token '" + ch + "', ...\"" + src.substring(pos - MAX_CONTEXT,
                    pos + MAX_CONTEXT) + "\"... is not valid JSON");
        }
        return new WazirException("Unexpected token '" + ch + "', ...\"" + src.substring(pos - MAX_CONTEXT)
                + "\" is not valid JSON");
    }
}
