package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.Assets;
import atlas.io.Datasets;
import atlas.map.MapLayers;
import atlas.map.TileSources;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's first paint waits only for the map: the toolbar joins the window after it (a space of its height
 * holds its place), and the drawing palette, the compare bar, the Layers drop-down's check boxes and the import strip
 * are not built before it. The app builds them right after the first paint, and a window whose
 * parts were never built builds each on its first use (Ctrl+K, opening Layers), so nothing is lost by deferring.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DeferredPartsTest {
    private Stage stage;
    private MainWindow window;
    /** What the app's window had built when start-up handed the window to the toolkit (before any paint). */
    private boolean barAtStart, layersAtStart, stripAtStart, toolbarAtStart, paletteAtStart, legendAtStart;
    /** The map's place in the window at start (before the toolbar and the panels joined it). */
    private double mapYAtStart, mapHeightAtStart;

    @Start
    void start(Stage stage) {
        WindowPrefs.standard().clear();
        this.stage = stage;
        new AtlasApp().start(stage);
        window = (MainWindow) stage.getScene().getRoot();
        barAtStart = window.compareView().hasBar();
        layersAtStart = layersItem(window).getContent() != null;
        stripAtStart = window.lookup("#import-progress") != null;
        toolbarAtStart = window.getTop() == window.toolbar();
        paletteAtStart = window.lookup("#drawing-palette") != null;
        legendAtStart = window.map().chrome().legend().getContent() != null;
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        mapYAtStart = window.map().localToScene(0, 0).getY();
        mapHeightAtStart = window.map().getHeight();
    }

    private static CustomMenuItem layersItem(MainWindow w) {
        // (the toolbar's items, also before the toolbar is in the window and has a skin of its own)
        MenuButton layers = (MenuButton) w.toolbar().getItems().stream().filter(n -> "layers-menu".equals(n.getId()))
                .findFirst().orElseThrow();
        return (CustomMenuItem) layers.getItems().get(0);
    }

    @Test
    void the_app_builds_the_hidden_parts_after_the_first_paint(FxRobot robot) throws Exception {
        // then: none of them was there before the first paint
        assertFalse(barAtStart, "compare bar built before the first paint");
        assertFalse(layersAtStart, "layers check boxes built before the first paint");
        assertFalse(stripAtStart, "import strip built before the first paint");
        assertFalse(toolbarAtStart, "toolbar in the window before the first paint");
        assertFalse(paletteAtStart, "drawing palette built before the first paint");
        assertFalse(legendAtStart, "rows of the folded legend built before the first paint");
        // and: once a tile is painted, the toolbar, the drawing palette, the compare bar and the layers' boxes are
        // there without being asked for
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> TileSources.loaded() > 0);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> window.compareView().hasBar() && layersItem(window).getContent() != null).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.getTop() == window.toolbar(), "toolbar in the window");
        assertTrue(robot.lookup("#drawing-palette").query().isVisible(), "drawing palette shown");
        assertEquals(1, robot.lookup("#drawing-palette").queryAll().size(), "one palette");
        // (hidden until the compare mode is entered)
        assertFalse(robot.lookup("#compare-bar").query().isVisible());
        // and: the toolbar and the timeline bar took the places held for them: the map did not move or change its height
        assertEquals(mapYAtStart, window.map().localToScene(0, 0).getY(), 1.0, "map's top");
        assertEquals(mapHeightAtStart, window.map().getHeight(), 1.0, "map's height (timeline bar " + ((javafx.scene.layout.Region) window.getBottom()).getHeight() + ", toolbar " + window.toolbar().getHeight() + ")");
        // the spaces held foresee the toolbar's and the timeline bar's heights at every text size (the map stays put
        // however large the text)
        for (int scale = 0; scale <= DisplaySettings.MAX_SCALE; scale++) {
            int s = scale;
            robot.interact(() -> window.display().textScaleProperty().set(s));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(AtlasApp.toolbarHeight(scale), window.toolbar().getHeight(), 1.5, "toolbar height at text size " + scale);
            assertEquals(AtlasApp.barHeight(scale), ((javafx.scene.layout.Region) window.getBottom()).getHeight(), 1.5, "timeline bar height at text size " + scale);
        }
        robot.interact(() -> window.display().textScaleProperty().set(DisplaySettings.DEFAULT_SCALE));
        // and: the folded legend's rows come when it is opened, styled and shown
        robot.clickOn("#legend");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label river = robot.lookup("#legend-river").queryAs(javafx.scene.control.Label.class);
        assertTrue(river.isVisible() && river.getHeight() > 0, "legend row shown");
        assertFalse(river.getText().isBlank());
    }

    @Test
    void a_window_whose_parts_were_never_built_builds_each_on_first_use(FxRobot robot) throws Exception {
        // given: a window of its own, shown without the app (nothing builds its deferred parts)
        MapResources res = MapResources.load(Assets.standard());
        atlas.model.Dataset shipped = Datasets.loadShipped();
        AtlasState state = WaitForAsyncUtils.asyncFx(() -> {
            AtlasState st = new AtlasState();
            st.setDataset(shipped);
            return st;
        }).get(30, TimeUnit.SECONDS);
        Stage own = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = new MainWindow(res, state);
            Stage s = new Stage();
            s.setScene(new Scene(w, 1100, 700));
            s.show();
            w.map().requestFocus();
            return s;
        }).get(30, TimeUnit.SECONDS);
        MainWindow w = (MainWindow) own.getScene().getRoot();
        try {
            assertFalse(w.compareView().hasBar());
            assertNull(layersItem(w).getContent());
            // when: Ctrl+K before anything built the compare bar
            robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            // then: the compare mode is on, with its bar shown
            assertTrue(state.isComparing());
            assertTrue(w.compareView().hasBar());
            assertTrue(robot.from(w).lookup("#compare-bar").query().isVisible());
            assertNotNull(robot.from(w).lookup("#compare-date-a").query());
            // when: the Layers drop-down opens for the first time
            robot.clickOn(robot.from(w).lookup("#layers-menu").queryAs(MenuButton.class));
            WaitForAsyncUtils.waitForFxEvents();
            // then: its boxes are there, ticked as the state says, and switch the layer
            CheckBox band = robot.lookup("#layer-" + MapLayers.BAND).queryAs(CheckBox.class);
            assertTrue(band.isVisible());
            boolean was = state.visibleLayers().contains(MapLayers.BAND);
            assertTrue(band.isSelected() == was);
            robot.clickOn(band);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(state.visibleLayers().contains(MapLayers.BAND) != was);
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        } finally {
            robot.interact(() -> {
                w.dispose();
                own.close();
            });
        }
    }
}
