package atlas.ui;

import static atlas.ui.CorridorEvents.*;
import static org.junit.jupiter.api.Assertions.*;

import atlas.model.Bucket;
import atlas.model.TimeSpan;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import atlas.ui.skin.TimelineBarSkin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
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
class TimelineBarTest {
    private TimelineBar bar;

    @Start
    void start(Stage stage) {
        bar = new TimelineBar(TimelineIndex.of(dataset()));
        bar.setDate(LocalDate.of(2020, 11, 1));
        stage.setScene(new Scene(new BorderPane(null, null, null, bar, null), 1260, 200));
        stage.show();
        bar.requestFocus();
    }

    private TimelineBarSkin skin() { return (TimelineBarSkin) bar.getSkin(); }

    @Test
    void an_era_shades_its_span_behind_the_histogram_and_nothing_else(FxRobot robot) {
        // given: the bar without eras
        robot.interact(() -> bar.show(atlas.model.TimeSpan.of(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 1, 1))));
        javafx.scene.image.Image before = WaitForAsyncUtils.waitForAsyncFx(5000, () -> skin().track().snapshot(null, null));
        // when: an era of two years
        robot.interact(() -> bar.setEras(List.of(new TimelineEra(
                atlas.model.TimeSpan.of(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1)), "Years of war"))));
        javafx.scene.image.Image after = WaitForAsyncUtils.waitForAsyncFx(5000, () -> skin().track().snapshot(null, null));
        double x0 = WaitForAsyncUtils.waitForAsyncFx(5000, () -> skin().trackX(LocalDate.of(2020, 1, 1)));
        double x1 = WaitForAsyncUtils.waitForAsyncFx(5000, () -> skin().trackX(LocalDate.of(2021, 12, 31)));
        // then: the pixels above the axis changed inside the era (its band, its title), none outside it
        int inside = 0, outside = 0;
        for (int y = 0; y < 52; y++) {
            for (int x = 0; x < (int) after.getWidth(); x++) {
                if (before.getPixelReader().getArgb(x, y) == after.getPixelReader().getArgb(x, y)) continue;
                if (x >= x0 - 3 && x <= x1 + 3) inside++; else outside++;
            }
        }
        assertTrue(inside > (x1 - x0) * 20, "the era's band is shaded: " + inside + " pixels changed");
        assertEquals(0, outside, "nothing changes outside the era");
        // when: the eras go
        robot.interact(() -> bar.setEras(List.of()));
        javafx.scene.image.Image cleared = WaitForAsyncUtils.waitForAsyncFx(5000, () -> skin().track().snapshot(null, null));
        // then
        for (int y = 0; y < 52; y++)
            for (int x = 0; x < (int) cleared.getWidth(); x++)
                assertEquals(before.getPixelReader().getArgb(x, y), cleared.getPixelReader().getArgb(x, y), "at " + x + "," + y);
    }

    @Test
    void extent_follows_the_dataset_years() {
        assertEquals(TimeSpan.of(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1)), bar.getExtent());
        assertEquals(bar.getExtent(), bar.getVisibleSpan());
    }

    @Test
    void right_key_steps_through_events_in_order_including_equal_dates(FxRobot robot) {
        // given: the bar has focus on 1 Nov 2020
        List<TimedEvent> visited = new ArrayList<>();
        // when
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.RIGHT);
            visited.add(bar.getSelectedEvent());
            assertEquals(bar.getSelectedEvent().start().firstDay(), bar.getDate(), "date jumps to the event's exact day");
        }
        // then: 9 Nov, then the two events of 10 Nov one by one (id order), then Aug 2022
        assertEquals(List.of(TRILATERAL, CLAUSE_6, PEACEKEEPERS, NEW_ROUTE, LACHIN_TAKEN), visited);
    }

    @Test
    void left_key_steps_back_through_equal_dates_in_reverse(FxRobot robot) {
        robot.interact(() -> { bar.setDate(LocalDate.of(2022, 8, 2)); bar.setSelectedEvent(NEW_ROUTE); });
        List<TimedEvent> visited = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.LEFT);
            visited.add(bar.getSelectedEvent());
        }
        assertEquals(List.of(PEACEKEEPERS, CLAUSE_6, TRILATERAL), visited);
        assertEquals(LocalDate.of(2020, 11, 9), bar.getDate());
    }

    @Test
    void stepping_visits_month_precision_event_on_its_first_day(FxRobot robot) {
        robot.interact(() -> { bar.setDate(LocalDate.of(2023, 8, 15)); bar.setSelectedEvent(null); });
        robot.clickOn("#next-button");
        assertEquals(EXODUS, bar.getSelectedEvent());
        assertEquals(LocalDate.of(2023, 9, 1), bar.getDate());
        robot.clickOn("#next-button");
        assertEquals(OFFENSIVE, bar.getSelectedEvent());
        robot.clickOn("#previous-button");
        assertEquals(EXODUS, bar.getSelectedEvent());
    }

    @Test
    void stepping_past_the_last_event_changes_nothing(FxRobot robot) {
        robot.interact(() -> { bar.setDate(LocalDate.of(2023, 9, 28)); bar.setSelectedEvent(DISSOLUTION); });
        robot.interact(() -> assertTrue(bar.stepForward().isEmpty()));
        assertEquals(DISSOLUTION, bar.getSelectedEvent());
        assertEquals(LocalDate.of(2023, 9, 28), bar.getDate());
    }

    @Test
    void space_starts_and_stops_playback_and_the_date_advances(FxRobot robot) throws Exception {
        robot.interact(() -> bar.setSpeed(PlaySpeed.MONTH));
        LocalDate before = bar.getDate();
        robot.type(KeyCode.SPACE);
        assertTrue(bar.isPlaying());
        assertTrue(bar.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("playing")));
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        robot.type(KeyCode.SPACE);
        assertFalse(bar.isPlaying());
        LocalDate stopped = bar.getDate();
        assertTrue(stopped.isAfter(before.plusDays(5)), "advanced at ~30 days/s: " + stopped);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertEquals(stopped, bar.getDate(), "the date stays once paused");
    }

    @Test
    void playback_stops_at_the_end_without_loop(FxRobot robot) {
        robot.interact(() -> { bar.setSpeed(PlaySpeed.MONTH); bar.setDate(LocalDate.of(2023, 12, 25)); bar.setPlaying(true); });
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bar.isPlaying());
        assertEquals(LocalDate.of(2023, 12, 31), bar.getDate());
    }

    @Test
    void typed_dates_move_the_slider(FxRobot robot) {
        double before = skin().trackX(bar.getDate());
        robot.clickOn("#date-field").write("2022-08-26").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2022, 8, 26), bar.getDate());
        assertEquals("26 Aug 2022", robot.lookup("#date-label").queryAs(Label.class).getText());
        assertTrue(skin().trackX(bar.getDate()) > before + 100, "the playhead moved right");
        robot.clickOn("#date-field").write("2023-04").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2023, 4, 1), bar.getDate());
        robot.clickOn("#date-field").write("2021").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2021, 1, 1), bar.getDate());
        assertEquals("", bar.getInputMessage());
    }

    @Test
    void bad_dates_give_a_message_and_keep_the_date(FxRobot robot) {
        LocalDate before = bar.getDate();
        checkRefused(robot, "2022-13-01", "Month 13 does not exist");
        checkRefused(robot, "2023-02-30", "2023-02 has no day 30");
        checkRefused(robot, "26/08/2022", "use yyyy-mm-dd, yyyy-mm or yyyy");
        checkRefused(robot, "1975", "Outside the timeline");
        assertEquals(before, bar.getDate());
        Label message = robot.lookup("#date-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        // typing again clears the message
        robot.clickOn("#date-field").write("2");
        assertEquals("", bar.getInputMessage());
        assertFalse(message.isVisible());
    }

    private void checkRefused(FxRobot robot, String text, String expected) {
        robot.interact(() -> robot.lookup("#date-field").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#date-field").write(text).type(KeyCode.ENTER);
        Label message = robot.lookup("#date-message").queryAs(Label.class);
        assertTrue(message.getText().contains(expected), text + " -> " + message.getText());
    }

    @Test
    void dragging_the_playhead_scrubs_the_date(FxRobot robot) {
        robot.interact(() -> bar.setDate(LocalDate.of(2021, 3, 1)));
        Point2D from = screenOf(robot, LocalDate.of(2021, 3, 1));
        Point2D to = screenOf(robot, LocalDate.of(2022, 8, 26));
        robot.moveTo(from).press(javafx.scene.input.MouseButton.PRIMARY).moveTo(to).release(javafx.scene.input.MouseButton.PRIMARY);
        long off = Math.abs(bar.getDate().toEpochDay() - LocalDate.of(2022, 8, 26).toEpochDay());
        assertTrue(off <= 2, "one pixel is about a day at this zoom: " + bar.getDate());
    }

    @Test
    void wheel_zooms_around_the_cursor_and_the_histogram_goes_to_days(FxRobot robot) {
        LocalDate anchor = LocalDate.of(2022, 8, 26);
        Point2D p = screenOf(robot, anchor);
        assertEquals(Bucket.WEEK, skin().bucket(), "four years over 1260 px: weeks");
        for (int i = 0; i < 12; i++) {
            robot.interact(() -> {
                Point2D local = skin().track().localToScene(skin().track().screenToLocal(p));
                skin().track().fireEvent(new ScrollEvent(ScrollEvent.SCROLL, local.getX(), local.getY(), p.getX(), p.getY(),
                        false, false, false, false, false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            });
        }
        TimeSpan v = bar.getVisibleSpan();
        assertTrue(v.contains(anchor), "the day under the cursor stays visible: " + v);
        assertTrue(v.until().toEpochDay() - v.from().toEpochDay() < 150, "zoomed in: " + v);
        assertEquals(Bucket.DAY, skin().bucket());
        // the anchor stays (within a day) under the cursor
        assertEquals(p.getX(), screenOf(robot, anchor).getX(), 8);
    }

    @Test
    void zoom_buttons_keep_the_date_in_view(FxRobot robot) {
        robot.interact(() -> bar.scrubTo(LocalDate.of(2023, 4, 23)));
        robot.clickOn("#zoom-in-button").clickOn("#zoom-in-button").clickOn("#zoom-in-button");
        assertTrue(bar.getVisibleSpan().contains(LocalDate.of(2023, 4, 23)));
        assertEquals(Bucket.DAY, skin().bucket(), "half a year over 1260 px shows days");
        robot.clickOn("#zoom-all-button");
        assertEquals(bar.getExtent(), bar.getVisibleSpan());
    }

    @Test
    void stepping_to_an_event_outside_the_visible_span_pans_to_it(FxRobot robot) {
        robot.interact(() -> {
            bar.show(TimeSpan.of(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 12, 1)));
            bar.setDate(LocalDate.of(2020, 11, 10));
            bar.setSelectedEvent(PEACEKEEPERS);
        });
        robot.type(KeyCode.RIGHT);
        assertEquals(NEW_ROUTE, bar.getSelectedEvent());
        assertTrue(bar.getVisibleSpan().contains(LocalDate.of(2022, 8, 2)));
        assertEquals(61, bar.getVisibleSpan().until().toEpochDay() - bar.getVisibleSpan().from().toEpochDay(), "same zoom");
    }

    @Test
    void dragging_under_the_histogram_scrubs_the_date_too(FxRobot robot) {
        Point2D from = screenOf(robot, LocalDate.of(2021, 3, 1)).add(0, 40);
        Point2D to = screenOf(robot, LocalDate.of(2022, 8, 26)).add(0, 40);
        robot.moveTo(from).press(javafx.scene.input.MouseButton.PRIMARY).moveTo(to).release(javafx.scene.input.MouseButton.PRIMARY);
        assertTrue(Math.abs(bar.getDate().toEpochDay() - LocalDate.of(2022, 8, 26).toEpochDay()) <= 2, "on the axis: " + bar.getDate());
        assertNotEquals(atlas.model.TimeWindow.Kind.SPAN, bar.getWindow().kind(), "no range");
    }

    @Test
    void a_drag_on_the_histogram_selects_a_range_and_esc_gives_the_window_back(FxRobot robot) {
        // given
        atlas.model.TimeWindow before = bar.getWindow();
        Point2D from = screenOf(robot, LocalDate.of(2022, 8, 1)), to = screenOf(robot, LocalDate.of(2022, 10, 31));
        // when
        robot.moveTo(from).press(javafx.scene.input.MouseButton.PRIMARY).moveBy(30, 0).moveTo(to).release(javafx.scene.input.MouseButton.PRIMARY);
        // then: the window is the span of those days (a day is about a pixel), the date at its end
        atlas.model.TimeWindow w = bar.getWindow();
        assertEquals(atlas.model.TimeWindow.Kind.SPAN, w.kind());
        assertTrue(Math.abs(w.span().from().toEpochDay() - LocalDate.of(2022, 8, 1).toEpochDay()) <= 2, w.label());
        assertTrue(Math.abs(w.span().until().toEpochDay() - LocalDate.of(2022, 11, 1).toEpochDay()) <= 2, w.label());
        assertEquals(w.span().until().minusDays(1), bar.getDate());
        // when: Esc (the bar has the focus after the drag)
        robot.type(KeyCode.ESCAPE);
        // then
        assertEquals(before, bar.getWindow());
    }

    @Test
    void the_current_story_stop_is_marked_with_a_flag(FxRobot robot) {
        // given: three stops, the second current, with a window
        LocalDate d = LocalDate.of(2022, 8, 26);
        robot.interact(() -> bar.setMarks(List.of(new TimelineMark(LocalDate.of(2021, 5, 1), null, "1", false),
                new TimelineMark(d, TimeSpan.of(LocalDate.of(2022, 8, 5), LocalDate.of(2022, 8, 27)), "2", true),
                new TimelineMark(LocalDate.of(2023, 4, 23), null, "3", false))));
        WaitForAsyncUtils.waitForFxEvents();
        // then: the flag's colour at its date across the histogram, none a little beside it
        javafx.scene.image.WritableImage img = WaitForAsyncUtils.waitForAsyncFx(2000, () -> skin().track().snapshot(null, null));
        int x = (int) Math.round(skin().trackX(d));
        javafx.scene.paint.Color flag = img.getPixelReader().getColor(x, 30);
        assertEquals(0x8a / 255.0, flag.getRed(), 0.12, "flag at the stop's date: " + flag);
        assertEquals(0x3b / 255.0, flag.getGreen(), 0.12, "flag at the stop's date: " + flag);
        javafx.scene.paint.Color beside = img.getPixelReader().getColor((int) Math.round(skin().trackX(LocalDate.of(2022, 3, 1))), 30);
        assertTrue(beside.getRed() < 0.5 || beside.getGreen() > 0.4, "no flag elsewhere: " + beside);
    }

    @Test
    void a_read_only_strip_has_no_editing_controls_and_ignores_the_mouse(FxRobot robot) {
        // when
        robot.interact(() -> bar.setEditable(false));
        LocalDate before = bar.getDate();
        // then
        for (String id : List.of("#previous-button", "#play-button", "#next-button", "#speed-choice", "#loop-check",
                "#date-field", "#window-choice", "#window-amount", "#zoom-in-button", "#zoom-all-button"))
            assertTrue(robot.lookup(id).tryQuery().isEmpty(), id + " is not shown");
        assertTrue(robot.lookup("#date-label").tryQuery().isPresent());
        assertTrue(robot.lookup("#window-label").queryAs(Label.class).getText().startsWith("Events: "));
        robot.clickOn(screenOf(robot, LocalDate.of(2023, 4, 1)));
        robot.type(KeyCode.SPACE);
        assertEquals(before, bar.getDate());
        assertFalse(bar.isPlaying());
        // when: editable again, the controls are back
        robot.interact(() -> bar.setEditable(true));
        assertTrue(robot.lookup("#play-button").tryQuery().isPresent());
    }

    private Point2D screenOf(FxRobot robot, LocalDate d) {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> skin().track().localToScreen(skin().trackX(d), 30));
    }
}
