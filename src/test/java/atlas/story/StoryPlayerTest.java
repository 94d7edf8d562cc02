package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.LatLon;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.ui.AtlasState;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

    private void waitLanded() throws Exception {
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(player::isFlying).get());
    }

    static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(5, TimeUnit.SECONDS);
    }
}
