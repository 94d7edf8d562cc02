package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Drawing;
import atlas.model.LatLon;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.model.TimeSpan;
import atlas.model.TimeWindow;
import atlas.ui.AtlasState;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.InvalidationListener;
import java.util.concurrent.TimeUnit;
import javafx.util.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StoryPlayerTest {
    private static final Story STORY = new Story("Three stops", "", List.of(
            new Stop("Old road", "", LocalDate.of(2021, 6, 1), null, LatLon.of(39.64, 46.55), 10,
                    List.of("corridor", "events"), List.of(), "", List.of()),
            new Stop("New road", "", LocalDate.of(2022, 8, 30), null, LatLon.of(39.60, 46.60), 11,
                    List.of("corridor"), List.of("e-missing"), "", List.of()),
            Stop.at("Exodus", LocalDate.of(2023, 9, 24), LatLon.of(39.55, 46.40), 9)));

    private final AtlasState state = new AtlasState();
    private final PlainCamera camera = new PlainCamera(LatLon.of(39.7, 46.5), 8);
    private final StoryPlayer player = new StoryPlayer(state, camera);

    @Test
    void next_applies_date_and_layers_at_once_and_flies_the_camera() throws Exception {
        // given
        fx(() -> player.setStory(STORY));
        // when
        fx(player::next);
        // then: the state is already the stop's, the camera is still on its way
        fx(() -> {
            assertEquals(0, player.getIndex());
            assertEquals(LocalDate.of(2021, 6, 1), state.getDate());
            assertEquals(Set.of("corridor", "events"), state.visibleLayers());
            assertTrue(player.isFlying());
        });
        waitLanded();
        fx(() -> {
            assertEquals(39.64, camera.center().lat(), 1e-9);
            assertEquals(46.55, camera.center().lon(), 1e-9);
            assertEquals(10, camera.zoom(), 1e-9);
        });
    }

    @Test
    void a_new_move_mid_flight_starts_from_the_current_camera_and_ends_on_the_last_stop() throws Exception {
        // given
        fx(() -> { player.setStory(STORY); player.first(); });
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        // when
        fx(() -> {
            int before = camera.shown.size();
            LatLon mid = camera.center();
            player.next();
            player.next();
            // then: no jump back to where the first flight started
            assertEquals(before, camera.shown.size());
            assertEquals(mid, camera.center());
            assertEquals(2, player.getIndex());
            assertEquals(LocalDate.of(2023, 9, 24), state.getDate());
            assertEquals(Set.of("corridor"), state.visibleLayers(), "the last stop leaves the layers as they were");
        });
        waitLanded();
        fx(() -> assertEquals(LatLon.of(39.55, 46.40), camera.center()));
    }

    @Test
    void positions_are_clamped_and_unknown_events_are_ignored() throws Exception {
        // given
        fx(() -> { player.setStory(STORY); player.setFlightTime(Duration.ZERO); });
        // when / then
        fx(() -> {
            player.previous();
            assertEquals(0, player.getIndex());
            player.last();
            player.next();
            assertEquals(2, player.getIndex());
            player.go(1);
            assertEquals(null, state.getSelectedEvent());
            assertEquals(Set.of("e-missing"), state.highlightedEvents());
            assertFalse(player.isFlying());
            assertEquals(LatLon.of(39.60, 46.60), camera.center());
            player.close();
            assertTrue(state.highlightedEvents().isEmpty());
        });
    }

    @Test
    void blank_is_lifted_by_moving() throws Exception {
        fx(() -> {
            player.setStory(STORY);
            player.first();
            player.blankProperty().set(true);
            player.next();
            assertFalse(player.blankProperty().get());
        });
    }

    @Test
    void a_stop_window_drives_the_time_window_and_the_user_window_comes_back() throws Exception {
        // given: the user's window is "Active on this day"; a story whose second stop is about 1-31 Aug 2022
        TimeSpan august = TimeSpan.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 9, 1));
        Story s = new Story("Windows", "", List.of(Stop.at("Before", LocalDate.of(2021, 6, 1), LatLon.of(39.6, 46.5), 9),
                new Stop("August", "", LocalDate.of(2022, 8, 26), august, LatLon.of(39.6, 46.5), 9, null, List.of(), "", List.of()),
                Stop.at("After", LocalDate.of(2023, 9, 24), LatLon.of(39.6, 46.5), 9)));
        fx(() -> { state.setTimeWindow(TimeWindow.active()); player.setStory(s); player.setFlightTime(Duration.ZERO); });
        // when / then
        fx(() -> {
            player.first();
            assertEquals(TimeWindow.active(), state.getTimeWindow());
            player.next();
            assertEquals(TimeWindow.span(august), state.getTimeWindow(), "the stop's window");
            assertEquals("1 Aug – 31 Aug 2022", state.getTimeWindow().label());
            player.next();
            assertEquals(TimeWindow.active(), state.getTimeWindow(), "a stop without a window: the user's again");
            player.previous();
            assertEquals(TimeWindow.span(august), state.getTimeWindow());
            player.close();
            assertEquals(TimeWindow.active(), state.getTimeWindow(), "the presentation ended");
        });
    }

    @Test
    void moving_the_date_out_of_a_stop_window_gives_the_user_window_back() throws Exception {
        TimeSpan august = TimeSpan.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 9, 1));
        fx(() -> {
            state.setTimeWindow(TimeWindow.last(3, ChronoUnit.MONTHS));
            StoryPlayer.applyTo(state, new Stop("August", "", LocalDate.of(2022, 8, 26), august, LatLon.of(39.6, 46.5), 9,
                    null, List.of(), "", List.of()));
            state.setDate(LocalDate.of(2022, 8, 2));
            assertEquals(TimeWindow.span(august), state.getTimeWindow(), "inside the window it stays");
            state.setDate(LocalDate.of(2022, 10, 2));
            assertEquals(TimeWindow.last(3, ChronoUnit.MONTHS), state.getTimeWindow());
        });
    }

    @Test
    void listeners_see_a_stop_whole() throws Exception {
        // given: listeners that record what the state holds when any part of it changes
        List<String> seen = new ArrayList<>();
        Stop august = new Stop("August", "", LocalDate.of(2022, 8, 26), TimeSpan.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 9, 1)),
                LatLon.of(39.6, 46.5), 9, List.of("corridor"), List.of("e-missing"), "", List.of());
        fx(() -> {
            state.visibleLayers().addAll(List.of("corridor", "band"));
            Runnable record = () -> seen.add(state.getDate() + " " + state.getTimeWindow().kind() + " " + new TreeSet<>(state.visibleLayers())
                    + " " + state.highlightedEvents());
            state.dateProperty().addListener(o -> record.run());
            state.timeWindowProperty().addListener(o -> record.run());
            state.visibleLayers().addListener((InvalidationListener) o -> record.run());
            state.highlightedEvents().addListener((InvalidationListener) o -> record.run());
        });
        // when
        fx(() -> StoryPlayer.applyTo(state, august));
        // then: every listener saw the whole stop, and each was told once
        assertEquals(4, seen.size(), seen.toString());
        for (String x : seen) assertEquals("2022-08-26 SPAN [corridor] [e-missing]", x);
    }

    private void waitLanded() throws Exception {
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(player::isFlying).get());
    }

    static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(5, TimeUnit.SECONDS);
    }

    @Test
    void a_stop_brings_its_drawings_and_coming_back_shows_what_was_drawn_there() throws Exception {
        // given: the first stop keeps a ring
        Drawing ring = Drawing.stroke(Drawing.Tool.PEN, List.of(LatLon.of(39.55, 46.54), LatLon.of(39.56, 46.55)), "#d62d20", 10);
        Drawing arrow = Drawing.stroke(Drawing.Tool.ARROW, List.of(LatLon.of(39.6, 46.6), LatLon.of(39.58, 46.58)), "#1f5fbf", 11);
        Story story = STORY.withStopReplaced(0, STORY.stop(0).withDrawings(List.of(ring)));
        fx(() -> { player.setStory(story); player.first(); });
        fx(() -> assertEquals(List.of(ring), state.getDrawings()));
        // when: the presenter adds an arrow, goes on (the next stop keeps none) and comes back
        fx(() -> state.setDrawings(List.of(ring, arrow)));
        fx(player::next);
        fx(() -> assertEquals(List.of(), state.getDrawings(), "the next stop keeps no drawings"));
        fx(player::previous);
        // then
        fx(() -> assertEquals(List.of(ring, arrow), state.getDrawings(), "what was drawn at the stop is back"));
        fx(() -> assertEquals(java.util.Map.of(0, List.of(ring, arrow)), player.unkeptDrawings()));
        // when: kept with the stop
        fx(() -> {
            Stop kept = player.keepDrawings();
            assertEquals(List.of(ring, arrow), kept.drawings());
            assertEquals(0, player.getIndex(), "keeping does not move");
            assertEquals(List.of(ring, arrow), player.getStory().stop(0).drawings());
            assertTrue(player.unkeptDrawings().isEmpty());
        });
    }
}
