package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window, started as a real process (headless) with one broken asset: start-up stops with one message naming the
 * file (the dialog, and its text on the error stream), without a flood of tile warnings or stack traces. Not tagged
 * "ui": the toolkit runs in the child process only, so the test runs beside the plain tests (on the second core)
 * instead of holding up the one JVM of the JavaFX tests for three start-ups.
 */
class StartupAssetCheckTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"basemap/world/land_50m.geojson",
            "basemap/context/rivers.geojson", "stories/august-2022-escalation.story.json"})
    void a_broken_asset_stops_start_up_naming_the_file(String broken) throws Exception {
        // given: the assets with one file cut in the middle
        Path assets = tmp.resolve("assets");
        for (String part : List.of("basemap", "data", "stories")) copyTree(Path.of("assets", part), assets.resolve(part));
        Path f = assets.resolve(broken);
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        // when
        Process p = start(assets);
        try {
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readUntil(p, "Corridor Atlas cannot start"));
            String text = err.get(90, TimeUnit.SECONDS);
            // then
            String last = text.lines().reduce((a, b) -> b).orElse("");
            assertTrue(last.startsWith("Corridor Atlas cannot start: ") && last.contains(broken), text);
            assertFalse(text.contains("\tat "), "no stack trace:\n" + text);
            assertTrue(text.lines().filter(l -> l.contains("tile")).count() < 3, "no tile warnings:\n" + text);
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process start(Path assets) throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Djava.util.prefs.userRoot=" + home.resolve(".java"),
                "-Datlas.assets.dir=" + assets, "-Datlas.prefs.node=corridor-atlas-test",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-cp", System.getProperty("java.class.path"), "atlas.Launcher")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String readUntil(Process p, String marker) {
        StringBuilder b = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                b.append(l).append('\n');
                if (l.startsWith(marker)) return b.toString();
            }
        } catch (IOException e) {
            b.append(e);
        }
        return b.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
