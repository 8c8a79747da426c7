package dev.wazir.guard;

import dev.wazir.WazirException;
import dev.wazir.cli.CommandResult;
import dev.wazir.cli.Invocation;
import dev.wazir.kit.JsonFiles;
import dev.wazir.kit.ProjectRoot;
import dev.wazir.kit.StateRoot;
import dev.wazir.kit.TextFiles;
import dev.wazir.kit.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a guard on a hook payload read from standard input and speaks the caller's language:
 * the 1.0.0 payload gets {@code {"guard_decision": ...}} with exit 0/42/43, a host payload gets
 * that host's decision JSON and exit 2 when blocked (see {@link Host}).
 */
public final class GuardRunner {
    /** 1.0.0 exit codes for a block. */
    public static final int PROTECTED_PATH_BLOCK = 42;
    public static final int LOOP_CAP_BLOCK = 43;
    static final int MAX_PAYLOAD_BYTES = 8 * 1024 * 1024;

    public enum Kind { PROTECTED_PATH, LOOP_CAP }

    private final Invocation invocation;

    public GuardRunner(Invocation invocation) {
        this.invocation = invocation;
    }

    public CommandResult run(Kind kind, Host hostOverride) {
        JsonNode payload;
        try {
            payload = readPayload(invocation.stdin());
        } catch (WazirException e) {
            return CommandResult.failure(1, e.getMessage() + "\n");
        }
        try {
            if (hostOverride != null || HostPayload.isHostPayload(payload)) {
                Host host = hostOverride != null ? hostOverride : Host.detect(payload);
                return kind == Kind.PROTECTED_PATH ? hostProtectedPath(payload, host) : hostLoopCap(payload, host);
            }
            GuardDecision decision = kind == Kind.PROTECTED_PATH ? legacyProtectedPath(payload) : legacyLoopCap(payload);
            int blockCode = kind == Kind.PROTECTED_PATH ? PROTECTED_PATH_BLOCK : LOOP_CAP_BLOCK;
            return new CommandResult(decision.allowed() ? 0 : blockCode, decision.legacyLine(), "");
        } catch (WazirException e) {
            return CommandResult.failure(1, e.getMessage() + "\n");
        }
    }

    /** Empty or blank input is the empty object, as in 1.0.0; anything else must be JSON. */
    static JsonNode readPayload(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        } catch (IOException e) {
            throw new WazirException("Could not read the hook payload: " + e.getMessage());
        }
        if (bytes.length > MAX_PAYLOAD_BYTES) {
            throw new WazirException("Hook payload is larger than " + MAX_PAYLOAD_BYTES + " bytes.");
        }
        String text = TextFiles.decode(bytes);
        if (isJsBlank(text)) {
            return dev.wazir.text.Json.object();
        }
        JsonNode node = JsonFiles.parse(text);
        return node == null ? NullNode.getInstance() : node;
    }

    private static boolean isJsBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c >= 0x09 && c <= 0x0D || c == 0x20 || c == 0xA0 || c == 0x1680
                    || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F
                    || c == 0x205F || c == 0x3000 || c == 0xFEFF;
            if (!space) {
                return false;
            }
        }
        return true;
    }

    private GuardDecision legacyProtectedPath(JsonNode payload) {
        requireObject(payload, "project_root");
        Path root = stringField(payload, "project_root")
                .map(p -> invocation.cwd().resolve(p).normalize())
                .orElse(invocation.cwd());
        String target = truthyString(payload, "target_path");
        if (target == null) {
            throw new WazirException("target_path is required");
        }
        String flow = Host.text(payload.get("approved_flow"));
        return ProtectedPathGuard.forProject(root).decide(target, root, flow);
    }

    private GuardDecision legacyLoopCap(JsonNode payload) {
        requireObject(payload, "run_id");
        String runId = truthyString(payload, "run_id");
        if (runId == null) {
            throw new WazirException("run_id is required");
        }
        String phase = truthyString(payload, "phase");
        if (phase == null) {
            throw new WazirException("phase is required");
        }
        String stateRoot = truthyString(payload, "state_root");
        if (stateRoot == null) {
            throw new WazirException("state_root is required");
        }
        double cap = loopCap(payload.get("loop_cap"));
        return LoopCapGuard.decide(runId, phase, stateRoot, cap, invocation.cwd());
    }

    private CommandResult hostProtectedPath(JsonNode payload, Host host) {
        if (!payload.isObject()) {
            throw new WazirException("Hook payload must be a JSON object");
        }
        Path workDir = HostPayload.workDir(payload, invocation.env(), invocation.cwd());
        Path root = ProjectRoot.find(workDir);
        List<String> targets = HostPayload.targets(payload);
        if (targets.isEmpty()) {
            return CommandResult.ok(host.allowOutput());
        }
        ProtectedPathGuard guard = ProtectedPathGuard.forProject(root);
        Path base = HostPayload.toolBase(payload, root, invocation.cwd());
        String flow = Host.text(payload.get("approved_flow"));
        for (String target : targets) {
            GuardDecision decision = guard.decide(target, base, flow);
            if (!decision.allowed()) {
                return block(host, payload, decision.reason());
            }
        }
        return CommandResult.ok(host.allowOutput());
    }

    private CommandResult hostLoopCap(JsonNode payload, Host host) {
        if (!payload.isObject()) {
            throw new WazirException("Hook payload must be a JSON object");
        }
        Path workDir = HostPayload.workDir(payload, invocation.env(), invocation.cwd());
        Path root = ProjectRoot.find(workDir);
        String stateRoot = truthyString(payload, "state_root");
        if (stateRoot == null) {
            JsonNode manifest = Yaml.read(root.resolve(ProjectRoot.MANIFEST));
            stateRoot = StateRoot.resolve(root, manifest, invocation.cwd(), invocation.home()).toString();
        }
        Path runs = invocation.cwd().resolve(stateRoot).resolve("runs");
        String runId = firstNonEmpty(truthyString(payload, "run_id"), invocation.env().get("WAZIR_RUN_ID"),
                readLatest(runs));
        Double cap = payload.has("loop_cap") ? Double.valueOf(loopCap(payload.get("loop_cap")))
                : envCap(invocation.env().get("WAZIR_LOOP_CAP"));
        if (runId == null || cap == null) {
            return CommandResult.ok(host.allowOutput());
        }
        RunIds.requirePlain(runId);
        Path status = runs.resolve(runId).resolve("status.json");
        if (!Files.isRegularFile(status)) {
            return CommandResult.ok(host.allowOutput());
        }
        String phase = firstNonEmpty(truthyString(payload, "phase"), invocation.env().get("WAZIR_PHASE"),
                Host.text(JsonFiles.parse(TextFiles.read(status)).get("phase")));
        if (phase == null) {
            return CommandResult.ok(host.allowOutput());
        }
        GuardDecision decision = LoopCapGuard.decide(runId, phase, stateRoot, cap, invocation.cwd());
        return decision.allowed() ? CommandResult.ok(host.allowOutput()) : block(host, payload, decision.reason());
    }

    private static CommandResult block(Host host, JsonNode payload, String reason) {
        String event = Host.text(payload.get("hook_event_name"));
        if (host.cannotBlock(event)) {
            // Nothing can be refused at this event: tell the agent (and the user) instead, which the
            // host reads only from a zero exit.
            return new CommandResult(0, host.noticeOutput(reason, event), reason + "\n");
        }
        return new CommandResult(Host.BLOCK_EXIT, host.denyOutput(reason, event), reason + "\n");
    }

    private static String readLatest(Path runs) {
        Path latest = runs.resolve("latest");
        if (!Files.isRegularFile(latest)) {
            return null;
        }
        try {
            String id = new String(Files.readAllBytes(latest), StandardCharsets.UTF_8).strip();
            return id.isEmpty() ? null : id;
        } catch (IOException e) {
            return null;
        }
    }

    private static Double envCap(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(value.strip());
            if (v >= 1) {
                return (double) v;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new WazirException("WAZIR_LOOP_CAP must be a positive integer");
    }

    private static double loopCap(JsonNode node) {
        if (node == null || !node.isNumber()) {
            throw new WazirException("loop_cap must be a positive integer");
        }
        double v = node.doubleValue();
        if (v != Math.rint(v) || v < 1 || Double.isInfinite(v)) {
            throw new WazirException("loop_cap must be a positive integer");
        }
        return v;
    }

    private static void requireObject(JsonNode payload, String firstField) {
        if (payload.isNull()) {
            throw new WazirException("Cannot read properties of null (reading '" + firstField + "')");
        }
    }

    /** A JavaScript-truthy string field; a truthy non-string is refused with a clear message. */
    private static String truthyString(JsonNode payload, String field) {
        if (!payload.isObject()) {
            return null;
        }
        JsonNode value = payload.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.stringValue().isEmpty() ? null : value.stringValue();
        }
        if (value.isBoolean() && !value.booleanValue() || value.isNumber() && value.doubleValue() == 0) {
            return null;
        }
        throw new WazirException(field + " must be a string");
    }

    private static java.util.Optional<String> stringField(JsonNode payload, String field) {
        return java.util.Optional.ofNullable(truthyString(payload, field));
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }
}
