package atlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.PixelXY;
import atlas.geo.Viewport;
import atlas.model.Drawing;
import atlas.model.LatLon;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Marks anchored at positions: drawn where the view projects them, after a pan too; drawing with the mouse. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AnnotationLayerTest {
    private static final LatLon A = LatLon.of(39.62, 46.50), B = LatLon.of(39.62, 46.60);
    private static final Color RED = Color.web("#d62d20");
    private AtlasMap map;
    private AnnotationLayer layer;
    private final List<Drawing> drawn = new ArrayList<>();

    @Start
    void start(Stage stage) {
        map = new AtlasMap(MapTestFixture.offline(), MapTestFixture.renderer());
        layer = new AnnotationLayer();
        map.addOverlay(layer);
        // the base-map legend opens at the top left: folded, it covers none of the points the tests draw at
        map.chrome().legend().setExpanded(false);
        layer.setOnDrawn(drawn::add);
        stage.setScene(new Scene(new StackPane(map), 800, 600));
        stage.show();
        map.setView(LatLon.of(39.62, 46.55), 11);
    }

    @Test
    void a_stroke_anchored_at_a_position_is_at_its_projected_pixel_after_a_pan(FxRobot robot) throws Exception {
        // given: a pen stroke from A to B
        robot.interact(() -> layer.setDrawings(List.of(Drawing.stroke(Drawing.Tool.PEN, List.of(A, B), "#d62d20", 11))));
        LatLon mid = LatLon.of(39.62, 46.55);
        PixelXY before = screen(mid);
        assertTrue(isNear(pixel(before), RED), "drawn at its place");
        // when: the map pans 150 px east and 90 px south
        robot.interact(() -> map.panBy(150, 90));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(screen(mid).x() - (before.x() - 150)) < 1);
        // then: the stroke is at the new projected pixel, and gone from the old one
        PixelXY after = screen(mid);
        assertEquals(before.y() - 90, after.y(), 1);
        assertTrue(isNear(pixel(after), RED), "drawn at its new place");
        assertFalse(isNear(pixel(before), RED), "not left behind");
        // and: zooming in keeps it on its positions (the stroke's ends move apart)
        robot.interact(() -> map.setView(mid, 12));
        WaitForAsyncUtils.waitForFxEvents();
        PixelXY a = screen(A);
        assertTrue(isNear(pixel(new PixelXY(a.x() + 3, a.y())), RED), "the end at A follows the zoom");
    }

    @Test
    void dragging_with_the_pen_draws_a_stroke_at_the_positions_under_the_pointer_and_the_map_stays(FxRobot robot) {
        // given
        robot.interact(() -> layer.setTool(Drawing.Tool.PEN));
        Viewport view = map.getView();
        Point2D from = onScreen(300, 300), to = onScreen(500, 360);
        // when
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(onScreen(400, 250)).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertEquals(1, drawn.size());
        Drawing d = drawn.get(0);
        assertEquals(Drawing.Tool.PEN, d.tool());
        assertTrue(d.points().size() >= 3, "the pointer's path: " + d.points().size());
        PixelXY first = view.toScreen(d.points().get(0)), last = view.toScreen(d.points().get(d.points().size() - 1));
        assertEquals(300, first.x(), 2);
        assertEquals(300, first.y(), 2);
        assertEquals(500, last.x(), 2);
        assertEquals(360, last.y(), 2);
        assertEquals(view.center(), map.getView().center(), "the map did not pan under the pen");
        assertEquals(11, d.zoom(), 1e-9);
    }

    @Test
    void an_arrow_goes_from_press_to_release_and_a_click_draws_none(FxRobot robot) {
        robot.interact(() -> layer.setTool(Drawing.Tool.ARROW));
        robot.clickOn(onScreen(200, 200));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(drawn.isEmpty(), "a click is no arrow");
        robot.moveTo(onScreen(200, 200)).press(MouseButton.PRIMARY).moveTo(onScreen(260, 230)).moveTo(onScreen(320, 260)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, drawn.size());
        assertEquals(2, drawn.get(0).points().size());
        assertEquals(320, map.getView().toScreen(drawn.get(0).points().get(1)).x(), 2);
    }

    @Test
    void the_text_tool_opens_a_field_where_clicked_and_enter_keeps_the_label(FxRobot robot) {
        robot.interact(() -> layer.setTool(Drawing.Tool.TEXT));
        robot.clickOn(onScreen(400, 200));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(layer.isTyping());
        robot.write("Hakari bridge").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(layer.isTyping());
        assertEquals(1, drawn.size());
        assertEquals("Hakari bridge", drawn.get(0).text());
        assertEquals(400, map.getView().toScreen(drawn.get(0).points().get(0)).x(), 2);
        // Esc drops a label being typed
        robot.clickOn(onScreen(300, 300)).write("x").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, drawn.size());
    }

    @Test
    void without_a_tool_a_drag_pans_the_map(FxRobot robot) throws Exception {
        LatLon c = map.getView().center();
        robot.moveTo(onScreen(400, 300)).press(MouseButton.PRIMARY).moveTo(onScreen(350, 300)).moveTo(onScreen(300, 300)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map.getView().center().lon() > c.lon() + 1e-4);
        assertTrue(drawn.isEmpty());
    }

    private PixelXY screen(LatLon p) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> map.getView().toScreen(p));
    }

    private Point2D onScreen(double x, double y) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> map.localToScreen(x, y));
    }

    private Color pixel(PixelXY p) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            map.layout();
            WritableImage img = map.snapshot(null, null);
            return img.getPixelReader().getColor((int) Math.round(p.x()), (int) Math.round(p.y()));
        });
    }

    private static boolean isNear(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.1 && Math.abs(a.getGreen() - b.getGreen()) < 0.1
                && Math.abs(a.getBlue() - b.getBlue()) < 0.1;
    }
}
