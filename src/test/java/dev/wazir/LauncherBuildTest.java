package dev.wazir;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher's build step, with stand-ins for Maven and Java: launchers started together build
 * once (with flock, and with the folder lock used where flock is missing), a failed build leaves
 * no lock behind, and WAZIR_NO_REBUILD keeps a present jar even when the sources are newer.
 */
class LauncherBuildTest {
    @TempDir
    Path dir;
    private Path kit;
    private Path builds;
    private Path tools;

    @BeforeEach
    void kit() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
        kit = Files.createDirectories(dir.resolve("kit"));
        Files.copy(Path.of("wazir"), kit.resolve("wazir"));
        executable(kit.resolve("wazir"));
        Files.writeString(kit.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(kit.resolve("src/main"));
        Files.writeString(kit.resolve("src/main/Source.java"), "class Source {}\n");
        builds = dir.resolve("builds.txt");
        tools = Files.createDirectories(dir.resolve("tools"));
        // Maven stand-in: counts its runs, takes a moment, then writes the jar (or fails on request).
        script(tools.resolve("mvn"), "echo build >> '" + builds + "'\n"
                + "sleep 1\n"
                + "if [ -f '" + kit.resolve("fail") + "' ]; then echo 'compile error' >&2; exit 1; fi\n"
                + "mkdir -p '" + kit.resolve("target") + "'\n"
                + "echo jar > '" + kit.resolve("target/wazir.jar") + "'\n");
        // Java stand-in: training runs write nothing, so no archive is made; a command run says so.
        script(Files.createDirectories(dir.resolve("jdk/bin")).resolve("java"), "echo launched\n");
    }

    private void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body);
        executable(file);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A PATH of the tools the launcher needs, without flock, for the folder-lock path. */
    private String pathWithoutFlock() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("no-flock-bin"));
        for (String tool : List.of("readlink", "dirname", "find", "head", "mkdir", "rmdir", "rm", "mv", "sleep",
                "uname", "cat")) {
            for (String folder : List.of("/usr/bin", "/bin")) {
                Path real = Path.of(folder, tool);
                if (Files.isExecutable(real) && !Files.exists(bin.resolve(tool))) {
                    Files.createSymbolicLink(bin.resolve(tool), real.toRealPath());
                }
            }
        }
        return tools + ":" + bin;
    }

    private Process start(String path, String... env) throws IOException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", kit.resolve("wazir").toString(), "--help"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(kit.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("PATH", path);
        pb.environment().remove("WAZIR_NO_REBUILD");
        for (int i = 0; i + 1 < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        return pb.start();
    }

    private static String finish(Process process) throws Exception {
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher finishes");
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private int buildCount() throws IOException {
        return Files.exists(builds) ? Files.readAllLines(builds).size() : 0;
    }

    private void launchersStartedTogetherBuildOnce(String path) throws Exception {
        Process first = start(path);
        Thread.sleep(300);
        Process second = start(path);
        String one = finish(first);
        String two = finish(second);
        assertEquals(0, first.exitValue(), one);
        assertEquals(0, second.exitValue(), two);
        assertTrue(one.endsWith("launched\n") && two.endsWith("launched\n"), one + two);
        assertEquals(1, buildCount(), "one build for two launchers");
        assertFalse(Files.exists(kit.resolve("target/.build.lock.d")), "the folder lock is released");
    }

    @Test
    void launchersStartedTogetherBuildOnceWithFlock() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/flock")) || Files.isExecutable(Path.of("/bin/flock")));
        launchersStartedTogetherBuildOnce(tools + ":" + System.getenv("PATH"));
    }

    @Test
    void launchersStartedTogetherBuildOnceWithTheFolderLock() throws Exception {
        launchersStartedTogetherBuildOnce(pathWithoutFlock());
    }

    @Test
    void aFailedBuildShowsMavensOutputExitsOneAndReleasesTheLock() throws Exception {
        Files.writeString(kit.resolve("fail"), "");
        Process launcher = start(pathWithoutFlock());
        String output = finish(launcher);
        assertEquals(1, launcher.exitValue(), output);
        assertTrue(output.contains("compile error\n"), output);
        assertTrue(output.contains("wazir: the build failed"), output);
        assertFalse(output.contains("launched"), output);
        assertFalse(Files.exists(kit.resolve("target/.build.lock.d")));
    }

    @Test
    void noRebuildKeepsAPresentJarButStillBuildsAMissingOne() throws Exception {
        Files.createDirectories(kit.resolve("target"));
        Files.writeString(kit.resolve("target/wazir.jar"), "jar\n");
        Files.setLastModifiedTime(kit.resolve("target/wazir.jar"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        String path = tools + ":" + System.getenv("PATH");
        String output = finish(start(path, "WAZIR_NO_REBUILD", "1"));
        assertEquals("launched\n", output);
        assertEquals(0, buildCount(), "sources newer than the jar are not rebuilt under WAZIR_NO_REBUILD");
        Files.delete(kit.resolve("target/wazir.jar"));
        assertTrue(finish(start(path, "WAZIR_NO_REBUILD", "1")).endsWith("launched\n"));
        assertEquals(1, buildCount());
    }
}
