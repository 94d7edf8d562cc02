package atlas.map;

import static atlas.map.CorridorSceneTest.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.FeatureKind;
import atlas.model.FeatureStatus;
import atlas.model.NameStyle;
import atlas.model.PlaceNames;
import atlas.model.Source;
import atlas.model.TimeSpan;
import atlas.model.TimedFeature;
import atlas.model.LatLon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.io.WKTReader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CorridorLayerTest {
    private final List<String> opened = new ArrayList<>();
    private AtlasMap map;
    private CorridorLayer layer;

    @Start
    void start(Stage stage) throws Exception {
        map = new AtlasMap(MapTestFixture.offline(), MapTestFixture.renderer());
        layer = new CorridorLayer(opened::add);
        map.addOverlay(layer);
        TimedFeature old = feature("old-route", FeatureKind.CORRIDOR_ROUTE, FeatureStatus.OPEN,
                "LINESTRING (46.40 39.60, 46.70 39.60)", "2020-11-10", "2022-08-30");
        TimedFeature checkpoint = new TimedFeature("cp", FeatureKind.CHECKPOINT,
                new PlaceNames("Armenian name", "Azerbaijani name", "English name", null, null, null),
                new WKTReader().read("POINT (46.55 39.66)"), TimeSpan.from(LocalDate.of(2020, 1, 1)), FeatureStatus.CHECKPOINT,
                true, 2, false, "A neutral description.",
                List.of(new Source("Source one", "https://example.org/one", "Pub"), new Source("No link", null, null)));
        TimedFeature next = feature("new-route", FeatureKind.CORRIDOR_ROUTE, FeatureStatus.CLOSED_TO_CIVILIANS,
                "LINESTRING (46.40 39.56, 46.70 39.56)", "2022-08-30", null);
        layer.setFeatures(List.of(old, checkpoint, next));
        layer.setDate(LocalDate.of(2021, 6, 1));
        stage.setScene(new Scene(new StackPane(map), 800, 600));
        stage.show();
        map.setView(LatLon.of(39.62, 46.55), 11);
    }

    @Test
    void date_change_redraws_the_route_of_the_day_at_once(FxRobot robot) {
        // then: phase 1 drawn in the open colour along lat 39.60, nothing along lat 39.56
        assertTrue(isNear(pixel(robot, 39.60, 46.50), CorridorPalette.DEFAULT.open()), "open route drawn");
        assertFalse(isNear(pixel(robot, 39.56, 46.50), CorridorPalette.DEFAULT.blockaded()), "no later route yet");
        // when: the date crosses 30 Aug 2022
        robot.interact(() -> layer.setDate(LocalDate.of(2022, 8, 30)));
        // then
        assertTrue(isNear(pixel(robot, 39.56, 46.50), CorridorPalette.DEFAULT.blockaded()), "new route drawn");
        assertFalse(isNear(pixel(robot, 39.60, 46.50), CorridorPalette.DEFAULT.open()), "old route gone");
        assertEquals(List.of("new-route-band", "new-route", "cp"),
                layer.drawnItems().stream().map(i -> i.feature().id()).toList());
    }

    @Test
    void band_toggle_removes_the_band(FxRobot robot) {
        robot.interact(() -> layer.bandVisibleProperty().set(false));
        assertEquals(List.of("old-route", "cp"), layer.drawnItems().stream().map(i -> i.feature().id()).toList());
        assertFalse(layer.legend().keys().contains("corridor-band"));
        robot.interact(() -> layer.bandVisibleProperty().set(true));
        assertTrue(layer.legend().keys().containsAll(List.of("corridor-band", "corridor-route:open", "checkpoint", "approximate", "band-note")));
    }

    @Test
    void hovering_a_point_shows_its_popup_and_clicking_pins_it_with_links(FxRobot robot) {
        // when: move over the checkpoint
        Point2D p = onScreen(robot, 39.66, 46.55);
        robot.moveTo(p);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        CorridorPopup popup = layer.popup();
        assertTrue(popup.isVisible());
        assertEquals("cp", popup.feature().id());
        assertTrue(robot.lookup(".corridor-popup-title").queryLabeled().getText().contains("Armenian name / Azerbaijani name"));
        // when: names in Azerbaijani usage
        robot.interact(() -> layer.nameStyleProperty().set(NameStyle.AZERBAIJANI));
        assertEquals("Azerbaijani name", robot.lookup(".corridor-popup-title").queryLabeled().getText());
        // when: click pins it, then follow the source link
        robot.clickOn(MouseButton.PRIMARY);
        List<Hyperlink> links = new ArrayList<>(robot.lookup(".corridor-source-link").queryAllAs(Hyperlink.class));
        assertEquals(1, links.size());
        assertEquals("https://example.org/one", links.get(0).getUserData());
        robot.clickOn(links.get(0));
        assertEquals(List.of("https://example.org/one"), opened);
        assertTrue(popup.isVisible(), "pinned popup stays while the mouse is on it");
        // when: close
        robot.clickOn("#corridor-popup-close");
        assertFalse(popup.isVisible());
    }

    @Test
    void moving_off_features_hides_an_unpinned_popup(FxRobot robot) {
        robot.moveTo(onScreen(robot, 39.66, 46.55));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(layer.popup().isVisible());
        robot.moveTo(onScreen(robot, 39.70, 46.45));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(layer.popup().isVisible());
    }

    @Test
    void the_route_follows_the_map_view_through_the_one_projection(FxRobot robot) throws Exception {
        // given: the open route drawn where the map's viewport puts lat 39.60
        WaitForAsyncUtils.waitForFxEvents();
        Point2D before = WaitForAsyncUtils.waitForAsyncFx(5000, () -> layer.screenOf(39.60, 46.50));
        assertEquals(map.getView().toScreen(LatLon.of(39.60, 46.50)).y(), before.getY(), 0.5);
        // when: the map pans 100 px south
        robot.interact(() -> map.panBy(0, 100));
        // then: with the next layout the route moved up 100 px on screen and is drawn there
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> Math.abs(layer.screenOf(39.60, 46.50).getY() - (before.getY() - 100)) < 1));
        assertTrue(isNear(pixel(robot, 39.60, 46.50), CorridorPalette.DEFAULT.open()), "open route drawn at its new place");
    }

    private Point2D onScreen(FxRobot robot, double lat, double lon) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> layer.localToScreen(layer.screenOf(lat, lon)));
    }

    private Color pixel(FxRobot robot, double lat, double lon) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Point2D p = layer.screenOf(lat, lon);
            WritableImage img = layer.canvas().snapshot(null, null);
            return img.getPixelReader().getColor((int) Math.round(p.getX()), (int) Math.round(p.getY()));
        });
    }

    private static boolean isNear(Color a, Color b) {
        return a.getOpacity() > 0.9 && Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
    }

    @Test
    void lines_break_under_the_names_to_keep_clear(FxRobot robot) {
        // given: a name's box across the open route (lat 39.60) around lon 46.50
        LabelBox name = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Point2D p = layer.screenOf(39.60, 46.50);
            return new LabelBox(p.getX() - 30, p.getY() - 8, 60, 16);
        });
        assertTrue(isNear(pixel(robot, 39.60, 46.50), CorridorPalette.DEFAULT.open()), "the route runs there");
        // when
        robot.interact(() -> layer.setKeepClear(v -> List.of(name)));
        // then: no line inside the box (the band's light tint stays), the route on either side of it
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            javafx.scene.SnapshotParameters clear = new javafx.scene.SnapshotParameters();
            clear.setFill(Color.TRANSPARENT);
            return layer.canvas().snapshot(clear, null);
        });
        for (int y = (int) name.y() + 1; y < name.maxY() - 1; y++)
            for (int x = (int) name.x() + 1; x < name.maxX() - 1; x++)
                assertTrue(img.getPixelReader().getColor(x, y).getOpacity() < 0.3, "a line under the name at " + x + "," + y + ": " + img.getPixelReader().getColor(x, y));
        Point2D right = WaitForAsyncUtils.waitForAsyncFx(5000, () -> layer.screenOf(39.60, 46.55));
        assertTrue(isNear(img.getPixelReader().getColor((int) right.getX(), (int) right.getY()), CorridorPalette.DEFAULT.open()));
    }
}
