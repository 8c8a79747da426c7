package dev.wazir.guard;

import dev.wazir.text.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Locale;

/**
 * The agent host that called a guard, and how that host wants a decision spoken: Claude Code
 * and Codex read {@code hookSpecificOutput.permissionDecision}, Gemini CLI reads
 * {@code decision}, Cursor reads {@code permission}. Claude Code and Gemini CLI block only on
 * exit code 2 (stderr is the reason); Cursor and Codex honour exit 2 as well.
 */
public enum Host {
    CLAUDE, CODEX, GEMINI, CURSOR;

    public static final int BLOCK_EXIT = 2;

    public static Host parse(String name) {
        for (Host h : values()) {
            if (h.name().toLowerCase(Locale.ROOT).equals(name)) {
                return h;
            }
        }
        return null;
    }

    /** Guesses the host from the payload's shape. */
    static Host detect(JsonNode payload) {
        if (payload.has("workspace_roots") || payload.has("conversation_id") || payload.has("cursor_version")) {
            return CURSOR;
        }
        String event = text(payload.get("hook_event_name"));
        if (event != null) {
            if (event.equals("BeforeTool") || event.equals("AfterTool") || event.equals("BeforeAgent")) {
                return GEMINI;
            }
            if (!event.isEmpty() && Character.isLowerCase(event.charAt(0))) {
                return CURSOR;
            }
        }
        if (payload.has("turn_id")) {
            return CODEX;
        }
        return CLAUDE;
    }

    static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    /** What to print on stdout when the host should let the tool call through. */
    String allowOutput() {
        if (this == CURSOR) {
            ObjectNode o = Json.object();
            o.put("permission", "allow");
            return Json.compact(o) + "\n";
        }
        return "{}\n";
    }

    /**
     * Claude Code and Codex cannot refuse anything at {@code SessionStart}: exit 2 there only shows
     * stderr to the user, and a permission decision is not read. The agent learns of the block only
     * through context the hook adds.
     */
    boolean cannotBlock(String event) {
        return (this == CLAUDE || this == CODEX) && "SessionStart".equals(event);
    }

    /** The {@code SessionStart} answer for a block: a notice for the user and context for the agent. */
    String noticeOutput(String reason, String event) {
        ObjectNode o = Json.object();
        o.put("systemMessage", reason);
        ObjectNode specific = o.putObject("hookSpecificOutput");
        specific.put("hookEventName", event);
        specific.put("additionalContext", reason + ". Do not start another loop of this phase; "
                + "report the state to the user and ask how to go on.");
        return Json.compact(o) + "\n";
    }

    /** What to print on stdout when the host should refuse the tool call. */
    String denyOutput(String reason, String event) {
        ObjectNode o = Json.object();
        switch (this) {
            case CURSOR:
                o.put("permission", "deny");
                o.put("user_message", reason);
                o.put("agent_message", reason);
                break;
            case GEMINI:
                o.put("decision", "deny");
                o.put("reason", reason);
                break;
            default:
                ObjectNode specific = Json.object();
                specific.put("hookEventName", event == null || event.isEmpty() ? "PreToolUse" : event);
                specific.put("permissionDecision", "deny");
                specific.put("permissionDecisionReason", reason);
                o.set("hookSpecificOutput", specific);
        }
        return Json.compact(o) + "\n";
    }
}
