package dev.wazir.capture;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;
import dev.wazir.kit.JsonFiles;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The "capture fixture" of the spec: a project with a JSON manifest and its state root in {@code .state-root}. */
final class CaptureFixture {
    final Path root;
    final Path state;

    CaptureFixture(Path dir) {
        root = dir.toAbsolutePath().normalize();
        state = root.resolve(".state-root");
        write(root.resolve("wazir.manifest.yaml"),
                "{\"project\":{\"name\":\"fixture-capture\"},\"paths\":{\"state_root_default\":\".state-root\"}}\n");
    }

    CommandResult run(String... args) {
        return Cli.run(root, Map.of(), "", args);
    }

    CommandResult runWithInput(String stdin, String... args) {
        return Cli.run(root, Map.of(), stdin, args);
    }

    CommandResult init(String run) {
        CommandResult result = run("capture", "init", "--run", run, "--phase", "clarify", "--status", "running");
        if (result.exitCode() != 0) {
            throw new AssertionError("init failed: " + result.stderr());
        }
        return result;
    }

    Path runRoot(String run) {
        return state.resolve("runs").resolve(run);
    }

    JsonNode json(Path file) {
        return JsonFiles.parse(read(file));
    }

    JsonNode status(String run) {
        return json(runRoot(run).resolve("status.json"));
    }

    JsonNode usage(String run) {
        return json(runRoot(run).resolve("usage.json"));
    }

    List<JsonNode> events(String run) {
        List<JsonNode> events = new ArrayList<>();
        for (String line : read(runRoot(run).resolve("events.ndjson")).split("\n")) {
            events.add(JsonFiles.parse(line));
        }
        return events;
    }

    JsonNode lastEvent(String run) {
        List<JsonNode> events = events(run);
        return events.get(events.size() - 1);
    }

    /** Every file under the project (the state root included) with its bytes, to prove a command changed nothing. */
    Map<String, String> snapshot() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(p -> {
                String key = root.relativize(p).toString();
                try {
                    files.put(key, Files.isDirectory(p) ? "<dir>"
                            : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces ISO timestamps (and capture-name timestamps) by fixed markers for exact comparisons. */
    static String withoutTimes(String text) {
        return text.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z", "<ISO>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z", "<T>");
    }
}
