package atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of the broken-input corpus ({@code src/test/resources/corpus/<case>/}, described in its
 * README.md) through the command line, in process: each case asserts the exit code, the located message on the
 * error stream, and that nothing printed (nor logged) carries a stack trace. Adding a case is adding a folder.
 */
@Tag("ui") // some cases render the map headless
class BrokenInputCorpusTest {
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$/<>]+\\(.*\\)\\s*$|^Caused by: |Exception in thread");
    @TempDir Path tmp;

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(corpus())) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(BrokenInputCorpusTest.class.getResource("/corpus").toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void case_exits_with_its_code_a_located_message_and_no_stack_trace(String name) throws Exception {
        // given: the case's files in a folder of their own, an empty output folder, a folder nobody can write
        Path src = corpus().resolve(name);
        Properties expect = new Properties();
        try (Reader r = Files.newBufferedReader(src.resolve("expect.properties"), StandardCharsets.UTF_8)) {
            expect.load(r);
        }
        Path dir = tmp.resolve("case");
        copyTree(src, dir);
        Path out = Files.createDirectories(tmp.resolve("out"));
        List<String> args = new ArrayList<>();
        for (String line : Files.readAllLines(src.resolve("args"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.contains("{readonly}")) line = line.replace("{readonly}", ReadOnlyFolder.get(tmp).toString());
            args.add(line.replace("{dir}", dir.toString()).replace("{out}", out.toString()));
        }
        String assets = assetsFor(expect, dir);
        List<LogRecord> traces = new ArrayList<>();
        Handler logged = new Handler() {
            @Override public void publish(LogRecord r) {
                if (r.getThrown() != null && r.getLevel().intValue() >= Level.WARNING.intValue()) traces.add(r);
            }
            @Override public void flush() {}
            @Override public void close() {}
        };
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        // when
        String before = System.getProperty("atlas.assets.dir");
        Logger.getLogger("").addHandler(logged);
        int code;
        try {
            if (assets != null) System.setProperty("atlas.assets.dir", assets);
            code = Cli.run(args.toArray(String[]::new), new PrintStream(o, true, StandardCharsets.UTF_8),
                    new PrintStream(e, true, StandardCharsets.UTF_8));
        } finally {
            Logger.getLogger("").removeHandler(logged);
            if (before == null) System.clearProperty("atlas.assets.dir");
            else System.setProperty("atlas.assets.dir", before);
        }
        // then
        String stdout = o.toString(StandardCharsets.UTF_8), stderr = e.toString(StandardCharsets.UTF_8);
        String shown = "\nargs: " + args + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        assertEquals(Integer.parseInt(expect.getProperty("exit")), code, "exit code" + shown);
        for (String key : expect.stringPropertyNames().stream().sorted().toList()) {
            String regex = expect.getProperty(key).replace("{dir}", Pattern.quote(dir.toString()))
                    .replace("{out}", Pattern.quote(out.toString()));
            if (key.startsWith("stderr")) assertTrue(Pattern.compile(regex).matcher(stderr).find(), key + " /" + regex + "/" + shown);
            if (key.startsWith("stdout")) assertTrue(Pattern.compile(regex).matcher(stdout).find(), key + " /" + regex + "/" + shown);
            if (key.startsWith("absent")) assertFalse(Pattern.compile(regex).matcher(stdout + stderr).find(), key + " /" + regex + "/" + shown);
        }
        assertFalse(STACK_FRAME.matcher(stdout + stderr).find(), "a stack trace was printed" + shown);
        assertTrue(traces.isEmpty(), "logged with a stack trace: " + traces.stream().map(LogRecord::getMessage).toList() + shown);
        assertFalse(stdout.chars().anyMatch(c -> c == 0x1B) || stderr.chars().anyMatch(c -> c == 0x1B), "raw ESC printed" + shown);
        try (Stream<Path> left = Files.walk(out)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(), "temporary files left");
        }
    }

    /**
     * Gets the assets folder of a case with {@code assets = overlay}: a copy of the repository's {@code assets/} with
     * the case's own {@code assets/} files laid over it and {@code assets.delete} (comma-separated) removed.
     */
    private String assetsFor(Properties expect, Path dir) throws IOException {
        if (!"overlay".equals(expect.getProperty("assets"))) return null;
        Path root = tmp.resolve("assets");
        for (String part : List.of("basemap", "data", "stories")) copyTree(Path.of("assets", part), root.resolve(part));
        if (Files.isDirectory(dir.resolve("assets"))) copyTree(dir.resolve("assets"), root);
        for (String f : expect.getProperty("assets.delete", "").split(",")) if (!f.isBlank()) Files.delete(root.resolve(f.strip()));
        return root.toString();
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
