package dev.wazir.kit;

import dev.wazir.check.CommandRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Skills, templates and the contributor guides tell agents which wazir commands to run; every
 * such command (in a code span or a code block) must be one the CLI actually has.
 */
public class CommandMentionsTest {
    private static final Path ROOT = KitContent.root();
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern COMMAND =
            Pattern.compile("(?:^|[\\s;(|&])(?:\\./)?wazir\\s+([^\\s`]+)(?:\\s+([^\\s`]+))?");

    /** Reduces "wazir index build --json" to the registry subject "wazir index build". */
    static String subject(String first, String second) {
        if (first.equals("export") && "--check".equals(second)) {
            return "wazir export --check";
        }
        String family = "wazir " + first;
        if (second != null && !second.startsWith("-") && !second.startsWith("<") && !second.startsWith("\"")
                && CommandRegistry.supports(family + " " + second)) {
            return family + " " + second;
        }
        return family;
    }

    public static List<String> commandsIn(String text) {
        List<String> code = new ArrayList<>();
        boolean inFence = false;
        for (String line : text.split("\n", -1)) {
            if (line.stripLeading().startsWith("```")) {
                inFence = !inFence;
            } else if (inFence) {
                code.add(line);
            } else {
                Matcher span = CODE_SPAN.matcher(line);
                while (span.find()) {
                    code.add(span.group(1));
                }
            }
        }
        List<String> subjects = new ArrayList<>();
        for (String snippet : code) {
            Matcher m = COMMAND.matcher(snippet);
            while (m.find()) {
                subjects.add(subject(m.group(1), m.group(2)));
            }
        }
        return subjects;
    }

    @Test
    void commandExtractionReducesToRegistrySubjects() {
        String text = "Run `wazir index build --json` then `./wazir export --check`.\n"
                + "```sh\nwazir capture event --run <run-id> --event phase_enter\n```\n"
                + "Prose about the wazir pipeline is not a command; `wazir frobnicate` is.\n";
        assertEquals(List.of("wazir index build", "wazir export --check", "wazir capture event", "wazir frobnicate"),
                commandsIn(text));
    }

    @Test
    void everyWazirCommandMentionedInContentExists() {
        List<Path> files = new ArrayList<>();
        files.addAll(KitContent.filesUnder(ROOT.resolve("skills")));
        files.addAll(KitContent.filesUnder(ROOT.resolve("templates")));
        files.add(ROOT.resolve("AGENTS.md"));
        files.add(ROOT.resolve("CONTRIBUTING.md"));
        List<String> unknown = new ArrayList<>();
        int seen = 0;
        for (Path file : files) {
            for (String subject : commandsIn(KitContent.read(file))) {
                seen++;
                if (!CommandRegistry.supports(subject)) {
                    unknown.add(ROOT.relativize(file) + ": " + subject);
                }
            }
        }
        assertEquals(List.of(), unknown, "commands the CLI does not have");
        assertTrue(seen > 40, "only " + seen + " command mentions found; is the scanner broken?");
    }
}
