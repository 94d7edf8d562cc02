package atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Checks the package dependency rules by reading every main source file: its import lines and every fully-qualified
 * name in its code (comments and strings left out), so a dependency cannot hide behind {@code atlas.io.X.y()}.
 * The reasons for each rule are in the team's style guide, {@code ../shared/STYLE.md} §3 rule 1 ("Packages depend
 * in one direction"); the one-line job of each package is in its {@code package-info.java}.
 */
class ArchitectureTest {
    private static final String WHY = "\n(why: ../shared/STYLE.md §3, rule 1 \"Packages depend in one direction\")";
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    /** A qualified type name in code: lower-case package parts, then a capitalised type. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])((?:atlas|java|javax|javafx|com|org|jdk|sun)(?:\\.[a-z_]\\w*)*\\.[A-Z]\\w*)");
    /** The interface's languages and texts: every layer may use them; they use nothing but the JDK. */
    private static final List<String> I18N = List.of("java.", "atlas.i18n.");
    private static final List<String> MODEL = List.of("java.", "org.locationtech.jts.", "atlas.model.", "atlas.i18n.");
    private static final List<String> GEO = plus(MODEL, "atlas.geo.");
    private static final List<String> IO = plus(GEO, "atlas.io.", "com.fasterxml.jackson.", "javax.xml.stream.", "org.locationtech.proj4j.");
    private static final List<String> TILES = plus(GEO, "atlas.tiles.", "javax.imageio.");
    private static final List<String> MAP = plus(TILES, "atlas.map.", "javafx.", "com.gluonhq.maps.");
    private static final List<String> UI = plus(plus(MAP, "atlas.ui."), IO.toArray(String[]::new));
    private static final List<String> STORY = plus(UI, "atlas.story.", "org.apache.pdfbox.");
    /** The command line calls the code the window uses (it may start the toolkit through atlas.ui.HeadlessFx). */
    private static final List<String> CLI = List.of("java.", "javax.imageio.", "org.locationtech.jts.", "atlas.model.",
            "atlas.geo.", "atlas.io.", "atlas.tiles.", "atlas.map.", "atlas.ui.", "atlas.story.", "atlas.cli.", "atlas.i18n.");
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "i18n", I18N, "model", MODEL, "geo", GEO, "io", IO, "tiles", TILES, "map", MAP, "ui", UI, "story", STORY, "cli", CLI);
    private static final List<String> FORBIDDEN_EVERYWHERE = List.of("com.gluonhq.impl.", "com.sun.", "sun.", "jdk.internal.");

    @Test
    void every_package_depends_only_on_what_its_rule_allows() throws IOException {
        // given
        List<String> violations = new ArrayList<>();
        Path root = Path.of("src/main/java/atlas");
        // when
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = root.relativize(f);
                String pkg = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
                for (String name : references(Files.readString(f))) {
                    if (!allowed(pkg, name)) violations.add(rel + " uses " + name);
                }
            }
        }
        // then
        assertTrue(violations.isEmpty(), "package rule violations:\n" + String.join("\n", violations) + WHY);
    }

    @Test
    void every_package_has_a_rule() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/atlas"))) {
            for (Path d : dirs.filter(Files::isDirectory).toList())
                if (!ALLOWED.containsKey(d.getFileName().toString())) missing.add(d.getFileName().toString());
        }
        assertTrue(missing.isEmpty(), "packages without a dependency rule here: " + missing + WHY);
    }

    @Test
    void qualified_names_in_code_are_found_and_comments_and_strings_are_not() {
        // given: a file that hides a dependency in a qualified call and mentions others in comments and strings
        String source = """
                package atlas.map;
                import java.util.List;
                /** Uses {@link atlas.ui.AtlasState} in a comment only. */
                class X {
                    // atlas.story.StoryMode in a line comment
                    String s = "atlas.cli.Cli in a string";
                    Object o = atlas.ui.MapAssembly.build(null, null);
                    javafx.util.Duration d = javafx.util.Duration.ZERO;
                }
                """;
        // when
        List<String> refs = references(source);
        // then
        assertEquals(List.of("java.util.List", "atlas.ui.MapAssembly", "javafx.util.Duration", "javafx.util.Duration"), refs);
        assertTrue(!allowed("map", "atlas.ui.MapAssembly") && allowed("map", "javafx.util.Duration"));
        assertTrue(!allowed("cli", "javafx.scene.Node") && allowed("cli", "atlas.ui.MapSnapshot"));
    }

    @Test
    void the_model_never_sees_javafx_or_files() throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/atlas/model"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String s = Files.readString(f);
                if (s.contains("javafx") || s.contains("com.fasterxml") || s.contains("java.nio.file") || s.contains("java.io."))
                    bad.add(f.toString());
            }
        }
        assertTrue(bad.isEmpty(), "model files referring to JavaFX, Jackson or files: " + bad + WHY);
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

    private static boolean allowed(String pkg, String name) {
        if (FORBIDDEN_EVERYWHERE.stream().anyMatch(name::startsWith)) return false;
        List<String> rule = ALLOWED.get(pkg);
        return rule == null || rule.stream().anyMatch(name::startsWith);
    }

    /** Gets the imported and the fully-qualified type names a source file refers to, in order. */
    static List<String> references(String source) {
        List<String> out = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) out.add(m.group(1));
        String code = codeOnly(source);
        for (String line : code.split("\n")) {
            String t = line.strip();
            if (t.startsWith("import ") || t.startsWith("package ")) continue;
            Matcher q = QUALIFIED.matcher(line);
            while (q.find()) out.add(q.group(1));
        }
        return out;
    }

    /** Gets the source with comments, string and character literals blanked (line breaks kept). */
    private static String codeOnly(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (; i < end; i++) if (s.charAt(i) == '\n') b.append('\n');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                for (; i < end; i++) if (s.charAt(i) == '\n') b.append('\n');
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < s.length() && s.charAt(i) != c && s.charAt(i) != '\n') i += s.charAt(i) == '\\' ? 2 : 1;
                i++;
                b.append(' ');
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static List<String> plus(List<String> base, String... more) {
        List<String> out = new ArrayList<>(base);
        out.addAll(List.of(more));
        return List.copyOf(out);
    }
}
