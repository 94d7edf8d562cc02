package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.Datasets;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.ui.AtlasState;
import atlas.ui.MainWindow;
import atlas.ui.AtlasApp;
import atlas.ui.MapResources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presenting a shipped story from the real main window with the keyboard (and a clicker's PageUp/PageDown). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StoryModeTest {
    private StoryMode mode;
    private MainWindow window;
    private final AtlasState state = new AtlasState();

    @Start
    void start(Stage stage) throws Exception {
        MapResources res = AtlasApp.preload().join();
        state.setDataset(Datasets.loadShipped());
        window = new MainWindow(res, state);
        mode = new StoryMode(window, res, Files.createTempDirectory("story-recovery")).install();
        mode.setFlightTime(Duration.millis(250));
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    @Test
    void keys_walk_through_the_story_and_everything_matches_each_stop(FxRobot robot) throws Exception {
        // given
        StoryPlayerTest.fx(() -> mode.panel().openShipped("stories/august-2022-escalation.story.json"));
        Story story = mode.document().getStory();
        // when: F5 from the main window
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(mode.presentation(), "F5 starts the presentation");
        check(robot, story, 0);
        // then: every next key, then the clicker's keys
        KeyCode[] next = {KeyCode.RIGHT, KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.DOWN, KeyCode.ENTER};
        for (int i = 1; i < story.size(); i++) {
            robot.type(next[i - 1]);
            check(robot, story, i);
        }
        robot.type(KeyCode.PAGE_UP);
        check(robot, story, story.size() - 2);
        robot.type(KeyCode.HOME);
        check(robot, story, 0);
        robot.type(KeyCode.DIGIT5, KeyCode.ENTER);
        check(robot, story, 4);
        // rapid presses: four forward, one back, without waiting
        robot.type(KeyCode.HOME);
        for (int i = 0; i < 4; i++) robot.push(KeyCode.PAGE_DOWN);
        robot.push(KeyCode.PAGE_UP);
        check(robot, story, 3);
        // Esc leaves, and the window's map shows the last stop
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(mode.presentation());
    }

    @Test
    void presenting_twenty_times_leaves_no_listener_on_the_state(FxRobot robot) throws Exception {
        // given: a story, and the state's listeners while no presentation runs
        StoryPlayerTest.fx(() -> { mode.panel().openShipped(ShippedStories.FILES.get(1)); mode.setFlightTime(Duration.ZERO); });
        int[] before = new int[1];
        StoryPlayerTest.fx(() -> before[0] = state.listenerCount());
        for (int i = 0; i < 20; i++) {
            int round = i;
            // when: a presentation opens (its map and timeline listen to the state) and ends
            StoryPlayerTest.fx(() -> {
                mode.present();
                mode.player().next();
                assertTrue(state.listenerCount() > before[0], "the presentation's views follow the state");
            });
            WaitForAsyncUtils.waitForFxEvents();
            StoryPlayerTest.fx(() -> mode.presentation().close());
            // then: every listener it added is gone
            StoryPlayerTest.fx(() -> {
                assertNull(mode.presentation());
                assertEquals(before[0], state.listenerCount(), "listeners on the state after presentation " + (round + 1));
            });
        }
    }

    @Test
    void drawing_while_presenting_is_kept_with_the_stop_and_esc_first_stops_drawing(FxRobot robot) throws Exception {
        // given
        StoryPlayerTest.fx(() -> { mode.panel().openShipped("stories/august-2022-escalation.story.json"); mode.setFlightTime(Duration.ZERO); });
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        // when: P, then a drag on the audience's map
        robot.type(KeyCode.P);
        var map = mode.audienceMap();
        javafx.geometry.Point2D a = WaitForAsyncUtils.waitForAsyncFx(2000, () -> map.localToScreen(map.getWidth() / 2, map.getHeight() / 2));
        var view = WaitForAsyncUtils.waitForAsyncFx(2000, map::getView);
        robot.moveTo(a).press(javafx.scene.input.MouseButton.PRIMARY).moveBy(60, 10).moveBy(40, 40).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // then: one pen stroke, anchored where it was drawn
        StoryPlayerTest.fx(() -> {
            assertEquals(1, state.getDrawings().size());
            assertEquals(atlas.model.Drawing.Tool.PEN, state.getDrawings().get(0).tool());
            var first = view.toScreen(state.getDrawings().get(0).points().get(0));
            assertEquals(map.getWidth() / 2, first.x(), 2);
        });
        // when: K keeps it with the stop
        robot.type(KeyCode.K);
        StoryPlayerTest.fx(() -> {
            assertEquals(1, mode.document().getStory().stop(0).drawings().size(), "kept in the story");
            assertTrue(mode.document().isDirty());
            assertTrue(mode.presentation().view().noticeText().contains("kept with stop 1"), mode.presentation().view().noticeText());
        });
        // when: Ctrl+Z, then Esc twice
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        StoryPlayerTest.fx(() -> assertTrue(state.getDrawings().isEmpty(), "undone"));
        robot.type(KeyCode.ESCAPE);
        StoryPlayerTest.fx(() -> {
            assertNotNull(mode.presentation(), "the first Esc stops drawing");
            assertNull(window.drawingTools().getTool());
        });
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(mode.presentation());
        // then: the undone stroke differs from what the stop keeps: the presenter is asked, without blocking
        StoryPlayerTest.fx(() -> {
            var offer = mode.keepOffer();
            assertNotNull(offer);
            ((javafx.scene.control.Button) offer.getDialogPane().lookupButton(offer.getButtonTypes().get(1))).fire();
            assertNull(mode.keepOffer());
            // the story was changed: leave none unsaved, or closing the window would ask about it
            mode.document().newStory("Untitled story");
        });
    }

    @Test
    void the_audience_sees_a_clean_timeline_strip_folded_legends_and_the_stop_marked(FxRobot robot) throws Exception {
        // given
        StoryPlayerTest.fx(() -> { mode.panel().openShipped("stories/august-2022-escalation.story.json"); mode.setFlightTime(Duration.ZERO); });
        Story story = mode.document().getStory();
        // when
        robot.type(KeyCode.F5);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        StoryPlayerTest.fx(() -> {
            var view = mode.presentation().view();
            for (String id : List.of("#previous-button", "#play-button", "#next-button", "#speed-choice", "#loop-check",
                    "#date-field", "#window-choice", "#window-amount", "#window-unit", "#zoom-all-button"))
                assertNull(view.lookup(id), id + " is not on the audience's screen");
            assertNotNull(view.lookup("#date-label"), "the strip shows the date");
            var map = mode.audienceMap();
            assertFalse(map.chrome().legend().isExpanded(), "base-map legend folded");
            var corridor = (javafx.scene.control.TitledPane) map.chrome().lookup("#corridor-legend-pane");
            assertFalse(corridor.isExpanded(), "corridor legend folded");
            assertTrue(corridor.isVisible(), "a folded legend still shows its title");
            var bar = (atlas.ui.TimelineBar) view.lookup(".timeline-bar");
            var current = bar.getMarks().stream().filter(atlas.ui.TimelineMark::current).toList();
            assertEquals(1, current.size(), "one stop is current");
            assertEquals(story.stop(1).date(), current.get(0).date());
            assertEquals("2", current.get(0).label());
            assertEquals(story.size(), bar.getMarks().size(), "every stop is marked");
        });
        // the window's own timeline shows the same marks (the state's)
        StoryPlayerTest.fx(() -> assertEquals("2", state.getTimelineMarks().stream().filter(atlas.ui.TimelineMark::current)
                .findFirst().orElseThrow().label()));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void f5_with_no_story_offers_the_shipped_stories_and_presents_the_one_chosen(FxRobot robot) throws Exception {
        // given: a new, empty story
        StoryPlayerTest.fx(() -> { mode.document().newStory("Untitled story"); mode.setFlightTime(Duration.ZERO); });
        // when
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the three shipped stories and Open…
        assertNull(mode.presentation());
        assertNotNull(mode.storyChooser(), "a chooser is offered");
        for (int i = 1; i <= ShippedStories.FILES.size(); i++) assertTrue(robot.lookup("#choose-story-" + i).tryQuery().isPresent());
        assertTrue(robot.lookup("#choose-story-open").tryQuery().isPresent());
        // when: the August 2022 story
        robot.clickOn("#choose-story-3");
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertNull(mode.storyChooser());
        assertNotNull(mode.presentation(), "presenting at once");
        assertEquals("The August 2022 escalation", mode.player().getStory().title());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(FxRobot robot, Story story, int i) throws Exception {
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> mode.player() != null && !mode.player().isFlying()).get());
        WaitForAsyncUtils.waitForFxEvents();
        Stop s = story.stop(i);
        StoryPlayerTest.fx(() -> {
            assertEquals(i, mode.player().getIndex());
            assertEquals(s.date(), state.getDate(), "date at stop " + (i + 1));
            var v = mode.audienceMap().getView();
            assertEquals(s.center().lat(), v.center().lat(), 1e-4, "lat at stop " + (i + 1));
            assertEquals(s.center().lon(), v.center().lon(), 1e-4, "lon at stop " + (i + 1));
            assertEquals(s.zoom(), v.zoom(), 1e-3, "zoom at stop " + (i + 1));
            assertEquals(s.title(), ((javafx.scene.control.Label) mode.presentation().view().lookup("#caption-title")).getText());
            assertEquals((i + 1) + " / " + story.size(),
                    ((javafx.scene.control.Label) mode.presentation().view().lookup("#caption-counter")).getText());
        });
    }
}
