package dev.wazir;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The `./wazir` launcher, run through symlinks as an installed `wazir` would be (spec §1.5): it
 * must find the jar next to the real script. A stand-in `java` records what it was asked to run,
 * so no JVM or build is started.
 */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void launchingThroughASymlinkChainFindsTheJarBesideTheScript() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
        Path kit = Files.createDirectories(dir.resolve("kit"));
        Files.copy(Path.of("wazir"), kit.resolve("wazir"));
        executable(kit.resolve("wazir"));
        Path jar = Files.createDirectories(kit.resolve("target")).resolve("wazir.jar");
        Files.writeString(jar, "stand-in");
        // A training lock newer than the jar keeps the launcher from starting a background run.
        Files.createDirectories(kit.resolve("target/wazir.jsa.lock"));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        Path record = dir.resolve("java-args.txt");
        Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + record + "'\necho launched\n");
        executable(java);

        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("wazir"), kit.resolve("wazir"));
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.createSymbolicLink(other.resolve("w"), Path.of("../bin/wazir"));

        ProcessBuilder pb = new ProcessBuilder("/bin/sh", other.resolve("w").toString(), "--help")
                .directory(dir.toFile())
                .redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process process = pb.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher finishes");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertEquals("launched\n", output);
        List<String> args = Files.readAllLines(record);
        String realJar = kit.toRealPath().resolve("target/wazir.jar").toString();
        assertEquals(List.of("-jar", realJar, "--help"), args.subList(args.size() - 3, args.size()), args.toString());
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
