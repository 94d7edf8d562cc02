package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Category;
import atlas.model.DatePrecision;
import atlas.model.Dataset;
import atlas.model.FeatureKind;
import atlas.model.LatLon;
import atlas.model.TimeSpan;
import atlas.model.TimedEvent;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetReaderTest {

    static Dataset sample() throws IOException, DatasetException {
        try (InputStream in = DatasetReaderTest.class.getResourceAsStream("/atlas/io/sample.atlas.json")) {
            return new DatasetReader().read(in, "sample.atlas.json");
        }
    }

    /** Reads a broken corpus file and returns its problems, failing if it was accepted. */
    private static List<Problem> problems(String name) throws IOException {
        try (InputStream in = DatasetReaderTest.class.getResourceAsStream("/broken/" + name)) {
            DatasetException e = assertThrows(DatasetException.class, () -> new DatasetReader().read(in, name));
            return e.problems();
        }
    }

    /** Checks that {@code file} is rejected with a problem at line:column whose text contains {@code expected}. */
    private static void checkProblem(String file, int line, int column, String path, String expected) throws IOException {
        List<Problem> ps = problems(file);
        assertTrue(ps.stream().anyMatch(p -> p.line() == line && p.column() == column && p.path().equals(path)
                        && p.message().contains(expected) && p.file().equals(file)),
                () -> "no problem " + line + ":" + column + " " + path + " '" + expected + "' in " + ps);
    }

    @Test void truncated_json_is_reported_where_it_ends() throws IOException {
        checkProblem("truncated.json", 10, 34, "features[1].properties.sources[0].title", "the file ends too early (truncated?)");
    }

    @Test void text_that_is_not_json_is_reported() throws IOException {
        checkProblem("not-json.json", 1, 6, "", "malformed JSON: Unrecognized token 'This'");
    }

    @Test void wrong_types_are_all_reported_at_once() throws IOException {
        assertEquals(6, problems("wrong-types.json").size());
        checkProblem("wrong-types.json", 3, 14, "version", "expected the format version as an integer, found the string \"1\"");
        checkProblem("wrong-types.json", 8, 23, "features[1].time.date", "expected a date \"yyyy-mm-dd\" as a string, found the number 20220803");
        checkProblem("wrong-types.json", 9, 30, "features[1].properties.title", "expected a string, found the number 42");
        checkProblem("wrong-types.json", 10, 19, "features[1].properties.sources", "expected an array of sources");
        checkProblem("wrong-types.json", 12, 83, "features[2].geometry.coordinates", "expected a position [longitude, latitude]");
        checkProblem("wrong-types.json", 14, 5, "features[3]", "expected a GeoJSON Feature object, found the string");
    }

    @Test void impossible_and_malformed_dates_are_reported() throws IOException {
        checkProblem("bad-dates.json", 8, 23, "features[1].time.date", "bad date \"2022-02-30\" (expected a real calendar date");
        checkProblem("bad-dates.json", 11, 23, "features[2].time.date", "bad date \"03/08/2022\"");
        checkProblem("bad-dates.json", 14, 23, "features[3].time.date", "expected the first day of a month (\"yyyy-mm-01\") for precision \"month\"");
    }

    @Test void end_before_start_is_reported_for_events_and_features() throws IOException {
        checkProblem("end-before-start.json", 8, 42, "features[1].time.interval[1]", "end 2022-08-01 is before start 2022-08-04");
        checkProblem("end-before-start.json", 11, 42, "features[2].time.interval[1]", "end 2020-11-10 is before start 2022-08-26");
    }

    @Test void coordinates_out_of_range_are_reported() throws IOException {
        checkProblem("out-of-range.json", 7, 58, "features[0].geometry.coordinates[1]", "latitude 95.2 is outside [-90, 90]");
        checkProblem("out-of-range.json", 10, 84, "features[1].geometry.coordinates[0]", "longitude 200.0 is outside [-180, 180]");
    }

    @Test void unknown_place_is_reported() throws IOException {
        checkProblem("unknown-place.json", 9, 85, "features[1].properties.place", "unknown place id 'khankendi'");
    }

    @Test void missing_and_empty_sources_are_reported() throws IOException {
        checkProblem("missing-sources.json", 9, 20, "features[1].properties.sources", "missing required member 'sources'");
        checkProblem("missing-sources.json", 12, 118, "features[2].properties.sources", "expected at least one source, found an empty array");
    }

    @Test void duplicate_ids_are_reported_with_first_use() throws IOException {
        checkProblem("duplicate-ids.json", 10, 31, "features[2].id", "duplicate id 'ev-1' (first used on line 7");
    }

    @Test void unknown_enum_values_list_the_expected_ones() throws IOException {
        checkProblem("unknown-enums.json", 9, 67, "features[1].properties.category", "unknown category 'battle' (expected one of war, clash");
        checkProblem("unknown-enums.json", 9, 90, "features[1].properties.precision", "unknown precision 'week' (expected one of day, month, year)");
        checkProblem("unknown-enums.json", 10, 54, "features[2].featureType", "unknown featureType 'Road'");
    }

    @Test void problem_prints_file_line_column_path_and_message() throws IOException {
        // expect:
        assertEquals("unknown-place.json:9:85: features[1].properties.place: unknown place id 'khankendi' "
                + "(expected the id of a Place feature in this file)", problems("unknown-place.json").get(0).toString());
    }

    @Test void duplicate_member_names_are_reported() {
        String json = "{\"type\": \"FeatureCollection\", \"version\": 1, \"version\": 1, \"features\": []}";
        DatasetException e = assertThrows(DatasetException.class, () -> new DatasetReader().readString(json, "dup.json"));
        assertEquals("dup.json:1:45: version: duplicate member 'version' (expected each member name once per object)",
                e.problems().get(0).toString());
    }

    @Test void event_takes_the_point_of_its_place() throws Exception {
        // when:
        Dataset d = sample();
        // then:
        TimedEvent e = d.event("ev-clashes-2022").orElseThrow();
        assertEquals(LatLon.of(39.64083, 46.54611), e.point());
        assertEquals("lachin", e.placeId());
        assertEquals(TimeSpan.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 5)), e.span());
        assertEquals(2, e.accounts().size());
        assertEquals(Category.CLASH, e.category());
    }

    @Test void event_may_come_before_its_place_in_the_file() throws Exception {
        // given:
        String json = """
                {"type": "FeatureCollection", "version": 1, "features": [
                  {"type": "Feature", "id": "e1", "featureType": "Event", "time": {"date": "2022-08-03"}, "geometry": null,
                   "properties": {"title": "T", "summary": "", "category": "clash", "place": "p1", "sources": [{"title": "S"}]}},
                  {"type": "Feature", "id": "p1", "featureType": "Place", "time": null,
                   "geometry": {"type": "Point", "coordinates": [46.5, 39.6]}, "properties": {"names": {"en": "P"}}}
                ]}""";
        // when:
        Dataset d = new DatasetReader().readString(json, "order.atlas.json");
        // then:
        assertEquals(LatLon.of(39.6, 46.5), d.events().get(0).point());
        assertEquals("order", d.title());
    }

    @Test void event_at_a_broken_place_reports_only_the_place() {
        String json = """
                {"type": "FeatureCollection", "version": 1, "features": [
                  {"type": "Feature", "id": "p1", "featureType": "Place", "time": null,
                   "geometry": {"type": "Point", "coordinates": [46.5, 99.6]}, "properties": {"names": {"en": "P"}}},
                  {"type": "Feature", "id": "e1", "featureType": "Event", "time": {"date": "2022-08-03"}, "geometry": null,
                   "properties": {"title": "T", "summary": "", "category": "clash", "place": "p1", "sources": [{"title": "S"}]}}
                ]}""";
        DatasetException e = assertThrows(DatasetException.class, () -> new DatasetReader().readString(json, "bp.json"));
        assertEquals(1, e.problems().size(), e.problems()::toString);
        assertTrue(e.problems().get(0).message().startsWith("latitude 99.6 is outside [-90, 90]"));
    }

    @Test void equal_sources_are_shared_between_events() throws Exception {
        Dataset d = new DatasetReader().readString(new DatasetWriter().toJson(
                atlas.io.SyntheticDatasets.generate(50, 1)), "syn.json");
        assertTrue(d.events().get(0).sources() == d.events().get(1).sources());
    }

    @Test void account_without_sources_is_reported() {
        String json = """
                {"type": "FeatureCollection", "version": 1, "features": [
                  {"type": "Feature", "id": "e1", "featureType": "Event", "time": {"date": "2022-08-03"},
                   "geometry": {"type": "Point", "coordinates": [46.5, 39.6]},
                   "properties": {"title": "T", "summary": "", "category": "clash", "sources": [{"title": "S"}],
                     "accounts": [{"party": "Armenia", "statement": "Says so."}]}}
                ]}""";
        DatasetException e = assertThrows(DatasetException.class, () -> new DatasetReader().readString(json, "acc.json"));
        assertEquals("acc.json:5:19: features[0].properties.accounts[0].sources: missing required member 'sources' "
                + "(expected a non-empty array of sources {\"title\", \"url\", \"publisher\"})", e.problems().get(0).toString());
    }

    @Test void precision_month_and_year_cover_the_whole_period() throws Exception {
        Dataset d = sample();
        TimedEvent month = d.event("ev-blockade-1989").orElseThrow();
        assertEquals(DatePrecision.MONTH, month.start().precision());
        assertEquals(TimeSpan.of(LocalDate.of(1989, 8, 1), LocalDate.of(1989, 9, 1)), month.span());
        TimedEvent years = d.event("ev-war-1992-1994").orElseThrow();
        assertEquals(TimeSpan.of(LocalDate.of(1992, 1, 1), LocalDate.of(1995, 1, 1)), years.span());
    }

    @Test void timestamp_keeps_the_local_time_of_day() throws Exception {
        TimedEvent e = sample().event("ev-ceasefire-2020").orElseThrow();
        assertEquals(LocalDate.of(2020, 11, 10), e.start().date());
        assertEquals(LocalTime.of(1, 0), e.start().timeOfDay());
        assertNull(e.placeId());
    }

    @Test void timed_features_keep_open_ends_and_defaults() throws Exception {
        Dataset d = sample();
        assertEquals(TimeSpan.of(LocalDate.of(2020, 11, 10), LocalDate.of(2022, 8, 26)), d.features().get(0).validity());
        assertEquals(FeatureKind.CHECKPOINT, d.features().get(1).kind());
        assertEquals(TimeSpan.from(LocalDate.of(2023, 4, 23)), d.features().get(1).validity());
        assertEquals("Checkpoint", d.features().get(1).names().international());
        assertEquals(4, d.places().size());
        assertNull(d.place("unlocated-post").orElseThrow().point());
    }

    @Test void file_larger_than_limit_is_rejected_without_reading_it_whole() {
        String json = "{\"type\": \"FeatureCollection\", \"version\": 1, \"features\": []}";
        DatasetException e = assertThrows(DatasetException.class, () -> new DatasetReader(20).readString(json, "big.json"));
        assertTrue(e.problems().get(0).message().startsWith("the file is larger than"), e::getMessage);
    }
}
