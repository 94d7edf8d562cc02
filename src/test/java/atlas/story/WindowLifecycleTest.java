package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import atlas.io.Datasets;
import atlas.map.AtlasMap;
import atlas.ui.AtlasApp;
import atlas.ui.AtlasState;
import atlas.ui.MainWindow;
import atlas.ui.MapResources;
import atlas.ui.TimelineBar;
import atlas.ui.WindowPrefs;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One lifecycle: what the window lets go of can be collected. A disposed main window (its stage shown with another
 * scene afterwards, or closed), a closed presentation (the audience's map, the presenter's copy and its mirror) and
 * a compare view switched off leave nothing reachable: each is held only by a {@link WeakReference} and must be
 * cleared within a bounded number of full collections. (Before, every window a test built stayed in the JVM with the
 * software textures of its canvases, through the close prompt the story mode put on the stage.)
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WindowLifecycleTest {
    private static final int COLLECTIONS = 30;
    private final List<Stage> stages = new ArrayList<>();

    @AfterEach
    void closeStages() throws Exception {
        fx(() -> stages.forEach(Stage::hide));
        stages.clear();
    }

    @Test
    void a_disposed_window_is_collected_while_its_stage_lives_on() throws Exception {
        // given: the application's window, panels built, the story mode installed, the compare mode on
        List<WeakReference<Object>> refs = openAppWindow(true);
        // when: the window is disposed and the stage shows something else
        fx(() -> {
            MainWindow w = (MainWindow) stages.get(0).getScene().getRoot();
            w.dispose();
            assertTrue(w.isDisposed());
            stages.get(0).setScene(new Scene(new Pane(), 300, 200));
        });
        // then
        assertCollected("the disposed window, its maps and its compare view", refs);
    }

    @Test
    void closing_the_stage_disposes_the_window_and_lets_it_go() throws Exception {
        // given
        List<WeakReference<Object>> refs = openAppWindow(false);
        // when
        fx(() -> {
            // the stage itself may stay: Monocle keeps the last focused window, even closed
            Stage stage = stages.remove(0);
            MainWindow w = (MainWindow) stage.getScene().getRoot();
            stage.hide();
            assertTrue(w.isDisposed(), "hiding the stage disposes the window");
        });
        // then: a closed stage keeps nothing of the window
        assertCollected("the window of a closed stage", refs);
    }

    @Test
    void a_closed_presentation_lets_its_maps_go_and_the_window_stays() throws Exception {
        // given: a window with the story mode, presenting with the presenter view and its mirrored map
        MapResources res = AtlasApp.preload().join();
        AtlasState state = new AtlasState();
        StoryMode[] mode = new StoryMode[1];
        fx(() -> {
            state.setDataset(Datasets.loadShipped());
            MainWindow window = new MainWindow(res, state);
            try {
                mode[0] = new StoryMode(window, res, Files.createTempDirectory("story-recovery")).install();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            mode[0].setFlightTime(Duration.ZERO);
            Stage stage = new Stage();
            stages.add(stage);
            stage.setScene(new Scene(window, 1000, 700));
            stage.show();
            mode[0].panel().openShipped(ShippedStories.FILES.get(1));
        });
        int[] before = new int[1];
        fx(() -> before[0] = state.listenerCount());
        List<WeakReference<Object>> refs = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            fx(() -> {
                mode[0].present();
                mode[0].presentation().openPresenterView(Screen.getPrimary().getVisualBounds());
                mode[0].player().next();
                assertNotNull(mode[0].presenterMap(), "the presenter view has its copy of the map");
                refs.add(new WeakReference<>(mode[0].audienceMap()));
                refs.add(new WeakReference<>(mode[0].presenterMap()));
                refs.add(new WeakReference<>(mode[0].presentation()));
                refs.add(new WeakReference<>(mode[0].presentation().view()));
                refs.add(new WeakReference<>(mode[0].presentation().presenter()));
            });
            WaitForAsyncUtils.waitForFxEvents();
            // when
            fx(() -> mode[0].presentation().close());
        }
        // then: the window and its state are still there, every presentation's views are gone
        fx(() -> {
            assertNull(mode[0].presentation());
            assertEquals(before[0], state.listenerCount(), "listeners on the state after three presentations");
        });
        assertCollected("the closed presentations' audience maps, presenter maps and views", refs);
        assertNotNull(mode[0].document());
    }

    @Test
    void a_compare_view_switched_off_lets_its_second_map_go() throws Exception {
        // given: a window comparing two dates
        MapResources res = AtlasApp.preload().join();
        AtlasState state = new AtlasState();
        MainWindow[] window = new MainWindow[1];
        fx(() -> {
            state.setDataset(Datasets.loadShipped());
            window[0] = new MainWindow(res, state);
            Stage stage = new Stage();
            stages.add(stage);
            stage.setScene(new Scene(window[0], 1000, 700));
            stage.show();
        });
        int[] before = new int[1];
        fx(() -> before[0] = state.listenerCount());
        List<WeakReference<Object>> refs = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            fx(() -> {
                window[0].compareView().enter();
                assertNotNull(window[0].compareView().getCompareMap());
                refs.add(new WeakReference<>(window[0].compareView().getCompareMap()));
            });
            WaitForAsyncUtils.waitForFxEvents();
            // when
            fx(() -> window[0].compareView().leave());
        }
        // then
        fx(() -> {
            assertNull(window[0].compareView().getCompareMap());
            assertEquals(before[0], state.listenerCount(), "listeners on the state after comparing three times");
        });
        assertCollected("the second maps of a compare view switched off", refs);
        fx(() -> window[0].dispose());
    }

    /**
     * Opens the application's window ({@link AtlasApp#start}) on a new stage, waits for its panels, and returns weak
     * references to the window, its map, its compare view and (when {@code comparing}) the compare map.
     */
    private List<WeakReference<Object>> openAppWindow(boolean comparing) throws Exception {
        WindowPrefs.standard().clear();
        MainWindow[] w = new MainWindow[1];
        fx(() -> {
            Stage stage = new Stage();
            stages.add(stage);
            new AtlasApp().start(stage);
            w[0] = (MainWindow) stage.getScene().getRoot();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w[0].getBottom() instanceof TimelineBar);
        List<WeakReference<Object>> refs = new ArrayList<>();
        fx(() -> {
            refs.add(new WeakReference<>(w[0]));
            refs.add(new WeakReference<>(w[0].map()));
            refs.add(new WeakReference<>(w[0].compareView()));
            refs.add(new WeakReference<>(w[0].getBottom()));
            if (comparing) {
                w[0].compareView().enter();
                AtlasMap other = w[0].compareView().getCompareMap();
                assertNotNull(other);
                refs.add(new WeakReference<>(other));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        w[0] = null;
        return refs;
    }

    /** Runs on the FX thread and waits (a cold JVM on a busy machine takes seconds to build the first window). */
    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(60, TimeUnit.SECONDS);
    }

    /** Collects (fully, a bounded number of times, with pulses between) until every reference is cleared. */
    private static void assertCollected(String what, List<WeakReference<Object>> refs) throws Exception {
        for (int i = 0; i < COLLECTIONS; i++) {
            if (refs.stream().allMatch(r -> r.get() == null)) return;
            WaitForAsyncUtils.waitForFxEvents();
            System.gc();
            Thread.sleep(50);
        }
        List<String> kept = refs.stream().map(WeakReference::get).filter(o -> o != null).map(o -> o.getClass().getSimpleName()).toList();
        fail(what + ": still reachable after " + COLLECTIONS + " full collections: " + kept);
    }
}
