package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.Viewport;
import atlas.map.AtlasMap;
import atlas.map.TileSources;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        WindowPrefs.standard().clear();
        this.stage = stage;
        new AtlasApp().start(stage);
    }

    private AtlasMap map(FxRobot robot) { return robot.lookup("#atlas-map").queryAs(AtlasMap.class); }

    private String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void window_opens_on_the_region_with_tiles(FxRobot robot) throws Exception {
        // when
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TileSources.loaded() > 0 && TileSources.pending() == 0);
        settle();
        // then
        assertEquals("Corridor Atlas", stage.getTitle());
        Viewport v = map(robot).getView();
        assertEquals(39.7, v.center().lat(), 0.01);
        assertEquals(46.5, v.center().lon(), 0.01);
        assertEquals(9, v.zoom(), 0.01);
        assertTrue(text(robot, "#scale-label").endsWith("km"));
        assertTrue(text(robot, "#attribution").contains("OpenStreetMap contributors"));
        // and: the event list, details and timeline bar are built once the map is on screen
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#event-list-panel").tryQuery().isPresent()
                && robot.lookup("#event-details").tryQuery().isPresent()
                && robot.lookup(".timeline-bar").tryQuery().isPresent());
    }

    @Test
    void scrolling_zooms_in_and_the_scale_bar_follows(FxRobot robot) {
        // given
        settle();
        AtlasMap map = map(robot);
        double zoom = map.getView().zoom();
        String scale = text(robot, "#scale-label");
        double barWidth = robot.lookup("#scale-bar").queryAs(Region.class).getWidth();
        // when: a large wheel delta at the map's centre (Monocle's robot wheel gives only +-1)
        robot.interact(() -> {
            Point2D c = map.localToScene(map.getWidth() / 2, map.getHeight() / 2);
            Point2D s = map.localToScreen(map.getWidth() / 2, map.getHeight() / 2);
            map.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, c.getX(), c.getY(), s.getX(), s.getY(), false, false,
                    false, false, false, false, 0, 80, 0, 80, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
        settle();
        // then: one level deeper, a shorter distance or a wider bar
        assertEquals(zoom + 1, map.getView().zoom(), 0.01);
        double newWidth = robot.lookup("#scale-bar").queryAs(Region.class).getWidth();
        assertTrue(!scale.equals(text(robot, "#scale-label")) || Math.abs(newWidth - barWidth) > 1,
                "scale bar changed: " + scale + " -> " + text(robot, "#scale-label"));
        // and the zoom buttons bring it back
        robot.clickOn("#zoom-out");
        settle();
        assertEquals(zoom, map.getView().zoom(), 0.01);
        assertEquals(scale, text(robot, "#scale-label"));
    }

    @Test
    void dragging_pans_and_the_pointer_position_follows(FxRobot robot) {
        // given: the pointer over a point of the map
        settle();
        AtlasMap map = map(robot);
        // (in Iran, south-east of the view: no event markers or corridor there to catch the mouse)
        Point2D at = map.localToScreen(map.getWidth() * 0.8, map.getHeight() * 0.85);
        robot.moveTo(at);
        settle();
        String before = text(robot, "#cursor-position");
        double lon = map.getView().center().lon();
        // when: drag the map 120 px to the left
        robot.press(MouseButton.PRIMARY).moveBy(-60, 0).moveBy(-60, 0).release(MouseButton.PRIMARY);
        settle();
        robot.moveTo(at);
        settle();
        // then: the view moved east and the same screen point shows another position
        assertTrue(map.getView().center().lon() > lon + 0.1, "centre moved east: " + map.getView().center());
        assertNotEquals(before, text(robot, "#cursor-position"));
        assertTrue(before.matches("\\d+\\.\\d{5}° N  \\d+\\.\\d{5}° E"), before);
    }

    @Test
    void arrow_keys_pan_and_plus_minus_zoom(FxRobot robot) {
        settle();
        AtlasMap map = map(robot);
        robot.interact(map::requestFocus);
        double lon = map.getView().center().lon(), zoom = map.getView().zoom();
        robot.type(KeyCode.RIGHT);
        settle();
        assertTrue(map.getView().center().lon() > lon, "right arrow pans east");
        robot.type(KeyCode.ADD);
        settle();
        assertEquals(zoom + 1, map.getView().zoom(), 0.01);
        robot.type(KeyCode.SUBTRACT);
        settle();
        assertEquals(zoom, map.getView().zoom(), 0.01);
    }

    @Test
    void switching_the_tile_source_keeps_the_view(FxRobot robot) {
        settle();
        AtlasMap map = map(robot);
        @SuppressWarnings("unchecked")
        ComboBox<Object> sources = robot.lookup("#tile-source").queryAs(ComboBox.class);
        assertEquals(2, sources.getItems().size());
        Viewport v = map.getView();
        // when: choose the second entry, then back to the first (offline)
        robot.interact(() -> sources.getSelectionModel().select(1));
        settle();
        assertTrue(text(robot, "#attribution").startsWith("Map tiles © OpenStreetMap"));
        robot.interact(() -> sources.getSelectionModel().select(0));
        settle();
        // then
        assertEquals(v.center().lat(), map.getView().center().lat(), 1e-3);
        assertEquals(v.zoom(), map.getView().zoom(), 1e-3);
    }

    @Test
    void the_event_list_opens_at_the_date_not_at_the_first_event(FxRobot robot) throws Exception {
        // given: the panels built after the first paint
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#event-list").tryQuery().isPresent());
        settle();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<atlas.model.TimedEvent> list = robot.lookup("#event-list").queryAs(javafx.scene.control.ListView.class);
        EventListPanel panel = robot.lookup("#event-list-panel").queryAs(EventListPanel.class);
        java.time.LocalDate date = robot.lookup(".timeline-bar").queryAs(TimelineBar.class).getDate();
        // then: the row of the date (the last event on or before it) is in view, and the list is not at its top
        int[] shown = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
            return new int[]{flow.getFirstVisibleCell().getIndex(), flow.getLastVisibleCell().getIndex(), panel.rowOfDate()};
        });
        assertTrue(shown[0] > 0, "scrolled away from the first event of 1988: first row " + shown[0]);
        assertTrue(shown[0] <= shown[2] && shown[2] <= shown[1], "the date's row " + shown[2] + " in view " + shown[0] + "-" + shown[1]);
        assertTrue(!list.getItems().get(shown[2]).start().firstDay().isAfter(date), "the row is on or before " + date);
    }
}
