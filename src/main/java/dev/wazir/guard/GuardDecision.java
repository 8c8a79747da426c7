package dev.wazir.guard;

import dev.wazir.text.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * A guard's verdict. The JSON form keeps the 1.0.0 key order for each guard:
 * protected-path {allowed, reason, [protected_path], relative_target_path};
 * loop-cap {allowed, reason, current_loop_count, loop_cap, status_path}.
 */
public record GuardDecision(boolean allowed, String reason, ObjectNode json) {

    static GuardDecision pathAllowed(String reason, String relative) {
        ObjectNode o = Json.object();
        o.put("allowed", true);
        o.put("reason", reason);
        o.put("relative_target_path", relative);
        return new GuardDecision(true, reason, o);
    }

    static GuardDecision pathBlocked(String entry, String relative) {
        String reason = "Protected path blocked: " + relative;
        ObjectNode o = Json.object();
        o.put("allowed", false);
        o.put("reason", reason);
        o.put("protected_path", entry);
        o.put("relative_target_path", relative);
        return new GuardDecision(false, reason, o);
    }

    static GuardDecision loop(boolean allowed, String phase, double current, double cap, String statusPath) {
        String reason = allowed
                ? "Loop count " + Json.number(current) + "/" + Json.number(cap) + " is within cap for phase " + phase + "."
                : "Loop cap reached for phase " + phase + ": " + Json.number(current) + "/" + Json.number(cap);
        ObjectNode o = Json.object();
        o.put("allowed", allowed);
        o.put("reason", reason);
        putNumber(o, "current_loop_count", current);
        putNumber(o, "loop_cap", cap);
        o.put("status_path", statusPath);
        return new GuardDecision(allowed, reason, o);
    }

    private static void putNumber(ObjectNode o, String key, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 9.007199254740992E15) {
            o.put(key, (long) value);
        } else {
            o.put(key, value);
        }
    }

    /** The 1.0.0 hook script output: {"guard_decision": ...} compact, plus a line feed. */
    public String legacyLine() {
        ObjectNode wrapper = Json.object();
        wrapper.set("guard_decision", json);
        return Json.compact(wrapper) + "\n";
    }
}
