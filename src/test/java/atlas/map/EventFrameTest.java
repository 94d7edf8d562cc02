package atlas.map;

import static org.junit.jupiter.api.Assertions.*;

import atlas.geo.ProjectedTimeline;
import atlas.geo.Viewport;
import atlas.geo.WebMercator;
import atlas.model.Category;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.Source;
import atlas.model.TimeSpan;
import atlas.model.TimeWindow;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFrameTest {
    private static final LatLon STEPANAKERT = LatLon.of(39.81528, 46.75194);
    private static final LatLon LACHIN = LatLon.of(39.64083, 46.54694);
    private static final LatLon BAKU = LatLon.of(40.4093, 49.8671);

    private static TimedEvent ev(String id, String start, String end, Category c, LatLon p) {
        return new TimedEvent(id, EventDate.day(LocalDate.parse(start)), end == null ? null : EventDate.day(LocalDate.parse(end)),
                id, "", c, null, p, List.of(new Source("s", null, null)), List.of());
    }

    private final List<TimedEvent> events = List.of(
            ev("offensive", "2023-09-19", null, Category.WAR, STEPANAKERT),
            ev("ceasefire", "2023-09-20", null, Category.CEASEFIRE, STEPANAKERT),
            ev("decree", "2023-09-28", null, Category.POLITICAL, STEPANAKERT),
            ev("blockade", "2022-12-12", "2023-04-28", Category.CORRIDOR, LACHIN),
            ev("lachin-handover", "2022-08-26", null, Category.TERRITORIAL_CHANGE, LACHIN),
            ev("baku-statement", "2023-09-20", null, Category.DIPLOMACY, BAKU));
    private final TimelineIndex index = TimelineIndex.of(events, List.of());
    private final ProjectedTimeline timeline = ProjectedTimeline.of(index);
    private static final Set<Category> ALL = EnumSet.allOf(Category.class);
    /** Zoom 9 centred between Lachin and Stepanakert on an 800 x 600 view (Baku is off-screen). */
    private static final Viewport VIEW = new Viewport(LatLon.of(39.73, 46.65), 9, 800, 600);

    private EventFrame frame(String date, TimeWindow w, Set<Category> categories) {
        return EventFrame.compute(timeline, LocalDate.parse(date), w, categories, -1, VIEW);
    }

    @Test
    void shown_events_match_the_index_for_each_window() {
        for (TimeWindow w : List.of(TimeWindow.active(), TimeWindow.last(30, ChronoUnit.DAYS), TimeWindow.last(12, ChronoUnit.MONTHS), TimeWindow.cumulative())) {
            for (String d : List.of("2022-08-26", "2023-01-01", "2023-04-27", "2023-04-28", "2023-09-20", "2023-10-19", "2023-10-20")) {
                LocalDate day = LocalDate.parse(d);
                assertEquals(index.between(w.firstDay(day), w.endExclusive(day)), frame(d, w, ALL).shownEvents(), w + " on " + d);
            }
        }
    }

    @Test
    void a_span_ends_the_day_after_its_last_day() {
        // the end date of an interval is its last day (inclusive): the span is [12 Dec 2022, 29 Apr 2023)
        assertEquals(List.of("blockade"), ids(frame("2023-04-28", TimeWindow.active(), ALL)));
        assertEquals(List.of(), ids(frame("2023-04-29", TimeWindow.active(), ALL)), "the interval's last day was 28 Apr");
    }

    @Test
    void events_at_one_place_cluster_and_off_screen_ones_get_no_marker() {
        EventFrame f = frame("2023-09-30", TimeWindow.last(30, ChronoUnit.DAYS), ALL);
        assertEquals(4, f.shownCount(), "three at Stepanakert and one in Baku");
        assertEquals(1, f.markers.size(), "Baku is off-screen");
        EventMarker m = f.markers.get(0);
        assertEquals(3, m.count());
        assertEquals("decree", m.event().id(), "a cluster stands for its latest event");
    }

    @Test
    void markers_on_both_sides_of_a_cell_border_merge_into_one_cluster() {
        // two places 10 px apart straddling a cell border at zoom 9 (x of 46.65 sits at 400 px; cells start at -26)
        double borderX = 26 * 16 - 26;   // a cell border in screen px
        double lonA = WebMercator.lon((borderX - 5 - VIEW.screenX(0)) / VIEW.worldSizePx());
        double lonB = WebMercator.lon((borderX + 5 - VIEW.screenX(0)) / VIEW.worldSizePx());
        TimelineIndex idx = TimelineIndex.of(List.of(
                ev("a", "2023-09-19", null, Category.WAR, LatLon.of(39.73, lonA)),
                ev("b", "2023-09-20", null, Category.CEASEFIRE, LatLon.of(39.73, lonB))), List.of());
        EventFrame f = EventFrame.compute(ProjectedTimeline.of(idx), LocalDate.parse("2023-09-20"),
                TimeWindow.last(30, ChronoUnit.DAYS), ALL, -1, VIEW);
        assertEquals(1, f.markers.size());
        assertEquals(2, f.markers.get(0).count());
        assertEquals("b", f.markers.get(0).event().id());
    }

    @Test
    void older_events_fade_inside_the_window() {
        EventFrame f = frame("2023-05-20", TimeWindow.last(60, ChronoUnit.DAYS), ALL);
        EventMarker blockade = f.markers.get(0);
        assertEquals("blockade", blockade.event().id());
        assertTrue(blockade.opacity() < 0.8 && blockade.opacity() > 0.3, "ended 23 days ago: " + blockade.opacity());
        EventFrame g = frame("2023-04-27", TimeWindow.last(60, ChronoUnit.DAYS), ALL);
        assertEquals(1.0, g.markers.get(0).opacity(), 1e-6, "still active");
    }

    @Test
    void the_category_filter_applies() {
        Set<Category> noWar = EnumSet.complementOf(EnumSet.of(Category.WAR));
        assertEquals(List.of("ceasefire", "decree", "baku-statement").stream().sorted().toList(),
                ids(frame("2023-09-30", TimeWindow.last(30, ChronoUnit.DAYS), noWar)).stream().sorted().toList());
    }

    @Test
    void the_selected_event_is_drawn_apart_from_clusters() {
        int position = index.indexOf(events.get(1));
        EventFrame f = EventFrame.compute(timeline, LocalDate.parse("2023-09-30"), TimeWindow.last(30, ChronoUnit.DAYS), ALL,
                position, VIEW);
        assertEquals("ceasefire", f.selected.event().id());
        assertEquals(2, f.markers.get(0).count());
        assertEquals(4, f.shownCount());
    }

    @Test
    void a_span_window_shows_the_whole_span_whatever_the_date_at_full_opacity() {
        // given: a story stop about 1-31 Aug 2022 and the date at its start
        TimeWindow aug = TimeWindow.span(TimeSpan.of(LocalDate.parse("2022-08-01"), LocalDate.parse("2022-09-01")));
        // when
        EventFrame f = frame("2022-08-01", aug, ALL);
        // then: the 26 Aug handover is shown although it comes after the date, drawn opaque
        assertEquals(List.of("lachin-handover"), ids(f));
        assertEquals(1.0, f.markers.get(0).opacity(), 1e-6);
        assertEquals("1 Aug – 31 Aug 2022", aug.label());
    }

    @Test
    void an_event_without_a_location_is_shown_but_never_drawn() {
        // given: a statement with no place beside the three events at Stepanakert
        TimedEvent nowhere = ev("statement-nowhere", "2023-09-21", null, Category.DIPLOMACY, null);
        List<TimedEvent> all = new java.util.ArrayList<>(events);
        all.add(nowhere);
        TimelineIndex idx = TimelineIndex.of(all, List.of());
        ProjectedTimeline t = ProjectedTimeline.of(idx);
        assertTrue(Double.isNaN(t.worldX(idx.indexOf(nowhere))), "no point: NaN, never a position");
        // when: it is in the window, and even when it is the selected event
        EventFrame f = EventFrame.compute(t, LocalDate.parse("2023-09-30"), TimeWindow.last(30, ChronoUnit.DAYS), ALL,
                idx.indexOf(nowhere), VIEW);
        // then: it is among the events shown (the list, stepping) but no marker stands for it
        assertTrue(f.shownEvents().contains(nowhere));
        assertEquals(5, f.shownCount());
        assertEquals(3, f.markers.get(0).count(), "the cluster at Stepanakert holds only the three located events");
        assertTrue(f.markers.stream().noneMatch(m -> m.event() == nowhere));
        assertEquals(null, f.selected, "a selected event without a point has no marker");
    }

    @Test
    void time_window_keys_round_trip_and_bad_ones_are_refused() {
        for (TimeWindow w : List.of(TimeWindow.active(), TimeWindow.cumulative(), TimeWindow.last(3, ChronoUnit.MONTHS),
                TimeWindow.span(TimeSpan.of(LocalDate.parse("2022-08-01"), LocalDate.parse("2022-09-01")))))
            assertEquals(w, TimeWindow.ofKey(w.key()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeWindow.ofKey("last:0:days"));
        assertTrue(e.getMessage().contains("last:0:days"));
        assertEquals("Last 1 month", TimeWindow.last(1, ChronoUnit.MONTHS).label());
    }

    private static List<String> ids(EventFrame f) { return f.shownEvents().stream().map(TimedEvent::id).toList(); }

    // Workspace layers: shapes, moving points, approximate locations and layers.

    private static TimedEvent shaped(String id, String start, String end, String wkt, atlas.model.Track track,
                                     atlas.model.CoordinateStatus status, LatLon p) throws Exception {
        org.locationtech.jts.geom.Geometry g = wkt == null ? null : new org.locationtech.jts.io.WKTReader().read(wkt);
        return new TimedEvent(id, EventDate.day(LocalDate.parse(start)), end == null ? null : EventDate.day(LocalDate.parse(end)),
                id, "", Category.CLASH, null, p, List.of(new Source("s", null, null)), List.of(), status, g, track, null);
    }

    @Test
    void a_line_is_a_shape_and_a_moving_point_is_drawn_where_it_is_on_the_date() throws Exception {
        // given: a road segment, and a convoy moving from Lachin to Stepanakert over two days
        TimedEvent road = shaped("road", "2023-09-19", null, "LINESTRING (46.55 39.64, 46.75 39.81)", null, null, null);
        atlas.model.Track track = new atlas.model.Track(List.of(java.time.Instant.parse("2023-09-19T12:00:00Z"),
                java.time.Instant.parse("2023-09-21T12:00:00Z")), List.of(LACHIN, STEPANAKERT));
        TimedEvent convoy = shaped("convoy", "2023-09-19", "2023-09-21", null, track, null, null);
        ProjectedTimeline t = ProjectedTimeline.of(TimelineIndex.of(List.of(road, convoy), List.of()));
        // when: on the middle day
        EventFrame f = EventFrame.compute(t, LocalDate.parse("2023-09-20"), TimeWindow.last(30, ChronoUnit.DAYS), ALL, -1, VIEW);
        // then: both are shapes (the convoy's is its path), and the convoy's marker is half-way
        assertEquals(List.of("convoy", "road"), f.shapes.stream().map(s -> s.event().id()).toList(), "timeline order");
        assertTrue(f.shapes.get(0).track());
        assertFalse(f.shapes.get(1).track());
        assertFalse(f.shapes.get(1).shape().hasArea());
        LatLon half = track.positionAt(java.time.Instant.parse("2023-09-20T12:00:00Z"));
        EventMarker m = f.markers.stream().filter(x -> x.event() == convoy).findFirst().orElseThrow();
        assertEquals(VIEW.toScreen(half).x(), m.x(), 0.01);
        assertEquals(VIEW.toScreen(half).y(), m.y(), 0.01);
    }

    @Test
    void markers_tell_their_layer_and_whether_they_are_approximate() throws Exception {
        // given: layer 0 sourced at Lachin, layer 1 approximate at Lachin and sourced in Stepanakert
        TimedEvent a = shaped("a", "2023-09-19", null, null, null, null, LACHIN);
        TimedEvent b = shaped("b", "2023-09-19", null, null, null, atlas.model.CoordinateStatus.APPROXIMATE, LACHIN);
        TimedEvent c = shaped("c", "2023-09-19", null, null, null, atlas.model.CoordinateStatus.APPROXIMATE, STEPANAKERT);
        ProjectedTimeline t = ProjectedTimeline.of(TimelineIndex.ofLayers(List.of(List.of(a), List.of(b, c)), List.of()));
        // when
        EventFrame f = EventFrame.compute(t, LocalDate.parse("2023-09-19"), TimeWindow.active(), ALL, -1, VIEW);
        // then: Lachin is a cluster of both layers (mixed, not all approximate); Stepanakert layer 1, approximate
        EventMarker lachin = f.markers.stream().filter(m -> m.count() == 2).findFirst().orElseThrow();
        assertEquals(EventMarker.MIXED, lachin.layer());
        assertFalse(lachin.approximate());
        EventMarker stepanakert = f.markers.stream().filter(m -> m.event() == c).findFirst().orElseThrow();
        assertEquals(1, stepanakert.layer());
        assertTrue(stepanakert.approximate());
    }
}
