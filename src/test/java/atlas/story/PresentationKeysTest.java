package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.LatLon;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.ui.AtlasState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The presentation's keys, pressed for real on a presentation view. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PresentationKeysTest {
    private final AtlasState state = new AtlasState();
    private final PlainCamera camera = new PlainCamera(LatLon.of(39.7, 46.5), 8);
    private final StoryPlayer player = new StoryPlayer(state, camera);
    private final List<String> actions = new ArrayList<>();
    private PresentationView view;

    @Start
    void start(Stage stage) {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < 12; i++)
            stops.add(new Stop("Stop " + (i + 1), "Text **" + (i + 1) + "**", LocalDate.of(2022, 8, 1).plusDays(i), null,
                    LatLon.of(39.5 + i * 0.01, 46.5), 9 + i * 0.1, null, List.of(), "", List.of()));
        player.setStory(new Story("Twelve", "", stops));
        player.setFlightTime(Duration.millis(100));
        PresentationKeys keys = new PresentationKeys(player, new PresentationKeys.Actions() {
            @Override public void exit() { actions.add("exit"); }
            @Override public void scaleText(int steps) { view.scaleText(steps); }
            @Override public void resetTextScale() { view.textScaleProperty().set(PresentationView.DEFAULT_SCALE); }
            @Override public void toggleContrast() { view.setHighContrast(!view.isHighContrast()); }
        });
        view = new PresentationView(player, state, new Label("map"), null, keys);
        Scene scene = new Scene(view, 1000, 600);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::handle);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void every_next_and_previous_key_moves_one_stop(FxRobot robot) {
        for (KeyCode k : List.of(KeyCode.RIGHT, KeyCode.DOWN, KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.ENTER)) robot.type(k);
        assertEquals(4, index());
        for (KeyCode k : List.of(KeyCode.LEFT, KeyCode.UP, KeyCode.PAGE_UP, KeyCode.BACK_SPACE)) robot.type(k);
        assertEquals(0, index());
        robot.type(KeyCode.END);
        assertEquals(11, index());
        robot.type(KeyCode.HOME);
        assertEquals(0, index());
    }

    @Test
    void digits_then_enter_go_to_that_stop_and_escape_clears_them_first(FxRobot robot) {
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT0, KeyCode.ENTER);
        assertEquals(9, index());
        assertEquals("Stop 10", robot.lookup("#caption-title").queryLabeled().getText());
        robot.type(KeyCode.DIGIT3, KeyCode.ESCAPE);
        assertTrue(actions.isEmpty());
        robot.type(KeyCode.ENTER);
        assertEquals(10, index(), "Enter without digits is next");
        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of("exit"), actions);
    }

    @Test
    void b_blanks_the_screen_and_ctrl_plus_scales_text(FxRobot robot) {
        robot.type(KeyCode.B);
        assertTrue(robot.lookup("#blank-cover").query().isVisible());
        robot.type(KeyCode.B);
        assertFalse(robot.lookup("#blank-cover").query().isVisible());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertTrue(view.getStyleClass().contains("text-scale-" + (PresentationView.DEFAULT_SCALE + 2)));
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertEquals(PresentationView.DEFAULT_SCALE + 1, view.textScaleProperty().get());
        robot.type(KeyCode.C);
        assertTrue(view.isHighContrast());
    }

    @Test
    void rapid_presses_end_on_the_right_stop_with_its_view(FxRobot robot) throws Exception {
        // when: seven presses without waiting for any flight
        for (int i = 0; i < 7; i++) robot.push(KeyCode.PAGE_DOWN);
        robot.push(KeyCode.PAGE_UP);
        // then
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(player::isFlying).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, index());
        assertEquals(LocalDate.of(2022, 8, 6), state.getDate());
        assertEquals(39.55, camera.center().lat(), 1e-6);
        assertEquals(9.5, camera.zoom(), 1e-6);
        assertEquals("6 / 12", robot.lookup("#caption-counter").queryLabeled().getText());
    }

    private int index() {
        WaitForAsyncUtils.waitForFxEvents();
        return player.getIndex();
    }
}
