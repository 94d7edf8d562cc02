package atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --convert, --validate of every format, --export-events on any input, and the scale path on a smaller file. */
class ConvertCommandTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        return Cli.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path sample(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/atlas/io/formats/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }
    private String out() { return out.toString(StandardCharsets.UTF_8); }

    @Test void every_sample_format_validates() throws Exception {
        for (String f : new String[] {"google-earth.kml", "google-earth.kmz", "jsonfg.json", "leaflet-time.geojson",
                "timeline-template.csv", "timeline.json", "story.storymap.json", "acled-extract.csv"}) {
            assertEquals(0, run("--validate", sample(f).toString()), () -> f + ": " + err());
        }
        assertTrue(out().contains("acled-extract.csv: valid ACLED CSV"), out());
        assertTrue(out().contains("3 stops"), out());
    }

    @Test void validate_lists_csv_problems_by_line_and_column_name_and_exits_1() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, Files.readString(sample("acled-extract.csv")).replace(",39.7,46.6,", ",97.7,46.6,"));
        assertEquals(1, run("--validate", f.toString()));
        assertTrue(err().contains("bad.csv:3:23: latitude: expected a latitude in [-90, 90], found \"97.7\""), err());
        assertFalse(err().contains("Exception"), err());
    }

    @Test void convert_acled_to_a_dataset_that_validates_and_exports_as_kml() throws Exception {
        Path in = sample("acled-extract.csv");
        Path atlas = dir.resolve("acled.atlas.json");
        assertEquals(0, run("--convert", in.toString(), atlas.toString()), this::err);
        assertEquals(0, run("--validate", atlas.toString()), this::err);
        assertTrue(out().contains("3 events"), out());
        Path kml = dir.resolve("out.kml");
        assertEquals(0, run("--export-events", kml.toString(), "--dataset", in.toString()), this::err);
        String k = Files.readString(kml);
        assertTrue(k.contains("<TimeStamp><when>2022-08-03</when></TimeStamp>"), k);
        assertTrue(k.contains("<TimeStamp><when>2022-09</when></TimeStamp>"), k);
    }

    @Test void convert_a_storymap_to_a_story_file_and_refuse_a_story_from_events() throws Exception {
        assertEquals(0, run("--convert", sample("story.storymap.json").toString(), dir.resolve("s.story.json").toString()), this::err);
        assertTrue(Files.readString(dir.resolve("s.story.json")).contains("A StoryMapJS sample"));
        assertEquals(1, run("--convert", sample("google-earth.kml").toString(), dir.resolve("x.story.json").toString()));
        assertTrue(err().contains("needs a story"), err());
    }

    @Test void usage_errors_exit_2() throws Exception {
        assertEquals(2, run("--convert", sample("google-earth.kml").toString(), dir.resolve("x.docx").toString()));
        assertEquals(2, run("--convert", "only-one-file"));
        assertEquals(2, run("--validate"));
    }

    @Test void a_file_with_problems_converts_only_with_skip_invalid() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, Files.readString(sample("acled-extract.csv")).replace("SYN3,2022-09-01", "SYN3,2022-13-01"));
        Path target = dir.resolve("out.geojson");
        assertEquals(1, run("--convert", f.toString(), target.toString()));
        assertFalse(Files.exists(target));
        assertEquals(0, run("--convert", f.toString(), target.toString(), "--skip-invalid"), this::err);
        assertTrue(out().contains("2 records") && out().contains("1 skipped"), out());
    }

    @Test void a_conversion_refused_midway_leaves_the_old_target_and_no_temporary_file() throws Exception {
        // given: an existing target, and inputs that go wrong after rows were already written (a bad row, a
        // duplicate id, truncated JSON)
        Path source = sample("acled-extract.csv");
        String csv = Files.readString(source);
        Path badRow = dir.resolve("bad.csv");
        Files.writeString(badRow, csv.replace("SYN3,2022-09-01", "SYN3,2022-13-01"));
        Path duplicate = dir.resolve("dup.csv");
        Files.writeString(duplicate, csv.replace("SYN3,", "SYN1,"));
        Path good = dir.resolve("good.atlas.json");
        assertEquals(0, run("--convert", source.toString(), good.toString()), this::err);
        String json = Files.readString(good);
        Path truncated = dir.resolve("cut.atlas.json");
        Files.writeString(truncated, json.substring(0, json.lastIndexOf("\"title\"")));
        for (String ending : new String[] {".atlas.json", ".geojson", ".csv", ".kml"}) {
            Path target = dir.resolve("out" + ending);
            Files.writeString(target, "old");
            for (Path in : new Path[] {badRow, duplicate, truncated}) {
                // when
                int code = run("--convert", in.toString(), target.toString());
                // then
                assertEquals(1, code, in + " -> " + target + ": " + err());
                assertEquals("old", Files.readString(target), in + " -> " + target);
                try (var files = Files.list(dir)) {
                    assertEquals(java.util.List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList());
                }
            }
        }
        assertTrue(err().contains("duplicate event id 'SYN1'"), err());
        assertTrue(err().contains("cut.atlas.json:"), err());
        assertEquals(java.util.List.of(), kmlParts(), "an abandoned KML conversion leaves its temporary Placemarks behind");
    }

    @Test void a_streamed_conversion_reads_back_to_the_same_events_as_the_input() throws Exception {
        // given
        Path in = sample("acled-extract.csv");
        atlas.model.Dataset expected = atlas.io.Imports.read(in).dataset();
        for (String ending : new String[] {".atlas.json", ".geojson", ".csv", ".kml"}) {
            Path target = dir.resolve("round" + ending);
            // when
            assertEquals(0, run("--convert", in.toString(), target.toString()), this::err);
            // then
            atlas.io.ImportResult back = atlas.io.Imports.read(target);
            assertTrue(back.isClean(), back.problems().toString());
            assertEquals(expected.events().stream().map(e -> e.id() + " " + e.span() + " " + e.title() + " " + e.point()).toList(),
                    back.dataset().events().stream().map(e -> e.id() + " " + e.span() + " " + e.title() + " " + e.point()).toList(), ending);
        }
        assertTrue(Files.readString(dir.resolve("round.atlas.json")).contains("\"title\": \"acled-extract\""),
                "the title, known only at the end, is written after the features");
        assertTrue(Files.readString(dir.resolve("round.kml")).contains("<Document><name>acled-extract</name>"),
                "KML's name comes first: the Placemarks wait in a temporary file until the title is known");
        assertEquals(java.util.List.of(), kmlParts());
    }

    /** Gets the temporary files of streamed KML conversions left in the temporary directory. */
    private static java.util.List<Path> kmlParts() throws java.io.IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("corridor-atlas-kml-")).toList();
        }
    }

    @Test void the_scale_path_generates_validates_and_converts_an_acled_file() throws Exception {
        Path csv = dir.resolve("gen.csv");
        assertEquals(0, run("--generate-events", "5000", "--out", csv.toString(), "--seed", "9"), this::err);
        assertEquals(0, run("--validate", csv.toString()), this::err);
        assertTrue(out().contains("5,000 events"), out()); // counts are grouped in the language of the output
        Path atlas = dir.resolve("gen.atlas.json");
        assertEquals(0, run("--convert", csv.toString(), atlas.toString()), this::err);
        assertEquals(0, run("--validate", atlas.toString()), this::err);
    }
}
