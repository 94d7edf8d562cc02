package atlas.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cold start of the installed app against a bare JavaFX window, on the machine's display (run it under Xvfb).
 * Alternates, round after round: the {@link BareWindowProbe} (a window with one label) on this JVM's {@code java} with
 * the JavaFX jars on the class path and on the app image's own runtime (JavaFX linked in, the same class-data-sharing
 * archive, the app's collector), the app image's launcher {@code bin/corridor-atlas}, and {@code java -jar target/corridor-atlas.jar}. Each run is a new process; the figure is the time from JVM start to
 * the first painted frame, read from the process's own log line ({@code bare window painted N ms} or
 * {@code first map tile painted N ms after JVM start}). Prints every run, then median, min and max of each.
 *
 * <pre>
 * mvn -Pinstaller package
 * xvfb-run -a -s '-screen 0 1600x1000x24' java -cp target/test-classes atlas.bench.ColdStart [ROUNDS [APP_DIR]]
 * </pre>
 */
public final class ColdStart {
    private static final Pattern FIGURES = Pattern.compile("painted (\\d+) ms after JVM start \\(process CPU time (\\d+) ms");
    private static Path IMAGE = Path.of("target", "dist", "corridor-atlas");
    /** The JavaFX platform jars the installer linked into the runtime. */
    private static final Path FX_JARS = Path.of("target", "installer", "fxmods");

    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        if (args.length > 1) IMAGE = Path.of(args[1]); // e.g. /opt/corridor-atlas, the installed app
        if (!Files.isDirectory(IMAGE.resolve("bin")) || !Files.isDirectory(FX_JARS)) {
            System.err.println("no app image at " + IMAGE + ": run mvn -Pinstaller package first");
            System.exit(1);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String fxJars;
        try (Stream<Path> s = Files.list(FX_JARS)) {
            fxJars = s.filter(p -> p.getFileName().toString().endsWith(".jar")).map(Path::toString).sorted()
                    .collect(Collectors.joining(File.pathSeparator));
        }
        String probes = Path.of("target", "test-classes").toString();
        Path runtimeJava = IMAGE.resolve("lib").resolve("runtime").resolve("bin").resolve("java");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("bare window, JDK + JavaFX jars", List.of(java, "-cp", fxJars + File.pathSeparator + probes,
                BareWindowProbe.class.getName()));
        // on the app's runtime with the app's collector, so it finds the same default class-data-sharing archive
        List<String> onRuntime = new ArrayList<>(List.of(runtimeJava.toString()));
        onRuntime.addAll(collectorOptions(IMAGE.resolve("lib").resolve("app").resolve("corridor-atlas.cfg")));
        onRuntime.addAll(List.of("-cp", probes, BareWindowProbe.class.getName()));
        commands.put("bare window, app image's runtime", onRuntime);
        commands.put("app (" + IMAGE.resolve("bin").resolve("corridor-atlas") + ")", List.of(IMAGE.resolve("bin").resolve("corridor-atlas").toString()));
        commands.put("java -jar target/corridor-atlas.jar", List.of(java, "-jar", Path.of("target", "corridor-atlas.jar").toString()));

        Map<String, List<long[]>> results = new LinkedHashMap<>();
        commands.keySet().forEach(k -> results.put(k, new ArrayList<>()));
        double loadBefore = load();
        for (int r = 1; r <= rounds; r++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                long[] f = run(c.getValue());
                results.get(c.getKey()).add(f);
                System.out.printf(Locale.ROOT, "round %d  %-44s %5d ms  (CPU %5d ms, load %.1f)%n", r, c.getKey(), f[0], f[1], load());
            }
        }
        System.out.printf(Locale.ROOT, "%nload average %.1f before, %.1f after, %d cores%n", loadBefore, load(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-44s %8s %8s %8s %10s   %s%n", "first frame after JVM start", "median", "min", "max",
                "CPU median", "÷ bare window (JDK + jars, app runtime)");
        List<Long> bare = new ArrayList<>();
        for (Map.Entry<String, List<long[]>> e : results.entrySet()) {
            long[] wall = e.getValue().stream().mapToLong(f -> f[0]).sorted().toArray();
            long[] cpu = e.getValue().stream().mapToLong(f -> f[1]).sorted().toArray();
            long median = wall[wall.length / 2];
            if (bare.size() < 2) bare.add(median);
            System.out.printf(Locale.ROOT, "%-44s %6d ms %5d ms %5d ms %7d ms   %.2f, %.2f%n", e.getKey(), median,
                    wall[0], wall[wall.length - 1], cpu[cpu.length / 2], median / (double) bare.get(0),
                    median / (double) bare.get(bare.size() - 1));
        }
    }

    /** Gets the collector options ({@code -XX:+UseZGC}, …) the app image's launcher passes, from its configuration. */
    private static List<String> collectorOptions(Path cfg) throws IOException {
        if (!Files.isRegularFile(cfg)) return List.of();
        return Files.readAllLines(cfg, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("java-options="))
                .map(l -> l.substring("java-options=".length())).filter(o -> o.matches("-XX:\\+Use\\w+GC")).toList();
    }

    /** Runs one cold start; returns {wall ms, process CPU ms} from its log line. */
    private static long[] run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // the app ends by itself once its window is complete, with preferences of its own (a default window)
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Datlas.exitAfterStart=true -Datlas.prefs.node=corridor-atlas-coldstart");
        Process p = pb.start();
        long[] found = null;
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                out.add(line);
                Matcher m = FIGURES.matcher(line);
                if (found == null && m.find()) found = new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
        if (found == null) throw new IllegalStateException("no start-up figure from " + command + ":\n" + String.join("\n", out));
        return found;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

}
