package atlas.ui;

import static atlas.ui.CorridorEvents.*;
import static org.junit.jupiter.api.Assertions.*;

import atlas.map.EventMarker;
import atlas.model.TimeWindow;
import atlas.model.Category;
import atlas.model.NameStyle;
import atlas.model.TimedEvent;
import atlas.ui.skin.TimelineBarSkin;
import atlas.io.Assets;
import atlas.io.BasemapReader;
import atlas.map.AtlasMap;
import atlas.model.LatLon;
import atlas.tiles.OfflineTileSource;
import atlas.tiles.TilePalette;
import atlas.tiles.TileRenderer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
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
class TimelineViewsTest {
    private AtlasState state;
    private TimelineViews views;
    private AtlasMap map;
    private static TileRenderer renderer;

    private static synchronized TileRenderer renderer() {
        if (renderer == null) {
            BasemapReader reader = new BasemapReader(Assets.fromDirectory(Path.of("assets")));
            renderer = new TileRenderer(reader.read(), reader.readWorld(), TilePalette.atlas());
        }
        return renderer;
    }

    @Start
    void start(Stage stage) {
        state = new AtlasState();
        state.setDataset(dataset());
        state.setDate(LocalDate.of(2020, 11, 1));
        map = new AtlasMap(new OfflineTileSource(renderer()), renderer());
        map.addOverlay(MapAssembly.eventLayer(state));
        views = new TimelineViews(state, map, url -> { });
        views.bar().setWindow(TimeWindow.last(30, ChronoUnit.DAYS));
        views.list().setPrefWidth(260);
        views.details().setPrefWidth(280);
        stage.setScene(new Scene(new BorderPane(map, null, views.details(), views.bar(), views.list()), 1260, 760));
        stage.show();
        map.setView(LatLon.of(39.70, 46.62), 10);
    }

    private TimelineBarSkin barSkin() { return (TimelineBarSkin) views.bar().getSkin(); }

    private List<TimedEvent> expectedAt(LocalDate d) {
        TimeWindow w = views.bar().getWindow();
        return state.getIndex().between(w.firstDay(d), w.endExclusive(d), state.categorySnapshot());
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> views.layer().redraw());
    }

    @Test
    void dragging_the_slider_shows_exactly_the_model_events(FxRobot robot) {
        for (LocalDate target : List.of(LocalDate.of(2020, 11, 15), LocalDate.of(2022, 8, 27), LocalDate.of(2023, 1, 10), LocalDate.of(2023, 9, 25))) {
            // when: drag the playhead to the date
            Point2D from = WaitForAsyncUtils.waitForAsyncFx(2000, () -> barSkin().track().localToScreen(barSkin().trackX(state.getDate()), 30));
            Point2D to = WaitForAsyncUtils.waitForAsyncFx(2000, () -> barSkin().track().localToScreen(barSkin().trackX(target), 30));
            robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
            settle();
            LocalDate d = state.getDate();
            assertTrue(Math.abs(d.toEpochDay() - target.toEpochDay()) <= 2, "landed near " + target + ": " + d);
            // then: the layer shows exactly the model's events for the window ending on that day
            List<TimedEvent> expected = expectedAt(d);
            assertFalse(expected.isEmpty(), "the fixture has events around " + d);
            assertEquals(expected, views.layer().shownEvents(), "on " + d);
            // and every one is drawn (all are on screen at this view): marker counts add up
            int drawn = views.layer().markers().stream().mapToInt(EventMarker::count).sum();
            assertEquals(expected.size(), drawn);
        }
    }

    @Test
    void events_of_one_place_cluster_with_a_count(FxRobot robot) {
        robot.interact(() -> { views.bar().setWindow(TimeWindow.cumulative()); state.setDate(LocalDate.of(2023, 12, 31)); });
        settle();
        EventMarker stepanakert = views.layer().markers().stream().filter(EventMarker::isCluster)
                .filter(m -> m.event().point().equals(STEPANAKERT.point())).findFirst().orElseThrow();
        long atStepanakert = dataset().events().stream().filter(e -> e.point().equals(STEPANAKERT.point())).count();
        assertEquals(atStepanakert, stepanakert.count());
        assertEquals(DISSOLUTION, stepanakert.event(), "a cluster stands for its latest event");
    }

    @Test
    void choosing_in_the_list_moves_the_slider_and_selects_on_the_map(FxRobot robot) {
        ListView<TimedEvent> list = views.list().listView();
        int row = list.getItems().indexOf(LACHIN_TAKEN);
        robot.interact(() -> list.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".event-cell").match(n -> ((javafx.scene.control.ListCell<?>) n).getItem() == LACHIN_TAKEN).<javafx.scene.Node>query());
        settle();
        assertEquals(LACHIN_TAKEN, state.getSelectedEvent());
        assertEquals(LocalDate.of(2022, 8, 26), state.getDate());
        assertEquals(LocalDate.of(2022, 8, 26), views.bar().getDate());
        assertEquals(LACHIN_TAKEN, views.layer().selectedMarker().event());
        assertTrue(views.details().texts().contains("Azerbaijan takes Lachin town, Zabukh and Sus"));
    }

    @Test
    void clicking_a_marker_selects_it_in_the_list_and_details(FxRobot robot) {
        robot.interact(() -> state.setDate(LocalDate.of(2023, 4, 23)));
        settle();
        EventMarker hakari = views.layer().markers().stream().filter(m -> m.event() == CHECKPOINT).findFirst().orElseThrow();
        Point2D p = WaitForAsyncUtils.waitForAsyncFx(2000, () -> views.layer().localToScreen(hakari.x(), hakari.y()));
        robot.clickOn(p);
        settle();
        assertEquals(CHECKPOINT, state.getSelectedEvent());
        assertEquals(CHECKPOINT, views.list().listView().getSelectionModel().getSelectedItem());
        assertEquals(LocalDate.of(2023, 4, 23), state.getDate(), "a click on the map does not move the date");
        assertTrue(views.details().texts().contains("Azerbaijani checkpoint at the Hakari bridge"));
    }

    @Test
    void page_down_anywhere_steps_and_recentres_the_map_when_off_screen(FxRobot robot) {
        robot.interact(() -> { map.setView(LatLon.of(40.4, 49.9), 10); state.setDate(LocalDate.of(2022, 8, 20)); });
        robot.clickOn("#event-search");
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        settle();
        assertEquals(LACHIN_TAKEN, state.getSelectedEvent());
        assertEquals(LocalDate.of(2022, 8, 26), state.getDate());
        assertTrue(views.layer().isOnScreen(LACHIN_TAKEN), "the map moved to the event");
        assertEquals(10, map.getView().zoom(), 1e-9, "at the same zoom");
        robot.type(KeyCode.PAGE_UP);
        assertEquals(NEW_ROUTE, state.getSelectedEvent());
    }

    @Test
    void space_in_the_list_plays_and_pauses(FxRobot robot) {
        robot.interact(() -> views.bar().setSpeed(PlaySpeed.MONTH));
        robot.clickOn("#event-list");
        LocalDate before = state.getDate();
        robot.type(KeyCode.SPACE);
        assertTrue(views.bar().isPlaying());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        robot.type(KeyCode.SPACE);
        assertFalse(views.bar().isPlaying());
        assertTrue(state.getDate().isAfter(before));
    }

    @Test
    void unticking_a_category_hides_it_everywhere(FxRobot robot) {
        robot.interact(() -> { views.bar().setWindow(TimeWindow.cumulative()); state.setDate(LocalDate.of(2023, 12, 31)); });
        robot.clickOn("#category-corridor");
        settle();
        assertFalse(state.categories().contains(Category.CORRIDOR));
        assertTrue(views.layer().shownEvents().stream().noneMatch(e -> e.category() == Category.CORRIDOR));
        assertEquals(expectedAt(LocalDate.of(2023, 12, 31)), views.layer().shownEvents());
        assertTrue(views.list().listView().getItems().stream().noneMatch(e -> e.category() == Category.CORRIDOR));
        assertFalse(views.bar().categories().contains(Category.CORRIDOR));
    }

    @Test
    void details_show_each_sides_account_separately_and_follow_the_name_style(FxRobot robot) {
        robot.interact(() -> state.setSelectedEvent(BLOCKADE));
        List<String> texts = views.details().texts();
        assertTrue(texts.contains("Armenia's account"));
        assertTrue(texts.contains("Azerbaijan's account"));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("A blockade organised")));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("A peaceful eco-protest")));
        assertTrue(texts.contains("Shushi / Shusha"));
        assertNotNull(robot.lookup("#account-armenia").query());
        assertNotNull(robot.lookup("#account-azerbaijan").query());
        robot.interact(() -> state.setNameStyle(NameStyle.AZERBAIJANI));
        assertTrue(views.details().texts().stream().anyMatch(t -> t.startsWith("Shusha  (Armenian usage: Shushi; Azerbaijani usage: Shusha)")));
        assertTrue(robot.lookup(".source-link").queryAll().size() >= 3, "the event's and both accounts' sources are links");
    }
}
