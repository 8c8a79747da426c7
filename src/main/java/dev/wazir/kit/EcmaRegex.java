package dev.wazir.kit;

import dev.wazir.WazirException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * ECMAScript regular expressions with the {@code u} flag (what Ajv compiles {@code pattern} and
 * {@code patternProperties} with), translated to {@link java.util.regex}: {@code .} excludes only
 * JS line terminators, {@code $} is the end of input, {@code \s} is the JS white-space set,
 * {@code \\u{...}} escapes, {@code [^]}, and literal {@code [} / {@code &&} inside classes.
 */
final class EcmaRegex {
    private static final String JS_SPACE = "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private EcmaRegex() {
    }

    static Pattern compile(String source) {
        Pattern cached = CACHE.get(source);
        if (cached != null) {
            return cached;
        }
        try {
            Pattern pattern = Pattern.compile(translate(source));
            CACHE.put(source, pattern);
            return pattern;
        } catch (IllegalArgumentException e) {
            String reason = e instanceof PatternSyntaxException
                    ? ((PatternSyntaxException) e).getDescription() : e.getMessage();
            throw new WazirException("Invalid regular expression: /" + source + "/u: " + reason);
        }
    }

    static String translate(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        boolean inClass = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char e = s.charAt(i + 1);
                if (e == 's') {
                    out.append(inClass ? JS_SPACE : "[" + JS_SPACE + "]");
                    i++;
                } else if (e == 'S' && !inClass) {
                    out.append("[^").append(JS_SPACE).append(']');
                    i++;
                } else if (e == 'u' && i + 2 < n && s.charAt(i + 2) == '{') {
                    int close = s.indexOf('}', i + 3);
                    if (close < 0) {
                        throw new IllegalArgumentException("Invalid Unicode escape");
                    }
                    out.append("\\x{").append(s, i + 3, close).append('}');
                    i = close;
                } else if (e == '/') {
                    out.append('/');
                    i++;
                } else {
                    out.append(c).append(e);
                    i++;
                }
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                    out.append(c);
                } else if (c == '[') {
                    out.append("\\[");
                } else if (c == '&' && i + 1 < n && s.charAt(i + 1) == '&') {
                    out.append("&\\&");
                    i++;
                } else {
                    out.append(c);
                }
                continue;
            }
            if (c == '[') {
                if (s.startsWith("[^]", i)) {
                    out.append("[\\s\\S]");
                    i += 2;
                } else if (s.startsWith("[]", i)) {
                    out.append("(?!)");
                    i += 1;
                } else {
                    inClass = true;
                    out.append(c);
                    if (i + 1 < n && s.charAt(i + 1) == '^') {
                        out.append('^');
                        i++;
                    }
                    if (i + 1 < n && s.charAt(i + 1) == ']') {
                        // A leading ] is literal in Java but closes an empty class in JS; not reachable with u.
                        out.append("\\]");
                        i++;
                    }
                }
            } else if (c == '.') {
                out.append("[^\\n\\r\\u2028\\u2029]");
            } else if (c == '$') {
                out.append("\\z");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
