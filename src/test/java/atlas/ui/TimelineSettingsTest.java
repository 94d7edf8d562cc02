package atlas.ui;

import static org.junit.jupiter.api.Assertions.*;

import atlas.map.TimeWindow;
import atlas.model.Category;
import atlas.model.TimeSpan;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TimelineSettingsTest {
    private final Preferences node = Preferences.userRoot().node(System.getProperty("atlas.prefs.node", "corridor-atlas-test")).node("timeline-settings-test");

    @AfterEach
    void clear() throws Exception { node.removeNode(); }

    @Test
    void settings_survive_a_restart(FxRobot robot) {
        robot.interact(() -> {
            // given: a first run changes everything
            TimelineBar first = new TimelineBar(TimelineIndex.of(CorridorEvents.dataset()));
            new TimelineSettings(node).watch(first);
            first.scrubTo(LocalDate.of(2022, 8, 26));
            first.show(TimeSpan.of(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 10, 1)));
            first.setWindow(TimeWindow.last(3, ChronoUnit.MONTHS));
            first.setSpeed(PlaySpeed.DAY);
            first.setLoop(true);
            first.categories().removeAll(EnumSet.of(Category.WAR, Category.CLASH));
            // when: a second run restores
            TimelineBar second = new TimelineBar(TimelineIndex.of(CorridorEvents.dataset()));
            new TimelineSettings(node).restore(second);
            // then
            assertEquals(LocalDate.of(2022, 8, 26), second.getDate());
            assertEquals(TimeSpan.of(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 10, 1)), second.getVisibleSpan());
            assertEquals(TimeWindow.last(3, ChronoUnit.MONTHS), second.getWindow());
            assertEquals(PlaySpeed.DAY, second.getSpeed());
            assertTrue(second.isLoop());
            assertEquals(EnumSet.complementOf(EnumSet.of(Category.WAR, Category.CLASH)), second.categorySnapshot());
        });
    }

    @Test
    void unreadable_values_keep_the_defaults(FxRobot robot) {
        node.put("window", "last:-3:weeks");
        node.put("date", "26/08/2022");
        node.put("speed", "WARP");
        robot.interact(() -> {
            TimelineBar bar = new TimelineBar(TimelineIndex.of(CorridorEvents.dataset()));
            LocalDate date = bar.getDate();
            TimeWindow window = bar.getWindow();
            new TimelineSettings(node).restore(bar);
            assertEquals(date, bar.getDate());
            assertEquals(window, bar.getWindow());
            assertEquals(PlaySpeed.WEEK, bar.getSpeed());
        });
    }
}
