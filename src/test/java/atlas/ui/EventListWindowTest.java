package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Category;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.Source;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Above its window of rows the event list holds only the rows around the date or the selection (a JavaFX list
 * measures its rows up to the one shown: at a million that took the FX thread tens of milliseconds a step): the date,
 * a selection made elsewhere and scrolling to the window's end each bring the right rows, and the count tells all.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EventListWindowTest {
    private static final int EVENTS = 3_000;
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private final List<TimedEvent> events = new ArrayList<>();
    private EventListPanel panel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        for (int i = 0; i < EVENTS; i++)
            events.add(new TimedEvent(String.format("e%05d", i), EventDate.parse(FIRST.plusDays(i).toString()), null,
                    "Event " + i, "", Category.CLASH, null, LatLon.of(39.8, 46.75),
                    List.of(new Source("Test source", null, null)), List.of()));
        panel = new EventListPanel(FXCollections.observableSet(EnumSet.allOf(Category.class)));
        panel.setWindowRows(500);
        panel.indexProperty().set(TimelineIndex.of(events, List.of()));
        stage.setScene(new Scene(panel, 360, 500));
        stage.show();
    }

    private ListView<TimedEvent> list() { return panel.listView(); }

    @Test
    void the_date_a_selection_and_scrolling_bring_their_rows_into_the_window(FxRobot robot) {
        // given: 3,000 events, one a day, in a list that holds 500 rows at once
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(500, list().getItems().size());
        assertTrue(robot.lookup("#event-count").queryLabeled().getText().startsWith("3,000"),
                robot.lookup("#event-count").queryLabeled().getText());
        // when: the date moves to the 2,000th day
        robot.interact(() -> panel.dateProperty().set(FIRST.plusDays(2_000)));
        // then: its event is in the window, near the top of what the list shows
        int row = panel.rowOfDate();
        assertEquals(2_000, row);
        assertSame(events.get(2_000), list().getItems().get(row - panel.windowFrom()));
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) list().lookup(".virtual-flow");
        robot.interact(() -> { });
        int firstShown = panel.windowFrom() + flow.getFirstVisibleCell().getIndex();
        assertTrue(firstShown >= 1_990 && firstShown <= 2_000, "first row shown " + firstShown);
        // when: an event far away is selected elsewhere (the map, stepping)
        robot.interact(() -> panel.selectedEventProperty().set(events.get(150)));
        // then: the list selects its row
        assertSame(events.get(150), list().getSelectionModel().getSelectedItem());
        assertEquals(150, panel.windowFrom() + list().getSelectionModel().getSelectedIndex());
        // when: the user scrolls to the window's end
        int from = panel.windowFrom();
        robot.interact(() -> flow.setPosition(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        // then: the window moved on, the rows shown stay where they were
        assertTrue(panel.windowFrom() > from, "window from " + panel.windowFrom());
        int lastShown = panel.windowFrom() + flow.getLastVisibleCell().getIndex();
        assertTrue(lastShown >= from + 495 && lastShown < from + 520, "last row shown " + lastShown + ", window was at " + from);
        // when: End in the list
        robot.clickOn(list()).type(javafx.scene.input.KeyCode.END);
        // then: the last of all rows is selected, not the window's last
        assertSame(events.get(EVENTS - 1), panel.selectedEventProperty().get());
        assertSame(events.get(EVENTS - 1), list().getSelectionModel().getSelectedItem());
        robot.interact(stage::close);
    }
}
