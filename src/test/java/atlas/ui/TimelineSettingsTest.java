package atlas.ui;

import static org.junit.jupiter.api.Assertions.*;

import atlas.model.TimeWindow;
import atlas.model.Category;
import atlas.model.TimeSpan;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TimelineSettingsTest {
    private final Preferences node = Preferences.userRoot().node(System.getProperty("atlas.prefs.node", "corridor-atlas-test")).node("timeline-settings-test");

    @AfterEach
    void clear() throws Exception { node.removeNode(); }

    /** Creates a map on the app's resources (read once per JVM, shared with the other JavaFX tests). */
    private static atlas.map.AtlasMap map() {
        MapResources res = AtlasApp.preload().join();
        return new atlas.map.AtlasMap(res.offline(), res.renderer());
    }

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
    void a_date_chosen_before_the_timeline_is_built_is_not_replaced_by_the_remembered_one(FxRobot robot) {
        robot.interact(() -> {
            // given: a remembered date
            TimelineBar first = new TimelineBar(TimelineIndex.of(CorridorEvents.dataset()));
            new TimelineSettings(node).watch(first);
            first.scrubTo(LocalDate.of(2022, 8, 26));
            // when: the timeline of a state nobody moved yet is built
            AtlasState untouched = new AtlasState();
            untouched.setDataset(CorridorEvents.dataset());
            TimelineViews a = new TimelineViews(untouched, map(), u -> { })
                    .remember(new TimelineSettings(node));
            // then: the remembered date comes back
            assertEquals(LocalDate.of(2022, 8, 26), untouched.getDate());
            // when: the date was chosen before the timeline was built (a story opened with the app, a key)
            AtlasState moved = new AtlasState();
            moved.setDataset(CorridorEvents.dataset());
            moved.setDate(LocalDate.of(2021, 6, 1));
            TimelineViews b = new TimelineViews(moved, map(), u -> { })
                    .remember(new TimelineSettings(node));
            // then: it stays, and it is the one remembered from now on
            assertEquals(LocalDate.of(2021, 6, 1), moved.getDate());
            assertEquals(LocalDate.of(2021, 6, 1), b.bar().getDate());
            assertEquals("2021-06-01", node.get("date", null));
            a.dispose();
            b.dispose();
        });
    }

    @Test
    void a_category_the_saved_settings_did_not_know_is_shown(FxRobot robot) {
        // given: settings saved by a version without the "other" category (imported files), war unticked
        node.put("categories", "clash,violence,ceasefire,corridor,peacekeeping,diplomacy,humanitarian,territorial-change,political");
        robot.interact(() -> {
            // when
            TimelineBar bar = new TimelineBar(TimelineIndex.of(CorridorEvents.dataset()));
            new TimelineSettings(node).restore(bar);
            // then: the user's choice stays, and the category added since is shown
            assertEquals(EnumSet.complementOf(EnumSet.of(Category.WAR)), bar.categorySnapshot());
            // and: saved again, it is the hidden ones that are stored, so the next new category is shown too
            new TimelineSettings(node).save(bar);
            assertEquals("war", node.get("hiddenCategories", null));
            assertNull(node.get("categories", null));
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

    @Test
    void playback_writes_the_settings_once_it_stops_not_every_frame(FxRobot robot) {
        // given: a watched bar
        TimelineBar bar = WaitForAsyncUtils.waitForAsyncFx(5000, () -> new TimelineBar(TimelineIndex.of(CorridorEvents.dataset())));
        TimelineSettings settings = new TimelineSettings(node);
        robot.interact(() -> { settings.watch(bar); bar.setSpeed(PlaySpeed.MONTH); bar.setDate(LocalDate.of(2021, 1, 1)); });
        int before = settings.saveCount();
        // when: it plays for a while (many frames, many dates)
        robot.interact(() -> bar.setPlaying(true));
        assertTrue(bar.isValueChanging());
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate during = WaitForAsyncUtils.waitForAsyncFx(5000, bar::getDate);
        assertTrue(during.isAfter(LocalDate.of(2021, 1, 5)), "played: " + during);
        assertEquals(before, settings.saveCount(), "nothing written while playing");
        robot.interact(() -> bar.setPlaying(false));
        // then: written once, with the date it stopped on
        assertFalse(bar.isValueChanging());
        assertEquals(before + 1, settings.saveCount());
        assertEquals(bar.getDate().toString(), node.get("date", null));
    }

    @Test
    void a_story_span_is_not_stored_as_the_user_window(FxRobot robot) {
        robot.interact(() -> {
            TimelineBar bar = new TimelineBar(TimelineIndex.of(CorridorEvents.dataset()));
            new TimelineSettings(node).watch(bar);
            bar.setWindow(TimeWindow.active());
            bar.setWindow(TimeWindow.span(TimeSpan.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 9, 1))));
            bar.setDate(LocalDate.of(2022, 8, 3));
            assertEquals("active", node.get("window", null));
        });
    }
}
