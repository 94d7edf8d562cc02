package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.i18n.Language;
import atlas.map.AtlasMap;
import atlas.map.Translations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window from the keyboard: Tab visits every control in the documented order (toolbar, event list, map, event
 * details, timeline) and each one has a role and a text a screen reader can say; F6 jumps between the regions; the
 * timeline is a slider whose value is the date; the map describes what it shows; the accessibility settings work.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KeyboardAccessTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WindowPrefs.standard().clear();
        new AtlasApp().start(stage);
        window = (MainWindow) stage.getScene().getRoot();
    }

    @AfterEach
    void defaults(FxRobot robot) {
        robot.interact(() -> {
            Translations.setLanguage(Language.EN);
            window.display().highContrastProperty().set(false);
            window.display().textScaleProperty().set(DisplaySettings.DEFAULT_SCALE);
            window.state().setReducedMotion(false);
        });
        WindowPrefs.standard().clear();
    }

    private void panels(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup(".timeline-bar").tryQuery().isPresent()
                && robot.lookup("#event-details").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tab_visits_every_region_in_order_and_every_control_can_be_named(FxRobot robot) throws Exception {
        // given: the focus on the first control of the toolbar (the File menu)
        panels(robot);
        robot.interact(() -> robot.lookup("#file-menu").query().requestFocus());
        List<Node> visited = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        // when: Tab until the focus comes back
        for (int i = 0; i < 120; i++) {
            Node f = window.getScene().getFocusOwner();
            if (!visited.isEmpty() && f == visited.get(0)) break;
            visited.add(f);
            String text = spoken(f);
            AccessibleRole role = f.getAccessibleRole();
            if (text == null || text.isBlank() || role == AccessibleRole.NODE || role == AccessibleRole.PARENT)
                unnamed.add(f.getClass().getSimpleName() + "#" + f.getId() + " role " + role + " text '" + text + "'");
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        // then
        assertEquals(List.of(), unnamed, "focused controls without a role or a spoken text");
        List<String> regions = new ArrayList<>();
        for (Node n : visited) {
            String r = region(n);
            if (regions.isEmpty() || !regions.get(regions.size() - 1).equals(r)) regions.add(r);
        }
        assertEquals(List.of("toolbar", "list", "map", "details", "timeline"), regions, "Tab order of the regions");
        assertTrue(visited.stream().anyMatch(n -> n instanceof AtlasMap), "the map takes the focus");
        assertTrue(visited.stream().anyMatch(n -> n instanceof TimelineBar), "the timeline takes the focus");
    }

    @Test
    void f6_jumps_from_region_to_region(FxRobot robot) throws Exception {
        panels(robot);
        robot.interact(() -> robot.lookup("#tile-source").query().requestFocus());
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.F6);
            WaitForAsyncUtils.waitForFxEvents();
            seen.add(region(window.getScene().getFocusOwner()));
        }
        assertEquals(List.of("list", "map", "details", "timeline", "toolbar"), seen);
    }

    @Test
    void the_timeline_is_a_slider_whose_value_is_the_date(FxRobot robot) throws Exception {
        panels(robot);
        TimelineBar bar = robot.lookup(".timeline-bar").queryAs(TimelineBar.class);
        robot.interact(() -> bar.setDate(LocalDate.of(2022, 8, 4)));
        assertEquals(AccessibleRole.SLIDER, bar.getAccessibleRole());
        Object[] q = new Object[3];
        robot.interact(() -> {
            q[0] = bar.queryAccessibleAttribute(AccessibleAttribute.TEXT);
            q[1] = bar.queryAccessibleAttribute(AccessibleAttribute.VALUE);
            bar.executeAccessibleAction(AccessibleAction.INCREMENT);
            q[2] = bar.queryAccessibleAttribute(AccessibleAttribute.VALUE);
        });
        assertEquals("Timeline, date: 4 August 2022", q[0]);
        assertEquals((Double) q[1] + 1, (Double) q[2], 1e-9, "increment moves a day");
        assertEquals(LocalDate.of(2022, 8, 5), bar.getDate());
        robot.interact(() -> bar.executeAccessibleAction(AccessibleAction.SET_VALUE, (Double) q[1]));
        assertEquals(LocalDate.of(2022, 8, 4), bar.getDate());
        robot.interact(() -> Translations.setLanguage(Language.RU));
        robot.interact(() -> q[0] = bar.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        assertEquals("Шкала времени, дата: 4 августа 2022 г.", q[0]);
    }

    @Test
    void the_map_says_what_it_shows(FxRobot robot) throws Exception {
        panels(robot);
        AtlasMap map = window.map();
        robot.interact(() -> {
            window.state().setDate(LocalDate.of(2022, 9, 15));
            window.state().setSelectedEvent(window.state().getIndex().events().stream()
                    .filter(e -> e.start().firstDay().equals(LocalDate.of(2022, 9, 13))).findFirst().orElseThrow());
        });
        // the description follows what the map drew: it is right once the map has laid out the new date (a pulse;
        // on a loaded machine more than the two waits for events that are usually enough)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.getAccessibleText() != null
                && map.getAccessibleText().contains("Corridor route, open"));
        String text = map.getAccessibleText();
        assertTrue(text.startsWith("Map, centred at "), text);
        assertTrue(text.contains("up to 15 September 2022"), text);
        assertTrue(text.contains("Selected: " + window.state().getSelectedEvent().title()), text);
        assertTrue(text.contains("Lachin corridor: ") && text.contains("Corridor route, open"), text);
        assertEquals(AccessibleRole.IMAGE_VIEW, map.getAccessibleRole());
    }

    @Test
    void the_maps_text_follows_what_the_corridor_overlay_draws(FxRobot robot) throws Exception {
        panels(robot);
        AtlasMap map = window.map();
        atlas.map.CorridorLayer corridor = map.overlays().stream().filter(atlas.map.CorridorLayer.class::isInstance)
                .map(atlas.map.CorridorLayer.class::cast).findFirst().orElseThrow();
        robot.interact(() -> window.state().setDate(LocalDate.of(2022, 9, 15)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.getAccessibleText() != null
                && map.getAccessibleText().contains("Corridor route, open"));
        // when: the overlay draws another day with nothing else changing (it lays out a new date a pulse after the
        // change; the text must not keep what it drew before)
        robot.interact(() -> corridor.setDate(LocalDate.of(1990, 1, 1)));
        // then: the text says what it draws now
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !map.getAccessibleText().contains("Corridor route, open"));
        robot.interact(() -> corridor.setDate(LocalDate.of(2022, 9, 15)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.getAccessibleText().contains("Corridor route, open"));
    }

    @Test
    void high_contrast_text_size_and_reduced_motion(FxRobot robot) throws Exception {
        panels(robot);
        // when: the Accessibility menu's items
        // (a check item toggles when clicked or by its accelerator; fire() alone only runs its action)
        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) item("high-contrast")).setSelected(true));
        robot.interact(() -> { item("larger-text").fire(); item("larger-text").fire(); });
        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) item("reduced-motion")).setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        // then: the theme and the size are the window's; the map jumps instead of flying
        assertTrue(window.getStyleClass().contains("high-contrast"));
        assertTrue(window.getStyleClass().contains("text-scale-4"));
        robot.interact(window::applyCss);
        double size = robot.lookup("#date-label").queryLabeled().getFont().getSize();
        assertTrue(size > 19, "the date label grew with the text size: " + size);
        assertTrue(window.map().isReducedMotion());
        robot.interact(() -> window.map().flyTo(new atlas.model.LatLon(40.0, 46.0), 10, javafx.util.Duration.seconds(5)));
        assertEquals(40.0, window.map().getView().center().lat(), 1e-6, "no flight: the view is there at once");
        // and: they are remembered
        AtlasState other = new AtlasState();
        DisplaySettings restored = new DisplaySettings(new javafx.scene.layout.Pane(), other);
        WindowPrefs.standard().restoreDisplay(restored, other);
        assertTrue(restored.highContrastProperty().get());
        assertEquals(4, restored.textScaleProperty().get());
        assertTrue(other.isReducedMotion());
    }

    private javafx.scene.control.MenuItem item(String id) {
        for (javafx.scene.control.MenuItem m : window.menu().getItems())
            if (m instanceof javafx.scene.control.Menu sub) for (javafx.scene.control.MenuItem i : sub.getItems())
                if (id.equals(i.getId())) return i;
        throw new AssertionError("no menu item " + id);
    }

    /** Gets what a screen reader says for a node: its accessible text, or the text it reports itself. */
    private static String spoken(Node n) {
        if (n.getAccessibleText() != null && !n.getAccessibleText().isBlank()) return n.getAccessibleText();
        Object t = n.queryAccessibleAttribute(AccessibleAttribute.TEXT);
        return t == null ? null : t.toString();
    }

    /** Gets the region of the window a node is in. */
    private String region(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == window.getTop()) return "toolbar";
            if (p == window.getLeft()) return "list";
            if (p == window.getCenter()) return "map";
            if (p == window.getRight()) return "details";
            if (p == window.getBottom()) return "timeline";
        }
        return "elsewhere:" + n;
    }
}
