package atlas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks the package dependency rules of TEAM.md by scanning the import lines of every main source file. */
class ArchitectureTest {
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> MODEL = List.of("java.", "org.locationtech.jts.", "atlas.model.");
    private static final List<String> GEO = plus(MODEL, "atlas.geo.");
    private static final List<String> IO = plus(GEO, "atlas.io.", "com.fasterxml.jackson.", "javax.xml.stream.", "org.locationtech.proj4j.");
    private static final List<String> TILES = plus(GEO, "atlas.tiles.", "javax.imageio.");
    private static final List<String> MAP = plus(TILES, "atlas.map.", "javafx.", "com.gluonhq.maps.");
    private static final List<String> UI = plus(plus(MAP, "atlas.ui."), IO.toArray(String[]::new));
    private static final List<String> STORY = plus(UI, "atlas.story.", "org.apache.pdfbox.");
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "model", MODEL, "geo", GEO, "io", IO, "tiles", TILES, "map", MAP, "ui", UI, "story", STORY);
    private static final List<String> FORBIDDEN_EVERYWHERE = List.of("com.gluonhq.impl.");

    @Test
    void every_package_imports_only_what_its_rule_allows() throws IOException {
        // given
        List<String> violations = new ArrayList<>();
        Path root = Path.of("src/main/java/atlas");
        // when
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = root.relativize(f);
                String pkg = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
                List<String> allowed = ALLOWED.get(pkg);
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String imp = m.group(1);
                    if (FORBIDDEN_EVERYWHERE.stream().anyMatch(imp::startsWith)
                            || (allowed != null && allowed.stream().noneMatch(imp::startsWith)))
                        violations.add(rel + " imports " + imp);
                }
            }
        }
        // then
        assertTrue(violations.isEmpty(), "package rule violations:\n" + String.join("\n", violations));
    }

    @Test
    void the_model_never_sees_javafx_or_files() throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/atlas/model"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String s = Files.readString(f);
                if (s.contains("javafx") || s.contains("com.fasterxml")) bad.add(f.toString());
            }
        }
        assertTrue(bad.isEmpty(), "model files referring to JavaFX or Jackson: " + bad);
    }

    @Test
    void every_package_says_its_job_in_a_package_info() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/atlas"))) {
            for (Path d : dirs.filter(Files::isDirectory).toList())
                if (!Files.exists(d.resolve("package-info.java"))) missing.add(d.getFileName().toString());
        }
        assertTrue(missing.isEmpty(), "packages without package-info.java: " + missing);
    }

    private static List<String> plus(List<String> base, String... more) {
        List<String> out = new ArrayList<>(base);
        out.addAll(List.of(more));
        return List.copyOf(out);
    }
}
