package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.Datasets;
import atlas.model.LatLon;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.ui.AtlasState;
import atlas.ui.CompareView;
import atlas.ui.MainWindow;
import atlas.ui.AtlasApp;
import atlas.ui.MapResources;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A story stop that compares two dates: authored from the window, saved and read back, presented as the swipe. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ComparisonStopTest {
    private static final LocalDate A = LocalDate.of(2021, 6, 1), B = LocalDate.of(2023, 6, 1);
    private StoryMode mode;
    private MainWindow window;
    private final AtlasState state = new AtlasState();

    private static MapResources res;
    private static atlas.model.Dataset dataset;

    /** Read once, before TestFX's start, whose time limit a busy machine's reading could exceed. */
    @org.junit.jupiter.api.BeforeAll
    static void load() {
        res = AtlasApp.preload().join();
        dataset = Datasets.loadShipped();
    }

    @Start
    void start(Stage stage) throws Exception {
        state.setDataset(dataset);
        window = new MainWindow(res, state);
        mode = new StoryMode(window, res, Files.createTempDirectory("story-recovery")).install();
        mode.setFlightTime(Duration.millis(100));
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    @Test
    void add_comparison_stop_enters_the_compare_mode_and_keeps_both_dates(FxRobot robot) {
        // given: one date on the map
        robot.interact(() -> {
            state.setDate(B);
            mode.showPanel();
        });
        // when
        robot.clickOn("#story-add-compare");
        // then: the window compares, and the stop keeps both dates
        assertTrue(state.isComparing());
        Stop s = mode.document().getStory().stop(0);
        assertEquals(B, s.date());
        assertEquals(state.getCompareDate(), s.compareDate());
        assertTrue(mode.panel().statusText().startsWith("Added comparison stop 1"), mode.panel().statusText());
        // when: a plain stop is added while comparing, it is what the map shows: a comparison too
        robot.interact(() -> state.setCompareDate(null));
        robot.clickOn("#story-add");
        assertNull(mode.document().getStory().stop(1).compareDate());
    }

    @Test
    void presenting_a_comparison_stop_shows_the_swipe_and_the_next_stop_one_date(FxRobot robot) {
        // given
        Stop cmp = Stop.at("Lachin 2021 and 2023", B, new LatLon(39.62, 46.58), 11).withCompareDate(A);
        Stop one = Stop.at("After", B, new LatLon(39.62, 46.58), 11);
        robot.interact(() -> mode.document().edit(st -> new Story("Compare", "", List.of(cmp, one))));
        int listeners = state.listenerCount();
        // when
        robot.interact(mode::present);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the audience sees both dates, no compare bar
        CompareView audience = (CompareView) mode.audienceMap().getParent();
        assertNotNull(audience.getCompareMap());
        assertEquals(A, state.getCompareDate());
        assertFalse(audience.bar().isVisible());
        Label a = (Label) audience.lookup("#compare-label-a"), b = (Label) audience.lookup("#compare-label-b");
        assertEquals("A  1 Jun 2021", a.getText());
        assertEquals("1 Jun 2023  B", b.getText());
        assertTrue(a.isVisible() && b.isVisible());
        // and: both sides' legends are folded to their titles, as a presentation shows them
        assertFalse(mode.audienceMap().chrome().legend().isExpanded());
        assertFalse(audience.getCompareMap().chrome().legend().isExpanded());
        javafx.scene.Node corridorLegend = mode.audienceMap().chrome().lookup("#corridor-legend-pane");
        assertTrue(corridorLegend.isVisible() && !((javafx.scene.control.TitledPane) corridorLegend).isExpanded(),
                "the corridor legend folded to its title, listing both dates when opened");
        // when: the presenter view (two screens) builds its copy of the audience's map
        CompareView copy = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            CompareView c = (CompareView) mode.presenterCopy(window.drawingTools());
            new Scene(c, 600, 400);
            c.applyCss();
            c.layout();
            return c;
        });
        // then: the presenter sees the same comparison, following the audience's divider and layout
        assertNotNull(copy.getCompareMap());
        assertFalse(copy.bar().isVisible());
        assertFalse(copy.getCompareMap().chrome().legend().isExpanded());
        robot.interact(() -> audience.setDivider(0.3));
        assertEquals(0.3, copy.getDivider(), 1e-9);
        robot.interact(() -> audience.setLayout(CompareView.Layout.SIDE_BY_SIDE));
        assertEquals(CompareView.Layout.SIDE_BY_SIDE, copy.getLayout());
        robot.interact(() -> audience.setLayout(CompareView.Layout.SWIPE));
        // when: the next stop is not a comparison
        robot.interact(() -> mode.player().next());
        assertNull(audience.getCompareMap());
        assertNull(copy.getCompareMap());
        assertFalse(state.isComparing());
        // when: back, then the presentation ends
        robot.interact(() -> mode.player().previous());
        assertNotNull(audience.getCompareMap());
        robot.interact(() -> mode.presentation().close());
        WaitForAsyncUtils.waitForFxEvents();
        // then: the window's own compare mode shows the last stop; the audience's views are gone
        assertNotNull(window.compareView().getCompareMap());
        robot.interact(() -> state.setCompareDate(null));
        assertEquals(listeners, state.listenerCount(), "the presentation's maps and compare view left no listener");
    }
}
