package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Drawing;
import atlas.model.LatLon;
import atlas.model.Source;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.model.TimeSpan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryReaderTest {
    private static final String GOOD = """
            {
              "format": "corridor-atlas-story",
              "version": 1,
              "title": "Two stops",
              "stops": [
                {"title": "Old road", "date": "2021-06-01", "view": {"lat": 39.64, "lon": 46.55, "zoom": 10},
                 "text": "The *old* road through **Berdzor / Lachin**."},
                {"title": "Clashes", "date": "2022-08-03", "window": ["2022-08-01", "2022-08-03"],
                 "view": {"lat": 39.6, "lon": 46.6, "zoom": 11.5}, "layers": ["corridor", "events"],
                 "highlight": ["e-2022-08-03-x"], "notes": "Ask the class.",
                 "sources": [{"title": "A report", "url": "https://example.org/r", "publisher": "Example"}]}
              ]
            }
            """;

    private final StoryReader reader = new StoryReader();

    @Test
    void reads_stops_with_all_members() throws Exception {
        // when
        Story s = reader.read(GOOD, "good.json");
        // then
        assertEquals("Two stops", s.title());
        assertEquals(2, s.size());
        Stop a = s.stop(0), b = s.stop(1);
        assertEquals(LocalDate.of(2021, 6, 1), a.date());
        assertNull(a.window());
        assertFalse(a.setsLayers());
        assertEquals(TimeSpan.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 4)), b.window());
        assertEquals(LatLon.of(39.6, 46.6), b.center());
        assertEquals(11.5, b.zoom());
        assertEquals(List.of("corridor", "events"), b.layers());
        assertEquals(List.of("e-2022-08-03-x"), b.highlights());
        assertEquals("Ask the class.", b.notes());
        assertEquals(new Source("A report", "https://example.org/r", "Example"), b.sources().get(0));
    }

    @Test
    void round_trip_through_file_keeps_the_story(@TempDir Path dir) throws Exception {
        // given
        Story s = new Story("Round trip", "A description", List.of(
                new Stop("One", "Plain *and* **bold**\nsecond line \"quoted\"", LocalDate.of(2020, 11, 10),
                        TimeSpan.of(LocalDate.of(2020, 11, 9), LocalDate.of(2020, 11, 11)), LatLon.of(39.60861, 46.54472),
                        10.25, List.of("corridor"), List.of("e-1", "e-2"), "notes ü", List.of(new Source("S", null, null))),
                Stop.at("Two", LocalDate.of(2023, 9, 24), LatLon.of(39.5, 46.3), 9)));
        Path f = dir.resolve("sub/round.story.json");
        // when
        new StoryWriter().save(s, f);
        Story back = reader.read(f);
        // then
        assertEquals(s, back);
        assertEquals(List.of("round.story.json"), Files.list(f.getParent()).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void save_replaces_an_existing_file(@TempDir Path dir) throws Exception {
        // given
        Path f = dir.resolve("s.json");
        StoryWriter w = new StoryWriter();
        w.save(Story.titled("First"), f);
        // when
        w.save(Story.titled("Second"), f);
        // then
        assertEquals("Second", reader.read(f).title());
    }

    @Test
    void malformed_json_names_line_column_and_path() {
        // given
        String bad = GOOD.replace("\"zoom\": 10}", "\"zoom\": 10,}");
        // when
        StoryFormatException e = assertThrows(StoryFormatException.class, () -> reader.read(bad, "bad.json"));
        // then
        StoryProblem p = e.problems().get(0);
        assertEquals("bad.json", p.file());
        assertEquals(6, p.line());
        assertTrue(p.path().startsWith("$.stops[0].view"), p.path());
        assertTrue(e.getMessage().contains("bad.json:6:"), e.getMessage());
    }

    @Test
    void every_invalid_value_is_reported_with_its_path() {
        // given
        String bad = GOOD.replace("\"2021-06-01\"", "\"2021-02-30\"").replace("\"zoom\": 11.5", "\"zoom\": 31")
                .replace("\"lat\": 39.64", "\"lat\": 139.64").replace("\"notes\"", "\"note\"");
        // when
        StoryFormatException e = assertThrows(StoryFormatException.class, () -> reader.read(bad, "b.json"));
        // then
        List<String> paths = e.problems().stream().map(StoryProblem::path).toList();
        assertEquals(List.of("$.stops[0].date", "$.stops[0].view.lat", "$.stops[1].view.zoom", "$.stops[1].note"),
                paths, e.getMessage());
        StoryProblem date = e.problems().stream().filter(p -> p.path().equals("$.stops[0].date")).findFirst().orElseThrow();
        assertEquals(6, date.line());
        assertTrue(date.message().contains("yyyy-mm-dd"), date.message());
    }

    @Test
    void missing_members_and_wrong_types_are_reported() {
        // given
        String bad = """
                {"format": "corridor-atlas-story", "version": 2, "stops": [{"date": 5, "view": []}]}
                """;
        // when
        StoryFormatException e = assertThrows(StoryFormatException.class, () -> reader.read(bad, "m.json"));
        // then
        String m = e.getMessage();
        assertTrue(m.contains("$.version: unsupported story format version 2"), m);
        assertTrue(m.contains("$: missing required member 'title'"), m);
        assertTrue(m.contains("$.stops[0]: missing required member 'title'"), m);
        assertTrue(m.contains("$.stops[0].date: expected a string, found number"), m);
        assertTrue(m.contains("$.stops[0].view: expected a view"), m);
    }

    @Test
    void duplicate_members_and_empty_files_are_rejected(@TempDir Path dir) throws Exception {
        // given
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "", StandardCharsets.UTF_8);
        String dup = GOOD.replace("\"title\": \"Two stops\",", "\"title\": \"Two stops\", \"title\": \"Again\",");
        // then
        assertTrue(assertThrows(StoryFormatException.class, () -> reader.read(empty)).getMessage().contains("empty"));
        assertTrue(assertThrows(StoryFormatException.class, () -> reader.read(dup, "d.json")).getMessage()
                .contains("Duplicate field 'title'"));
    }

    @Test
    void a_date_outside_the_window_is_rejected() {
        // given
        String bad = GOOD.replace("\"2022-08-03\", \"window\"", "\"2022-08-09\", \"window\"");
        // when
        StoryFormatException e = assertThrows(StoryFormatException.class, () -> reader.read(bad, "w.json"));
        // then
        assertEquals("$.stops[1].date", e.problems().get(0).path());
    }

    private static final String DRAWN = """
            {
              "format": "corridor-atlas-story",
              "version": 1,
              "title": "Drawn",
              "stops": [
                {"title": "Checkpoint", "date": "2023-04-23", "view": {"lat": 39.5, "lon": 46.5, "zoom": 11},
                 "drawings": [
                   {"tool": "pen", "color": "#d62d20", "zoom": 11, "points": [[39.51, 46.52], [39.512, 46.53], [39.5, 46.531]]},
                   {"tool": "highlighter", "color": "#ffd400", "zoom": 11.5, "points": [[39.4, 46.4]]},
                   {"tool": "arrow", "color": "#1f5fbf", "zoom": 10, "points": [[39.6, 46.4], [39.55, 46.45]]},
                   {"tool": "text", "color": "#1b1f24", "zoom": 11, "points": [[39.52, 46.54]], "text": "Hakari bridge"}
                 ]}
              ]
            }
            """;

    @Test
    void reads_the_drawings_kept_with_a_stop() throws Exception {
        // when
        Stop s = reader.read(DRAWN, "drawn.json").stop(0);
        // then
        assertEquals(List.of(Drawing.Tool.PEN, Drawing.Tool.HIGHLIGHTER, Drawing.Tool.ARROW, Drawing.Tool.TEXT),
                s.drawings().stream().map(Drawing::tool).toList());
        Drawing pen = s.drawings().get(0);
        assertEquals(List.of(LatLon.of(39.51, 46.52), LatLon.of(39.512, 46.53), LatLon.of(39.5, 46.531)), pen.points());
        assertEquals("#d62d20", pen.color());
        assertEquals(11, pen.zoom());
        assertEquals("Hakari bridge", s.drawings().get(3).text());
        assertEquals("", pen.text());
    }

    @Test
    void drawings_round_trip_through_a_file(@TempDir Path dir) throws Exception {
        // given: every tool, coordinates at the writer's precision (6 decimals)
        List<Drawing> drawings = List.of(
                Drawing.stroke(Drawing.Tool.PEN, List.of(LatLon.of(39.123456, 46.654321), LatLon.of(39.2, 46.7)), "#d62d20", 11.25),
                Drawing.stroke(Drawing.Tool.HIGHLIGHTER, List.of(LatLon.of(39.1, 46.1), LatLon.of(39.15, 46.2), LatLon.of(39.2, 46.1)), "#ffd400", 9),
                Drawing.stroke(Drawing.Tool.ARROW, List.of(LatLon.of(39.0, 46.0), LatLon.of(-0.000001, 179.999999)), "#1f5fbf", 12),
                Drawing.label(LatLon.of(39.6, 46.6), "Checkpoint \"Lachin\" – ü", "#1b1f24", 11));
        Story s = new Story("With drawings", "", List.of(
                Stop.at("One", LocalDate.of(2023, 4, 23), LatLon.of(39.5, 46.5), 11).withDrawings(drawings),
                Stop.at("Two", LocalDate.of(2023, 4, 24), LatLon.of(39.5, 46.5), 11)));
        Path f = dir.resolve("drawn.story.json");
        // when
        new StoryWriter().save(s, f);
        Story back = reader.read(f);
        // then
        assertEquals(s, back);
        assertTrue(back.stop(1).drawings().isEmpty());
        assertFalse(Files.readString(f).contains("\"drawings\": []"), "a stop without drawings writes none");
    }

    @Test
    void bad_drawings_are_reported_with_their_paths() {
        // given: an unknown tool, a bad colour, a three-point arrow, a label without text, a latitude out of range,
        // text on a pen stroke, a zoom out of range, an unknown member
        String bad = DRAWN
                .replace("\"tool\": \"pen\", \"color\": \"#d62d20\"", "\"tool\": \"pen\", \"color\": \"red\", \"text\": \"x\"")
                .replace("\"tool\": \"highlighter\"", "\"tool\": \"marker\"")
                .replace("[[39.6, 46.4], [39.55, 46.45]]", "[[39.6, 46.4], [39.55, 46.45], [39.5, 46.5]]")
                .replace(", \"text\": \"Hakari bridge\"", ", \"label\": \"Hakari bridge\"")
                .replace("[39.512, 46.53]", "[99.512, 46.53]")
                .replace("\"zoom\": 10,", "\"zoom\": 30,");
        // when
        StoryFormatException e = assertThrows(StoryFormatException.class, () -> reader.read(bad, "d.json"));
        // then
        String m = e.getMessage();
        assertTrue(m.contains("$.stops[0].drawings[0].color: expected a colour \"#rrggbb\""), m);
        assertTrue(m.contains("$.stops[0].drawings[0].text: only a text label has text"), m);
        assertTrue(m.contains("$.stops[0].drawings[0].points[1][0]: latitude out of range"), m);
        assertTrue(m.contains("$.stops[0].drawings[1].tool: unknown tool 'marker'"), m);
        assertTrue(m.contains("$.stops[0].drawings[2].zoom: zoom out of range"), m);
        assertTrue(m.contains("$.stops[0].drawings[2].points: an arrow has 2 points (tail and head), found 3"), m);
        assertTrue(m.contains("$.stops[0].drawings[3]: missing required member 'text'"), m);
        assertTrue(m.contains("$.stops[0].drawings[3].label: unknown member 'label'"), m);
        assertTrue(m.contains("d.json:9:"), "located by line: " + m);
    }
}
