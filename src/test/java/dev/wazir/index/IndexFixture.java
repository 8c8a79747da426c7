package dev.wazir.index;

import dev.wazir.Cli;
import dev.wazir.cli.CommandResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The small project of the original test suite (spec §11.4), state root {@code <root>/.state-root}. The
 * manifest here is a short JSON one (5 keys) instead of the original's 71-line file (46 keys), so totals are
 * 4 files, 9 symbols (5 manifest keys, 2 in widget.js, 2 in shape.json) and 12 outlines (plus 3 headings).
 */
public final class IndexFixture {
    public static final String WIDGET = "export function makeWidget(name) {\n  return { name };\n}\n\n"
            + "export class WidgetStore {\n  constructor() {\n    this.items = [];\n  }\n}\n";
    public final Path root;
    public final Path state;
    public final Path db;

    public IndexFixture(Path root) throws IOException {
        this.root = root;
        this.state = root.resolve(".state-root");
        this.db = Sql.db(state);
        write("wazir.manifest.yaml", "{\n  \"manifest_version\": 2,\n  \"project\": {\n    \"name\": \"fixture-index\"\n  },\n"
                + "  \"paths\": {\n    \"state_root_default\": \"~/.wazir/projects/{project_slug}\"\n  }\n}\n");
        write("docs/guide.md", "# Guide\nIntro line\n## Install\nInstall details\n## Usage\nUsage details\n");
        write("src/widget.js", WIDGET);
        write("schemas/shape.json", "{\n  \"title\": \"Shape\",\n  \"type\": \"object\"\n}");
    }

    public void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public CommandResult run(String... args) {
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--state-root";
        full[args.length + 1] = state.toString();
        return Cli.run(root, full);
    }

    /** Runs a command that must succeed silently on stderr; returns stdout. */
    public String ok(String... args) {
        CommandResult r = run(args);
        if (r.exitCode() != 0 || !r.stderr().isEmpty()) {
            throw new AssertionError("wazir " + String.join(" ", args) + " failed: " + r);
        }
        return r.stdout();
    }

    public long count(String table) {
        return Long.parseLong(Sql.one(db, "SELECT COUNT(*) FROM " + table));
    }
}
