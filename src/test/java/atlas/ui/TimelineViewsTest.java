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

    @Test
    void clicking_a_cluster_zooms_the_map_to_its_events(FxRobot robot) throws Exception {
        // given: every event up to 2023 shown, the map zoomed out so that events of nearby places cluster
        robot.interact(() -> { views.bar().setWindow(TimeWindow.cumulative()); state.setDate(LocalDate.of(2023, 12, 31)); map.setView(LatLon.of(39.70, 46.62), 8); });
        settle();
        EventMarker cluster = views.layer().markers().stream().filter(EventMarker::isCluster)
                .max(java.util.Comparator.comparingInt(EventMarker::count)).orElseThrow();
        double zoom = map.getView().zoom();
        Point2D p = WaitForAsyncUtils.waitForAsyncFx(2000, () -> views.layer().localToScreen(cluster.x(), cluster.y()));
        // when
        robot.clickOn(p);
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        settle();
        // then: deeper, centred on the cluster's events, all of them in view; nothing selected
        assertTrue(map.getView().zoom() > zoom + 0.9, "zoomed in: " + map.getView().zoom());
        assertEquals(atlas.geo.WebMercator.lon((cluster.minWorldX() + cluster.maxWorldX()) / 2), map.getView().center().lon(), 1e-3);
        var v = map.getView();
        for (TimedEvent e : dataset().events()) {
            if (e.point() == null) continue;
            double wx = atlas.geo.WebMercator.worldX(e.point().lon()), wy = atlas.geo.WebMercator.worldY(e.point().lat());
            if (wx < cluster.minWorldX() || wx > cluster.maxWorldX() || wy < cluster.minWorldY() || wy > cluster.maxWorldY()) continue;
            var s = v.toScreen(e.point());
            assertTrue(s.x() >= 0 && s.y() >= 0 && s.x() <= v.widthPx() && s.y() <= v.heightPx(), e.id() + " in view");
        }
        assertNull(state.getSelectedEvent(), "a cluster click zooms, it does not select");
    }

    @Test
    void dragging_on_the_histogram_selects_a_range_that_the_map_shows(FxRobot robot) {
        // given
        robot.interact(() -> views.bar().show(atlas.model.TimeSpan.of(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 11, 1))));
        robot.interact(() -> state.setDate(LocalDate.of(2022, 7, 1)));
        settle();
        Point2D from = WaitForAsyncUtils.waitForAsyncFx(2000, () -> barSkin().track().localToScreen(barSkin().trackX(LocalDate.of(2022, 8, 20)), 30));
        Point2D to = WaitForAsyncUtils.waitForAsyncFx(2000, () -> barSkin().track().localToScreen(barSkin().trackX(LocalDate.of(2022, 9, 5)), 30));
        // when: a drag across 20 Aug - 5 Sep on the histogram
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(20, 0)).moveTo(to).release(MouseButton.PRIMARY);
        settle();
        // then: that span is the map's window (days at about a pixel each), the date at its end, the map shows its events
        TimeWindow w = state.getTimeWindow();
        assertEquals(TimeWindow.Kind.SPAN, w.kind());
        assertTrue(Math.abs(w.span().from().toEpochDay() - LocalDate.of(2022, 8, 20).toEpochDay()) <= 1, w.label());
        assertTrue(Math.abs(w.span().until().toEpochDay() - LocalDate.of(2022, 9, 6).toEpochDay()) <= 1, w.label());
        assertTrue(w.span().contains(state.getDate()), "the date is inside the range: " + state.getDate());
        assertEquals(expectedAt(state.getDate()), views.layer().shownEvents());
        assertTrue(views.layer().shownEvents().contains(LACHIN_TAKEN));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<TimeWindow.Kind> choice = robot.lookup("#window-choice").queryAs(javafx.scene.control.ChoiceBox.class);
        assertEquals(TimeWindow.Kind.SPAN, choice.getValue());
        assertEquals(w.label(), choice.getConverter().toString(choice.getValue()), "Map shows the span");
        // when: Esc on the timeline
        robot.type(KeyCode.ESCAPE);
        // then: the window chosen before is back
        assertEquals(TimeWindow.last(30, ChronoUnit.DAYS), state.getTimeWindow());
        // when: another range, then a click on the histogram
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(20, 0)).moveTo(to).release(MouseButton.PRIMARY);
        assertEquals(TimeWindow.Kind.SPAN, state.getTimeWindow().kind());
        robot.clickOn(from);
        assertEquals(TimeWindow.last(30, ChronoUnit.DAYS), state.getTimeWindow(), "a click clears the range");
        assertTrue(Math.abs(state.getDate().toEpochDay() - LocalDate.of(2022, 8, 20).toEpochDay()) <= 1, "and moves the date: " + state.getDate());
    }

    @Test
    void the_list_follows_the_date_until_the_user_scrolls_it(FxRobot robot) {
        // when: the date moves
        robot.interact(() -> state.setDate(LocalDate.of(2023, 4, 23)));
        settle();
        // then: the date's row is in view
        assertTrue(rowInView(), "follows the date");
        // when: playback runs and the user scrolls the list to its top meanwhile
        robot.interact(() -> { views.bar().setSpeed(PlaySpeed.WEEK); views.bar().setPlaying(true); });
        robot.interact(this::userScrollsToTop);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        settle();
        // then: the list stays where the user put it
        assertFalse(views.list().isFollowingDate());
        assertEquals(0, firstRowInView(), "playback does not scroll away from what the user reads");
        // when: playback stops and the user steps to the next event
        robot.interact(() -> views.bar().setPlaying(false));
        robot.interact(() -> views.bar().stepForward());
        settle();
        // then: the list follows the date again
        assertTrue(views.list().isFollowingDate());
        assertTrue(rowInView(), "follows the date again");
    }

    private void userScrollsToTop() {
        ListView<TimedEvent> l = views.list().listView();
        Point2D c = l.localToScene(20, 20);
        l.fireEvent(new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, c.getX(), c.getY(), c.getX(), c.getY(),
                false, false, false, false, false, false, 0, 4000, 0, 4000, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        l.scrollTo(0);
    }

    private int firstRowInView() {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) views.list().listView().lookup(".virtual-flow");
            return flow.getFirstVisibleCell().getIndex();
        });
    }

    private boolean rowInView() {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            ListView<TimedEvent> l = views.list().listView();
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) l.lookup(".virtual-flow");
            int row = views.list().rowOfDate();
            return flow.getFirstVisibleCell().getIndex() <= row && row <= flow.getLastVisibleCell().getIndex();
        });
    }
}
