package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Category;
import atlas.model.CoordinateStatus;
import atlas.model.Dataset;
import atlas.model.DatePrecision;
import atlas.model.Story;
import atlas.model.TimedEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the real sample files of every format through the one registry, and round-trips them through the writers. */
class FormatReadersTest {
    @TempDir Path dir;

    private Path sample(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/atlas/io/formats/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private ImportResult read(String name) throws IOException {
        ImportResult r = Imports.read(sample(name));
        assertTrue(r.isClean(), () -> name + ": " + r.outcome() + " " + r.problems());
        return r;
    }

    private static Map<String, TimedEvent> byId(Dataset d) {
        return d.events().stream().collect(Collectors.toMap(TimedEvent::id, e -> e));
    }

    @Test void kml_inherits_folder_time_span_and_reads_every_geometry() throws IOException {
        // when
        ImportResult r = read("google-earth.kml");
        Map<String, TimedEvent> e = byId(r.dataset());
        // then
        assertEquals("KML 2.2 / KMZ", r.format());
        assertEquals("Sample Google Earth export", r.dataset().title());
        assertEquals(LocalDate.of(2022, 12, 12), e.get("checkpoint").start().date());
        assertEquals(LocalDate.of(2023, 9, 19), e.get("road-segment").end().date());
        assertTrue(e.get("road-segment").hasShape());
        assertEquals("A **checkpoint** was set up, see report (https://example.org/report).", e.get("checkpoint").summary());
        assertEquals(DatePrecision.MONTH, e.get("area").start().precision());
        assertEquals("Illustrative sample, not a claim", e.get("area").attributes().get("source_note").orElseThrow());
        assertTrue(e.get("convoy").isMoving());
        assertEquals(3, e.get("convoy").track().size());
        assertEquals(1, r.dataset().references().size());
        assertEquals("untimed-marker", r.dataset().references().get(0).id());
    }

    @Test void kmz_reads_its_doc_kml() throws IOException {
        ImportResult r = read("google-earth.kmz");
        assertEquals(5, r.dataset().events().size());
    }

    @Test void json_fg_reads_instant_interval_open_interval_and_reprojects() throws IOException {
        ImportResult r = read("jsonfg.json");
        Map<String, TimedEvent> e = byId(r.dataset());
        assertEquals(Category.CEASEFIRE, e.get("instant").category());
        assertNull(e.get("instant").end());
        assertEquals("kept as attribute", e.get("instant").attributes().get("note").orElseThrow());
        // EPSG:3857 (5179000, 4819000) is about 46.52 E, 39.68 N
        assertEquals(46.52, e.get("interval").point().lon(), 0.01);
        assertEquals(39.68, e.get("interval").point().lat(), 0.01);
        assertFalse(e.get("open").hasLocation());
        assertEquals(CoordinateStatus.NOT_LOCATED, e.get("open").location());
        assertEquals("true", e.get("open").attributes().get("open_end").orElseThrow());
        assertEquals(LocalDate.of(2023, 9, 19), e.get("open").end().date());
        assertEquals(13, e.get("stamp").start().timeOfDay().getHour());
        assertEquals(1, r.dataset().references().size());
    }

    @Test void unknown_crs_is_refused_naming_it() throws IOException {
        Path f = dir.resolve("bad-crs.json");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"coordRefSys\":\"[EPSG:999999]\",\"features\":[{\"type\":\"Feature\","
                + "\"time\":{\"date\":\"2020-01-01\"},\"geometry\":null,\"place\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"properties\":{}}]}");
        ImportResult r = Imports.read(f);
        assertEquals(ImportResult.Outcome.REJECTED, r.outcome());
        assertTrue(r.problems().toString().contains("EPSG:999999"), r.problems()::toString);
    }

    @Test void leaflet_time_conventions_give_dates_and_tracks() throws IOException {
        Map<String, TimedEvent> e = byId(read("leaflet-time.geojson").dataset());
        assertEquals(LocalDate.of(2021, 3, 4), e.get("feature-1").start().date());
        assertTrue(e.get("feature-2").isMoving());
        assertEquals(DatePrecision.MONTH, e.get("feature-3").start().precision());
        assertEquals(DatePrecision.YEAR, e.get("feature-4").start().precision());
    }

    @Test void timeline_template_keeps_precision_title_and_eras_without_location() throws IOException {
        ImportResult r = read("timeline-template.csv");
        assertEquals("A sample timeline", r.dataset().title());
        assertEquals(4, r.dataset().events().size());
        TimedEvent year = r.dataset().events().stream().filter(x -> x.title().equals("A year to a month")).findFirst().orElseThrow();
        assertEquals(DatePrecision.YEAR, year.start().precision());
        assertEquals(DatePrecision.MONTH, year.end().precision());
        assertFalse(year.hasLocation());
        assertTrue(r.dataset().events().stream().anyMatch(x -> x.attributes().get("timeline_type").isPresent()));
        assertTrue(r.dataset().events().stream().anyMatch(x -> x.summary().equals("Text with *emphasis*, and a comma")));
    }

    @Test void timeline_json_reads_locations_and_month_precision() throws IOException {
        Map<String, TimedEvent> e = byId(read("timeline.json").dataset());
        assertTrue(e.get("war").hasLocation());
        assertEquals(DatePrecision.MONTH, e.get("event-2").start().precision());
        assertFalse(e.get("event-2").hasLocation());
        assertTrue(e.containsKey("era-1"));
    }

    @Test void storymap_overview_gives_title_and_slide_without_location_keeps_view() throws IOException {
        ImportResult r = read("story.storymap.json");
        Story s = r.story();
        assertNotNull(s);
        assertEquals("A StoryMapJS sample", s.title());
        assertEquals(3, s.size());
        assertEquals(LocalDate.of(1992, 1, 1), s.stop(0).date());
        assertEquals(s.stop(0).center(), s.stop(1).center());
        assertEquals(s.stop(0).date(), s.stop(1).date());
        assertTrue(s.stop(1).notes().contains("sometime later"));
        assertEquals(LocalDate.of(2022, 8, 3), s.stop(2).date());
        assertTrue(s.stop(0).text().contains("https://example.org/img.jpg"));
    }

    @Test void storymap_on_an_image_is_refused_with_why() throws IOException {
        Path f = dir.resolve("image.json");
        Files.writeString(f, "{\"storymap\": {\"map_as_image\": true, \"slides\": []}}");
        ImportResult r = Imports.read(f);
        assertEquals(ImportResult.Outcome.REJECTED, r.outcome());
        assertTrue(r.problems().get(0).message().contains("not places on Earth"));
    }

    @Test void acled_reads_both_date_styles_quotes_precision_and_categories() throws IOException {
        ImportResult r = read("acled-extract.csv");
        Map<String, TimedEvent> e = byId(r.dataset());
        assertEquals(3, e.size());
        assertEquals(LocalDate.of(2022, 8, 4), e.get("SYN2").start().date());
        assertEquals("On 3 August 2022, a clash near the village, with \"heavy\" fire, per the source.", e.get("SYN1").summary());
        assertEquals(Category.CLASH, e.get("SYN1").category());
        assertEquals(Category.VIOLENCE, e.get("SYN2").category());
        assertEquals(Category.CEASEFIRE, e.get("SYN3").category());
        assertTrue(e.get("SYN2").isApproximate());
        assertEquals(DatePrecision.MONTH, e.get("SYN3").start().precision());
        assertTrue(e.get("SYN2").attributes().get("fatalities").isEmpty());
        assertEquals("2", e.get("SYN1").attributes().get("fatalities").orElseThrow());
        assertEquals("Synthetic Force A", e.get("SYN1").attributes().get("actor1").orElseThrow());
        assertEquals(2, e.get("SYN2").sources().size());
    }

    @Test void acled_bad_rows_are_skipped_with_line_and_column_name() throws IOException {
        Path f = dir.resolve("bad.csv");
        String csv = Files.readString(sample("acled-extract.csv")).replace("SYN3,2022-09-01", "SYN3,2022-13-01");
        Files.writeString(f, csv);
        ImportResult r = Imports.read(f);
        assertEquals(ImportResult.Outcome.PARTIAL, r.outcome());
        assertEquals(2, r.dataset().events().size());
        assertEquals(1, r.skipped());
        assertEquals("bad.csv:4:2: event_date: bad date \"2022-13-01\" (expected yyyy-mm-dd or \"03 August 2022\")",
                r.problems().get(0).toString());
    }

    @Test void every_writer_round_trips_to_the_same_events() throws IOException {
        Dataset d = read("google-earth.kml").dataset();
        Dataset acled = read("acled-extract.csv").dataset();
        for (Dataset in : new Dataset[] {d, acled}) {
            for (String ending : new String[] {".atlas.json", ".geojson", ".kml", ".csv"}) {
                Path out = dir.resolve("round" + ending);
                Exports.write(in, null, out);
                ImportResult back = Imports.read(out);
                assertTrue(back.isClean(), () -> ending + ": " + back.problems());
                assertEquals(byId(in).keySet(), byId(back.dataset()).keySet(), ending);
                for (TimedEvent e : in.events()) {
                    TimedEvent b = byId(back.dataset()).get(e.id());
                    assertEquals(e.start(), b.start(), ending + " " + e.id());
                    assertEquals(e.end(), b.end(), ending + " " + e.id());
                    assertEquals(e.title(), b.title(), ending);
                    assertEquals(e.point(), b.point(), ending + " " + e.id());
                    assertEquals(e.location(), b.location(), ending + " " + e.id());
                    assertEquals(e.track(), b.track(), ending + " " + e.id());
                    assertEquals(e.attributes(), b.attributes(), ending + " " + e.id());
                    if (!ending.equals(".kml") || in == acled) assertEquals(e.category(), b.category(), ending);
                    assertEquals(e.sources().size(), b.sources().size(), ending + " " + e.id());
                }
            }
        }
    }

    @Test void storymap_round_trips() throws IOException {
        Story s = read("story.storymap.json").story();
        Path out = dir.resolve("again.storymap.json");
        Exports.write(Dataset.empty(), s, out);
        Story back = Imports.read(out).story();
        assertEquals(s.title(), back.title());
        assertEquals(s.stops().stream().map(x -> x.date() + " " + x.center() + " " + x.title()).toList(),
                back.stops().stream().map(x -> x.date() + " " + x.center() + " " + x.title()).toList());
    }
}
