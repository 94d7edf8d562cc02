package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.map.AtlasLayer;
import atlas.map.AtlasMap;
import atlas.map.CorridorLayer;
import atlas.model.LatLon;
import atlas.model.TimedEvent;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The compare mode in the real window: entering and leaving, each side's date, clipping, synchronised views, disposal. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    private static final LocalDate A = LocalDate.of(2021, 6, 1), B = LocalDate.of(2023, 6, 1);
    private MainWindow window;
    private CompareView compare;

    @Start
    void start(Stage stage) {
        WindowPrefs.standard().clear();
        new AtlasApp().start(stage);
        window = (MainWindow) stage.getScene().getRoot();
        compare = window.compareView();
        window.map().setView(new LatLon(39.62, 46.58), 11);
    }

    /** Waits for the timeline (which restores the remembered date when it is built), then moves it to B. */
    @org.junit.jupiter.api.BeforeEach
    void atB(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> window.getBottom() instanceof TimelineBar);
        robot.interact(() -> {
            window.state().setDate(B);
            window.state().setSelectedEvent(null);
        });
    }

    @Test
    void ctrl_k_and_the_toolbar_enter_and_leave_the_compare_mode(FxRobot robot) {
        // when
        robot.clickOn("#atlas-map").press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // then: a year before the timeline's date, a second map, the bar
        assertEquals(B.minusYears(1), window.state().getCompareDate());
        assertNotNull(compare.getCompareMap());
        assertTrue(robot.lookup("#compare-bar").query().isVisible());
        assertEquals("1 Jun 2022", robot.lookup("#compare-date-a").queryAs(TextField.class).getText());
        assertEquals("1 Jun 2023", robot.lookup("#compare-date-b").queryAs(TextField.class).getText());
        // when: the toolbar button
        robot.clickOn("#compare-toggle");
        // then
        assertNull(window.state().getCompareDate());
        assertNull(compare.getCompareMap());
        assertFalse(robot.lookup("#compare-bar").query().isVisible());
    }

    @Test
    void each_side_draws_its_own_date(FxRobot robot) {
        // when
        robot.interact(() -> window.state().setCompareDate(A));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertEquals(List.of("tf-corridor-phase1"), routes(compare.getCompareMap()));
        assertEquals(List.of("tf-corridor-phase3-checkpoint"), routes(window.map()));
        // swiping, the one legend shown explains both sides
        assertTrue(corridor(window.map()).legend().keys().containsAll(List.of("corridor-route:open", "corridor-route:checkpoint")),
                corridor(window.map()).legend().keys().toString());
        // when: A's date is typed in the bar
        robot.interact(() -> {
            TextField f = robot.lookup("#compare-date-a").queryAs(TextField.class);
            f.setText("2022-10-01");
            f.fireEvent(new javafx.event.ActionEvent());
        });
        // then
        assertEquals(LocalDate.of(2022, 10, 1), window.state().getCompareDate());
        assertEquals(List.of("tf-corridor-phase2-open"), routes(compare.getCompareMap()));
        assertEquals(List.of("tf-corridor-phase3-checkpoint"), routes(window.map()), "B stays at the timeline's date");
    }

    @Test
    void every_layer_of_each_map_is_clipped_to_its_side_when_swiping(FxRobot robot) {
        // given
        robot.interact(() -> {
            window.state().setCompareDate(A);
            compare.setDivider(0.3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double x = compare.localToScene(compare.dividerX(), 0).getX();
        AtlasMap a = compare.getCompareMap();
        // then: whatever overlays the maps have, each is visible on its own side only
        assertTrue(a.overlays().size() >= 4 && a.overlays().size() == window.map().overlays().size(),
                "the compare map has every overlay the window's has");
        for (AtlasLayer l : a.overlays()) {
            Bounds v = visible(l);
            assertTrue(v.getMaxX() <= x + 0.5, l.getClass().getSimpleName() + " of A reaches " + v.getMaxX() + " > divider " + x);
        }
        for (AtlasLayer l : window.map().overlays()) {
            Bounds v = visible(l);
            assertTrue(v.getMinX() >= x - 0.5, l.getClass().getSimpleName() + " of B starts at " + v.getMinX() + " < divider " + x);
        }
        // when: side by side, nothing is clipped and the maps do not overlap
        robot.interact(() -> compare.setLayout(CompareView.Layout.SIDE_BY_SIDE));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds ba = a.localToScene(a.getLayoutBounds()), bb = window.map().localToScene(window.map().getLayoutBounds());
        assertTrue(ba.getMaxX() <= bb.getMinX(), ba + " / " + bb);
        assertEquals(ba.getWidth(), bb.getWidth(), 1);
        for (AtlasLayer l : a.overlays()) assertEquals(ba.getWidth(), visible(l).getWidth(), 1);
    }

    @Test
    void both_sides_pan_and_zoom_together(FxRobot robot) {
        robot.interact(() -> window.state().setCompareDate(A));
        AtlasMap a = compare.getCompareMap();
        // when: A pans
        robot.interact(() -> a.panBy(150, -80));
        // then: B follows
        assertEquals(a.getView().center().lat(), window.map().getView().center().lat(), 1e-9);
        assertEquals(a.getView().center().lon(), window.map().getView().center().lon(), 1e-9);
        // when: B zooms
        robot.interact(() -> window.map().zoomBy(-1));
        // then
        assertEquals(window.map().getView().zoom(), a.getView().zoom(), 1e-9);
        assertEquals(10, a.getView().zoom(), 1e-6);
        // when: the user drags on A's side of the swipe
        robot.interact(() -> compare.setDivider(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        LatLon before = window.map().getView().center();
        Point2D p = compare.localToScreen(compare.getWidth() * 0.25, compare.getHeight() * 0.6);
        LatLon beforeA = a.getView().center();
        robot.moveTo(p).press(javafx.scene.input.MouseButton.PRIMARY).moveBy(60, 30).moveBy(60, 30)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // then: both moved, by the same
        assertTrue(Math.abs(a.getView().center().lon() - beforeA.lon()) > 0.01, "A moved: " + beforeA + " -> " + a.getView().center());
        assertTrue(Math.abs(window.map().getView().center().lon() - before.lon()) > 0.01, "B moved with A");
        assertEquals(a.getView().center().lon(), window.map().getView().center().lon(), 1e-6);
    }

    @Test
    void the_divider_follows_the_mouse(FxRobot robot) {
        robot.interact(() -> window.state().setCompareDate(A));
        WaitForAsyncUtils.waitForFxEvents();
        robot.drag("#compare-divider-handle").dropBy(compare.getWidth() * 0.2, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.7, compare.getDivider(), 0.03);
    }

    @Test
    void each_side_steps_event_by_event(FxRobot robot) {
        // given
        robot.interact(() -> window.state().setCompareDate(A));
        var index = window.state().getIndex();
        TimedEvent nextA = index.next(A, null, window.state().categorySnapshot()).orElseThrow();
        // when
        robot.clickOn("#compare-next-a");
        // then: A moved, B and the selection did not
        assertEquals(nextA.start().firstDay(), window.state().getCompareDate());
        assertEquals(B, window.state().getDate());
        // when: back, twice
        robot.clickOn("#compare-prev-a").clickOn("#compare-prev-a");
        assertTrue(window.state().getCompareDate().isBefore(nextA.start().firstDay()));
        // when: B steps
        TimedEvent nextB = index.next(B, window.state().getSelectedEvent(), window.state().categorySnapshot()).orElseThrow();
        robot.clickOn("#compare-next-b");
        assertEquals(nextB.start().firstDay(), window.state().getDate());
        assertEquals(nextB, window.state().getSelectedEvent());
    }

    @Test
    void side_by_side_each_half_shows_its_scale_and_corridor_legend_clear_of_the_attribution(FxRobot robot) {
        // given: two halves too narrow for the attribution on one line
        robot.interact(() -> {
            window.state().setCompareDate(A);
            compare.setLayout(CompareView.Layout.SIDE_BY_SIDE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (AtlasMap m : List.of(compare.getCompareMap(), window.map())) {
            Node attribution = m.chrome().lookup("#attribution"), scale = m.chrome().lookup("#scale-bar"),
                    legend = m.chrome().lookup("#corridor-legend-pane");
            Bounds at = attribution.localToScene(attribution.getBoundsInLocal());
            assertTrue(at.getHeight() > 20, "the attribution wraps on a half: " + at);
            // then: the scale bar and the corridor's legend (at this side's date) are above it, inside the map
            Bounds map = m.localToScene(m.getLayoutBounds());
            for (Node n : List.of(scale, legend)) {
                assertTrue(n.isVisible(), n.getId() + " shown on " + m.getId());
                Bounds b = n.localToScene(n.getBoundsInLocal());
                assertTrue(b.getMaxY() <= at.getMinY() + 0.5, n.getId() + " " + b + " under the attribution " + at);
                assertTrue(map.contains(b.getMinX(), b.getMinY()) && map.contains(b.getMaxX() - 1, b.getMaxY() - 1), n.getId() + " inside its map");
            }
        }
        // when: the base map's legend is unfolded, side by side and swiping with the divider far left
        robot.interact(() -> window.map().chrome().legend().setExpanded(true));
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertLabelsClearOfLegend(robot);
        robot.interact(() -> {
            compare.setLayout(CompareView.Layout.SWIPE);
            compare.setDivider(0.1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertLabelsClearOfLegend(robot);
        robot.interact(() -> {
            window.map().chrome().legend().setExpanded(false);
            compare.setDivider(0.5);
            window.state().setCompareDate(null);
        });
    }

    /** Checks that neither date label covers the main map's legend, or is covered by it. */
    private void assertLabelsClearOfLegend(FxRobot robot) {
        Node legend = window.map().chrome().legend();
        Bounds lb = legend.localToScene(legend.getBoundsInLocal());
        for (String id : List.of("#compare-label-a", "#compare-label-b")) {
            Node l = robot.lookup(id).query();
            Bounds b = l.localToScene(l.getBoundsInLocal());
            assertFalse(b.intersects(lb), id + " " + b + " over the legend " + lb);
        }
    }

    @Test
    void the_ghost_shows_the_other_date_on_each_side(FxRobot robot) {
        robot.interact(() -> window.state().setCompareDate(A));
        CorridorLayer ca = corridor(compare.getCompareMap()), cb = corridor(window.map());
        assertNull(ca.getGhostDate());
        robot.clickOn("#compare-ghost");
        assertEquals(B, ca.getGhostDate());
        assertEquals(A, cb.getGhostDate());
        robot.interact(() -> window.state().setDate(B.plusDays(3)));
        assertEquals(B.plusDays(3), ca.getGhostDate());
        robot.interact(() -> window.state().setCompareDate(null));
        assertNull(cb.getGhostDate(), "leaving removes the ghost from the window's map");
    }

    @Test
    void toggling_twenty_times_leaves_no_listener_behind(FxRobot robot) {
        // given: once, so that everything built lazily is built
        robot.interact(() -> {
            compare.toggle();
            compare.setGhost(true);
            compare.toggle();
        });
        WaitForAsyncUtils.waitForFxEvents();
        int before = window.state().listenerCount();
        // when
        for (int i = 0; i < 20; i++) {
            int k = i;
            robot.interact(() -> {
                compare.toggle();
                compare.setLayout(k % 2 == 0 ? CompareView.Layout.SIDE_BY_SIDE : CompareView.Layout.SWIPE);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(compare::toggle);
        }
        // then
        assertEquals(before, window.state().listenerCount());
        assertNull(compare.getCompareMap());
    }

    private static List<String> routes(AtlasMap m) {
        WaitForAsyncUtils.waitForFxEvents();
        CorridorLayer c = corridor(m);
        return c.drawnItems().stream().filter(i -> i.kind() == atlas.model.FeatureKind.CORRIDOR_ROUTE).map(i -> i.feature().id()).toList();
    }

    private static CorridorLayer corridor(AtlasMap m) {
        return m.overlays().stream().filter(CorridorLayer.class::isInstance).map(CorridorLayer.class::cast).findFirst().orElseThrow();
    }

    /** Computes the part of a node's bounds its ancestors' clips let show, in scene coordinates. */
    private static Bounds visible(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        double x0 = b.getMinX(), y0 = b.getMinY(), x1 = b.getMaxX(), y1 = b.getMaxY();
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getClip() == null) continue;
            Bounds c = p.localToScene(p.getClip().getBoundsInParent());
            x0 = Math.max(x0, c.getMinX());
            y0 = Math.max(y0, c.getMinY());
            x1 = Math.min(x1, c.getMaxX());
            y1 = Math.min(y1, c.getMaxY());
        }
        return new BoundingBox(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }
}
