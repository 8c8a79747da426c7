package dev.wazir.capture;

import dev.wazir.WazirException;
import dev.wazir.text.Json;
import dev.wazir.text.JsNumbers;
import dev.wazir.text.JsValues;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;

/** {@code wazir capture usage}: the usage document as JSON, or the 1.0.0 Markdown report. */
public final class UsageReport {
    private final List<String> warnings;
    private final Path usagePath;

    public UsageReport(Path usagePath, List<String> warnings) {
        this.usagePath = usagePath;
        this.warnings = warnings;
    }

    /**
     * The report text (without the command's final line feed). With {@code phase} naming a phase
     * present in the document, only that phase is shown.
     */
    public String render(JsonNode usage, String phase, boolean json) {
        JsonNode shown = usage;
        if (phase != null && usage.isObject()) {
            JsonNode phases = usage.get("phases");
            if (phases != null && phases.isObject() && JsValues.truthy(phases.get(phase))) {
                ObjectNode filtered = ((ObjectNode) usage).deepCopy();
                ObjectNode only = Json.object();
                only.set(phase, phases.get(phase));
                filtered.set("phases", only);
                shown = filtered;
            }
        }
        if (json) {
            return Json.pretty(shown);
        }
        return text(shown);
    }

    private double est(double bytes) {
        return UsageLedger.estimateTokens(bytes, warnings);
    }

    private String text(JsonNode usage) {
        JsonNode savings = usage.path("savings");
        JsonNode cr = savings.path("capture_routing");
        JsonNode cm = savings.path("context_mode");
        JsonNode co = savings.path("compaction");

        double crAvoided = number(cr, "savings.capture_routing", "estimated_tokens_avoided");
        double crSummary = number(cr, "savings.capture_routing", "summary_bytes");
        double cmRawKb = number(cm, "savings.context_mode", "raw_kb");
        double cmContextKb = number(cm, "savings.context_mode", "context_kb");
        double coPre = number(co, "savings.compaction", "pre_compaction_tokens_est");
        double coPost = number(co, "savings.compaction", "post_compaction_tokens_est");

        double crRaw = crAvoided + est(crSummary);
        double crAfter = est(crSummary);
        double cmRaw = est(round(cmRawKb * 1024));
        double cmAfter = est(round(cmContextKb * 1024));
        double coSaved = coPre - coPost;

        double withoutSavings = crRaw + cmRaw + coPre;
        double saOnly = cmRaw + coPost + crAfter;
        double withAll = crAfter + cmAfter + coPost;
        String overallPct = withoutSavings > 0
                ? JsNumbers.toFixed((1 - withAll / withoutSavings) * 100, 1)
                : "0.0";

        StringBuilder out = new StringBuilder();
        out.append("# Usage Report: ").append(JsValues.toJsString(usage.get("run_id"))).append("\n\n");

        out.append("## Token Savings by Strategy\n");
        out.append("| Strategy         | Raw (est. tokens) | After (est. tokens) | Avoided            |\n");
        out.append("|------------------|--------------------|---------------------|--------------------|\n");
        row(out, "Capture routing ", fmt(crRaw), 18, fmt(crAfter), 19, fmt(crAvoided), 18);
        row(out, "Context-mode    ", fmt(cmRaw), 18, fmt(cmAfter), 19, fmt(cmRaw - cmAfter), 18);
        row(out, "Compaction      ", fmt(coPre), 18, fmt(coPost), 19, fmt(coSaved), 18);
        out.append('\n');

        out.append("## \"What If\" Comparison\n");
        out.append("| Scenario                          | Est. tokens consumed |\n");
        out.append("|-----------------------------------|----------------------|\n");
        out.append("| Without any savings strategies    | ").append(padStart(fmt(withoutSavings), 20)).append(" |\n");
        out.append("| With Wazir savings only      | ").append(padStart(fmt(saOnly), 20)).append(" |\n");
        out.append("| With Wazir + context-mode    | ").append(padStart(fmt(withAll), 20)).append(" |\n");
        out.append("| **Actual savings**                | **").append(overallPct).append("%**")
                .append(" ".repeat(Math.max(0, 14 - overallPct.length()))).append(" |\n");
        out.append('\n');

        JsonNode phases = usage.path("phases");
        List<String> phaseNames = entries(phases, "phases");
        if (!phaseNames.isEmpty()) {
            out.append("## Phase Breakdown\n");
            out.append("| Phase    | Events | Raw bytes   | Summary bytes | Est. tokens avoided |\n");
            out.append("|----------|--------|-------------|---------------|---------------------|\n");
            for (String name : phaseNames) {
                JsonNode p = phases.get(name);
                String where = "phases." + name;
                out.append("| ").append(padEnd(name, 8))
                        .append(" | ").append(padStart(JsValues.toJsString(p.get("events_count")), 6))
                        .append(" | ").append(padStart(fmt(p, where, "capture_bytes_raw"), 11))
                        .append(" | ").append(padStart(fmt(p, where, "capture_bytes_summary"), 13))
                        .append(" | ").append(padStart(fmt(p, where, "estimated_tokens_avoided"), 19))
                        .append(" |\n");
            }
            out.append('\n');
        }

        JsonNode roles = usage.path("roles");
        List<String> roleNames = entries(roles, "roles");
        if (!roleNames.isEmpty()) {
            out.append("## Role Breakdown\n");
            out.append("| Role       | Events | Raw bytes   | Est. tokens if raw |\n");
            out.append("|------------|--------|-------------|--------------------|\n");
            for (String name : roleNames) {
                JsonNode r = roles.get(name);
                String where = "roles." + name;
                out.append("| ").append(padEnd(name, 10))
                        .append(" | ").append(padStart(JsValues.toJsString(r.get("events_count")), 6))
                        .append(" | ").append(padStart(fmt(r, where, "capture_bytes_raw"), 11))
                        .append(" | ").append(padStart(fmt(r, where, "estimated_tokens_if_raw"), 18))
                        .append(" |\n");
            }
            out.append('\n');
        }

        out.append("Estimation method: byte heuristic (ceil(bytes/4))\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String label, String a, int wa, String b, int wb, String c, int wc) {
        out.append("| ").append(label).append(" | ").append(padStart(a, wa)).append(" | ")
                .append(padStart(b, wb)).append(" | ").append(padStart(c, wc)).append(" |\n");
    }

    private List<String> entries(JsonNode container, String where) {
        if (container.isMissingNode() || container.isNull()) {
            throw shape(where + " is not an object");
        }
        if (!container.isObject()) {
            return List.of();
        }
        List<String> names = Json.orderedKeys(container);
        for (String name : names) {
            if (!container.get(name).isObject()) {
                throw shape(where + "." + name + " is not an object");
            }
        }
        return names;
    }

    private double number(JsonNode parent, String where, String key) {
        JsonNode value = parent.get(key);
        if (value == null || !value.isNumber()) {
            throw shape(where + "." + key + " is not a number");
        }
        return value.doubleValue();
    }

    /** {@code value.toLocaleString('en-US')} of a stored field (strings print as they are). */
    private String fmt(JsonNode parent, String where, String key) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            throw shape(where + "." + key + " is missing");
        }
        if (value.isNumber()) {
            return fmt(value.doubleValue());
        }
        return JsValues.toJsString(value);
    }

    /** {@code Math.round}: halves go up; NaN, infinities and values without a fraction stay. */
    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) >= 4503599627370496.0) {
            return x;
        }
        return (double) Math.round(x);
    }

    private static String fmt(double value) {
        return JsNumbers.toLocaleString(value);
    }

    private WazirException shape(String detail) {
        return new WazirException("Malformed usage.json at " + usagePath + " (" + detail
                + "); repair or remove it, then retry");
    }

    static String padStart(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    static String padEnd(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
