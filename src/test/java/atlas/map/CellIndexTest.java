package atlas.map;

import static org.junit.jupiter.api.Assertions.*;

import atlas.geo.ProjectedTimeline;
import atlas.geo.Viewport;
import atlas.model.Category;
import atlas.model.CoordinateStatus;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.Source;
import atlas.model.TimeSpan;
import atlas.model.TimeWindow;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import atlas.model.Track;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A frame computed from a {@link CellIndex} is the frame computed by visiting every shown event: random datasets
 * (points, places shared by many events, spans, month precision, approximate locations, events without a point,
 * lines and moving points, one or three layers), random windows, views, category filters and selections.
 */
class CellIndexTest {
    private static final Category[] CATS = Category.values();
    private static final List<Source> SRC = List.of(new Source("s", null, null));
    /** Cluster centres are sums taken in another order: equal up to rounding. */
    private static final double PX = 1e-6;

    @Test
    void frames_from_cells_equal_the_frames_of_every_event() throws Exception {
        Random r = new Random(20261129);
        int frames = 0, fromCells = 0;
        for (int dataset = 0; dataset < 12; dataset++) {
            int layers = dataset % 3 == 2 ? 3 : 1;
            ProjectedTimeline t = ProjectedTimeline.of(TimelineIndex.ofLayers(layers(r, 300 + r.nextInt(2500), layers), List.of()));
            for (int v = 0; v < 4; v++) {
                Viewport view = new Viewport(LatLon.of(39.2 + 1.2 * r.nextDouble(), 45.8 + 1.6 * r.nextDouble()),
                        7 + 4 * r.nextDouble(), 300 + r.nextInt(1400), 200 + r.nextInt(800));
                CellIndex cells = CellIndex.of(t, view);
                for (int k = 0; k < 12; k++) {
                    LocalDate date = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(6 * 365));
                    TimeWindow w = window(r, date);
                    Set<Category> cats = categories(r);
                    int selected = r.nextInt(3) == 0 ? -1 : r.nextInt(t.index().size());
                    EventFrame exact = EventFrame.compute(t, date, w, cats, selected, view);
                    EventFrame fast = EventFrame.compute(t, date, w, cats, selected, view, cells, 0);
                    String what = "dataset " + dataset + ", view " + view + ", " + w.key() + " on " + date + ", " + cats
                            + ", selected " + selected;
                    assertSameFrame(exact, fast, what);
                    frames++;
                    if (!exact.markers.isEmpty()) fromCells++;
                }
            }
        }
        assertTrue(fromCells > frames / 2, "most frames have markers: " + fromCells + " of " + frames);
    }

    @Test
    void cells_of_another_view_or_timeline_are_not_used() throws Exception {
        // given: cells built for one view
        Random r = new Random(7);
        ProjectedTimeline t = ProjectedTimeline.of(TimelineIndex.ofLayers(layers(r, 500, 1), List.of()));
        Viewport view = new Viewport(LatLon.of(39.8, 46.6), 8, 800, 600);
        Viewport panned = new Viewport(LatLon.of(39.8, 46.7), 8, 800, 600);
        CellIndex cells = CellIndex.of(t, view);
        Set<Category> all = EnumSet.allOf(Category.class);
        LocalDate d = LocalDate.of(2022, 6, 1);
        // when: a frame for another view is asked with them
        EventFrame f = EventFrame.compute(t, d, TimeWindow.cumulative(), all, -1, panned, cells, 0);
        // then: it is the other view's frame
        assertSameFrame(EventFrame.compute(t, d, TimeWindow.cumulative(), all, -1, panned), f, "panned");
        assertTrue(cells.isFor(t, view));
        assertFalse(cells.isFor(t, panned));
        assertFalse(cells.isFor(ProjectedTimeline.of(t.index()), view));
    }

    @Test
    void a_selected_event_stays_out_of_its_cluster_and_is_drawn_alone() {
        // given: 50 events at one place, cumulative window
        List<TimedEvent> events = new ArrayList<>();
        for (int i = 0; i < 50; i++) events.add(ev("e" + i, LocalDate.of(2022, 1, 1).plusDays(i), null, Category.CLASH, LatLon.of(39.8, 46.6), null));
        ProjectedTimeline t = ProjectedTimeline.of(TimelineIndex.of(events, List.of()));
        Viewport view = new Viewport(LatLon.of(39.8, 46.6), 9, 800, 600);
        CellIndex cells = CellIndex.of(t, view);
        // when: the 10th is selected
        EventFrame f = EventFrame.compute(t, LocalDate.of(2022, 12, 31), TimeWindow.cumulative(), EnumSet.allOf(Category.class), 10, view, cells, 0);
        // then
        assertEquals(1, f.markers.size());
        assertEquals(49, f.markers.get(0).count());
        assertEquals(events.get(49), f.markers.get(0).event(), "the latest");
        assertEquals(events.get(10), f.selected.event());
    }

    private static void assertSameFrame(EventFrame exact, EventFrame fast, String what) {
        assertEquals(exact.shownEvents(), fast.shownEvents(), what);
        assertEquals(exact.markers.size(), fast.markers.size(), what + ": markers " + exact.markers + " / " + fast.markers);
        for (int i = 0; i < exact.markers.size(); i++) assertSameMarker(exact.markers.get(i), fast.markers.get(i), what + ", marker " + i);
        if (exact.selected == null) assertNull(fast.selected, what);
        else assertSameMarker(exact.selected, fast.selected, what + ", selected");
        assertEquals(exact.shapes, fast.shapes, what);
    }

    private static void assertSameMarker(EventMarker a, EventMarker b, String what) {
        assertEquals(a.x(), b.x(), PX, what);
        assertEquals(a.y(), b.y(), PX, what);
        assertEquals(a.count(), b.count(), what);
        assertEquals(a.category(), b.category(), what);
        assertSame(a.event(), b.event(), what);
        assertEquals(a.opacity(), b.opacity(), what);
        assertEquals(a.layer(), b.layer(), what);
        assertEquals(a.approximate(), b.approximate(), what);
        assertEquals(a.minWorldX(), b.minWorldX(), what);
        assertEquals(a.minWorldY(), b.minWorldY(), what);
        assertEquals(a.maxWorldX(), b.maxWorldX(), what);
        assertEquals(a.maxWorldY(), b.maxWorldY(), what);
    }

    private static TimeWindow window(Random r, LocalDate date) {
        return switch (r.nextInt(6)) {
            case 0 -> TimeWindow.active();
            case 1 -> TimeWindow.last(1 + r.nextInt(60), ChronoUnit.DAYS);
            case 2 -> TimeWindow.last(1 + r.nextInt(30), ChronoUnit.MONTHS);
            case 3 -> TimeWindow.last(1 + r.nextInt(4), ChronoUnit.YEARS);
            case 4 -> TimeWindow.span(TimeSpan.of(date.minusDays(r.nextInt(2000)), date.plusDays(1 + r.nextInt(400))));
            default -> TimeWindow.cumulative();
        };
    }

    private static Set<Category> categories(Random r) {
        if (r.nextInt(2) == 0) return EnumSet.allOf(Category.class);
        Set<Category> s = EnumSet.noneOf(Category.class);
        for (Category c : CATS) if (r.nextInt(3) > 0) s.add(c);
        return s;
    }

    private static List<List<TimedEvent>> layers(Random r, int n, int layers) throws Exception {
        List<List<TimedEvent>> out = new ArrayList<>();
        for (int k = 0; k < layers; k++) out.add(new ArrayList<>());
        // a few places many events share (dense clusters), the rest scattered
        List<LatLon> places = new ArrayList<>();
        for (int i = 0; i < 12; i++) places.add(LatLon.of(39.0 + 1.6 * r.nextDouble(), 45.6 + 2.0 * r.nextDouble()));
        org.locationtech.jts.io.WKTReader wkt = new org.locationtech.jts.io.WKTReader();
        for (int i = 0; i < n; i++) {
            LocalDate d = LocalDate.of(2018, 1, 1).plusDays(r.nextInt(7 * 365));
            LatLon p = r.nextInt(3) == 0 ? places.get(r.nextInt(places.size()))
                    : LatLon.of(39.0 + 1.6 * r.nextDouble(), 45.6 + 2.0 * r.nextDouble());
            int kind = r.nextInt(40);
            Category c = CATS[r.nextInt(r.nextInt(4) == 0 ? CATS.length : 3)];
            TimedEvent e;
            String id = "e" + i;
            if (kind == 0) {
                e = new TimedEvent(id, EventDate.day(d), null, id, "", c, null, null, SRC, List.of());
            } else if (kind == 1) {
                e = new TimedEvent(id, EventDate.day(d), EventDate.day(d.plusDays(3 + r.nextInt(30))), id, "", c, null, null, SRC,
                        List.of(), null, wkt.read("LINESTRING (46.55 39.64, 46.75 39.81)"), null, null);
            } else if (kind == 2) {
                Track track = new Track(List.of(Instant.parse(d + "T12:00:00Z"), Instant.parse(d.plusDays(4) + "T12:00:00Z")),
                        List.of(p, places.get(0)));
                e = new TimedEvent(id, EventDate.day(d), EventDate.day(d.plusDays(4)), id, "", c, null, null, SRC, List.of(),
                        null, null, track, null);
            } else if (kind == 3) {
                e = new TimedEvent(id, EventDate.month(d.getYear(), d.getMonthValue()), null, id, "", c, null, p, SRC, List.of());
            } else {
                LocalDate end = r.nextInt(5) == 0 ? d.plusDays(1 + r.nextInt(r.nextInt(10) == 0 ? 900 : 60)) : null;
                e = ev(id, d, end, c, p, r.nextInt(6) == 0 ? CoordinateStatus.APPROXIMATE : null);
            }
            out.get(i % layers).add(e);
        }
        return out;
    }

    private static TimedEvent ev(String id, LocalDate start, LocalDate end, Category c, LatLon p, CoordinateStatus status) {
        return new TimedEvent(id, EventDate.day(start), end == null ? null : EventDate.day(end), id, "", c, null, p, SRC,
                List.of(), status, null, null, null);
    }
}
