package atlas.map;

import static org.junit.jupiter.api.Assertions.*;

import atlas.geo.ProjectedTimeline;
import atlas.geo.Viewport;
import atlas.model.Category;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.Source;
import atlas.model.TimeWindow;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The event layer builds the cells of a view once the date moves with the map still, and draws the same from them. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EventLayerCellsTest {
    private static final Viewport VIEW = new Viewport(LatLon.of(39.8, 46.6), 9, 1200, 800);
    private final ConcurrentLinkedQueue<Runnable> builds = new ConcurrentLinkedQueue<>();

    @Test
    void a_moving_date_builds_the_cells_of_the_still_view_and_frames_stay_the_same() throws Exception {
        // given: 30,000 events over the region, all up to now
        ProjectedTimeline t = ProjectedTimeline.of(TimelineIndex.of(events(30_000), List.of()));
        EventLayer layer = fx(() -> {
            EventLayer l = new EventLayer(builds::add);
            l.setTimeline(t);
            l.setWindow(TimeWindow.cumulative());
            l.setDate(LocalDate.of(2021, 1, 1));
            l.renderView(VIEW);
            return l;
        });
        // when: the map pans (no build), then the date moves twice with the map still
        fx(() -> layer.renderView(VIEW.withView(LatLon.of(39.9, 46.6), 9)));
        assertTrue(builds.isEmpty(), "a new view alone builds nothing");
        fx(() -> { layer.renderView(VIEW); layer.setDate(LocalDate.of(2022, 1, 1)); return layer.renderView(VIEW); });
        assertEquals(1, builds.size(), "one build for the still view");
        fx(() -> { layer.setDate(LocalDate.of(2022, 2, 1)); return layer.renderView(VIEW); });
        assertEquals(1, builds.size(), "not twice while it is being built");
        builds.poll().run();
        WaitForAsyncUtils.waitForFxEvents();
        // then: the next frames come from the cells and are the frames of every event
        assertTrue(fx(() -> layer.hasCellsFor(VIEW)));
        for (LocalDate d : List.of(LocalDate.of(2022, 3, 1), LocalDate.of(2023, 9, 20), LocalDate.of(2019, 5, 5))) {
            List<EventMarker> drawn = fx(() -> { layer.setDate(d); return layer.renderView(VIEW); });
            EventFrame exact = EventFrame.compute(t, d, TimeWindow.cumulative(), EnumSet.allOf(Category.class), -1, VIEW);
            assertEquals(exact.markers.size(), drawn.size(), "on " + d);
            for (int i = 0; i < drawn.size(); i++) {
                assertEquals(exact.markers.get(i).count(), drawn.get(i).count(), "on " + d);
                assertSame(exact.markers.get(i).event(), drawn.get(i).event(), "on " + d);
                assertEquals(exact.markers.get(i).x(), drawn.get(i).x(), 1e-6, "on " + d);
            }
        }
        // and: another timeline drops them
        fx(() -> { layer.setTimeline(ProjectedTimeline.of(t.index())); return null; });
        assertFalse(fx(() -> layer.hasCellsFor(VIEW)));
        fx(() -> { layer.dispose(); return null; });
    }

    private static List<TimedEvent> events(int n) {
        Random r = new Random(3);
        List<Source> src = List.of(new Source("s", null, null));
        Category[] cats = Category.values();
        List<TimedEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate d = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3650));
            out.add(new TimedEvent("e" + i, EventDate.day(d), null, "e" + i, "", cats[r.nextInt(cats.length)], null,
                    LatLon.of(39.0 + 1.6 * r.nextDouble(), 45.6 + 2.0 * r.nextDouble()), src, List.of()));
        }
        return out;
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }
}
