package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.Datasets;
import atlas.model.LatLon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Menu ▸ Export animation…: the dialog exports off the FX thread with progress, and Cancel leaves no file. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AnimationDialogTest {
    private static MapResources res;
    private final AtlasState state = new AtlasState();
    private MainWindow window;
    @TempDir Path dir;

    private static atlas.model.Dataset dataset;

    /** Read before TestFX's start, whose time limit a busy machine's reading could exceed. */
    @org.junit.jupiter.api.BeforeAll
    static void load() {
        res = AtlasApp.preload().join();
        dataset = Datasets.loadShipped();
    }

    @Start
    void start(Stage stage) {
        // the JVM's one tile source: the offline atlas of these resources, whatever an earlier test left selected
        atlas.map.TileSources.use(res.offline());
        state.setDataset(dataset);
        window = new MainWindow(res, state);
        stage.setScene(new Scene(window, 1000, 700));
        stage.show();
        window.map().setView(new LatLon(39.62, 46.58), 11);
        state.setDate(LocalDate.of(2023, 6, 1));
    }

    @Test
    void the_dialog_starts_with_the_compared_dates_and_exports_a_gif(FxRobot robot) throws Exception {
        // given: comparing 2021 with 2023
        robot.interact(() -> state.setCompareDate(LocalDate.of(2021, 6, 1)));
        AnimationDialog d = WaitForAsyncUtils.asyncFx(() -> window.exportAnimation()).get(10, TimeUnit.SECONDS);
        assertEquals("2021-06-01", field(robot, "#animation-from").getText());
        assertEquals("2023-06-01", field(robot, "#animation-to").getText());
        // when: a short range by week, small
        Path gif = dir.resolve("a.gif");
        robot.interact(() -> {
            field(robot, "#animation-from").setText("2022-08-15");
            field(robot, "#animation-to").setText("2022-09-12");
            robot.lookup("#animation-step").queryAs(ComboBox.class).setValue(MapAnimation.Step.WEEK);
            robot.lookup("#animation-size").queryAs(ComboBox.class).setValue("640x400");
            field(robot, "#animation-file").setText(gif.toString());
        });
        assertTrue(robot.lookup("#animation-summary").queryLabeled().getText().startsWith("5 frames"));
        robot.interact(d::start);
        // then
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> !d.isExporting());
        assertTrue(d.statusText().startsWith("Wrote " + gif + ": 5 frames"), d.statusText());
        assertEquals(5, AnimatedGifWriterTest.decode(Files.readAllBytes(gif)).size());
        assertEquals(400, AnimatedGifWriterTest.decode(Files.readAllBytes(gif)).get(0).getHeight());
    }

    @Test
    void the_animation_shows_the_window_s_scene_comparison_drawings_and_folded_legend(FxRobot robot) throws Exception {
        // given: the window compares side by side with the ghost, something is drawn, the base legend is folded
        atlas.model.Drawing circle = atlas.model.Drawing.stroke(atlas.model.Drawing.Tool.PEN,
                List.of(new LatLon(39.6, 46.5), new LatLon(39.65, 46.6)), "#d32f2f", 11);
        robot.interact(() -> {
            state.setCompareDate(LocalDate.of(2021, 6, 1));
            window.compareView().setLayout(CompareView.Layout.SIDE_BY_SIDE);
            window.compareView().setGhost(true);
            state.setDrawings(List.of(circle));
            window.map().chrome().legend().setExpanded(false);
        });
        AnimationDialog d = WaitForAsyncUtils.asyncFx(() -> window.exportAnimation()).get(10, TimeUnit.SECONDS);
        // when: the scene the animation renders is built
        try (MapSnapshot.Session s = MapSnapshot.Session.open(res, d.request(640, 400))) {
            CompareView v = s.view();
            // then: the same comparison, drawings and legends as the window
            assertNotNull(v.getCompareMap(), "the compare map of date A");
            assertEquals(LocalDate.of(2021, 6, 1), v.state().getCompareDate());
            assertEquals(CompareView.Layout.SIDE_BY_SIDE, v.getLayout());
            assertTrue(v.isGhost());
            assertEquals(List.of(circle), v.state().getDrawings());
            assertFalse(v.mainMap().chrome().legend().isExpanded());
        } finally {
            robot.interact(() -> {
                d.close();
                state.setCompareDate(null);
                state.setDrawings(List.of());
                window.compareView().setLayout(CompareView.Layout.SWIPE);
                window.compareView().setGhost(false);
            });
        }
    }

    @Test
    void cancel_stops_the_export_and_writes_nothing(FxRobot robot) throws Exception {
        AnimationDialog d = WaitForAsyncUtils.asyncFx(() -> window.exportAnimation()).get(10, TimeUnit.SECONDS);
        Path gif = dir.resolve("long.gif");
        robot.interact(() -> {
            field(robot, "#animation-from").setText("2020-01-01");
            field(robot, "#animation-to").setText("2023-12-31");
            robot.lookup("#animation-step").queryAs(ComboBox.class).setValue(MapAnimation.Step.DAY);
            robot.lookup("#animation-size").queryAs(ComboBox.class).setValue("640x400");
            field(robot, "#animation-file").setText(gif.toString());
            d.start();
        });
        assertTrue(d.isExporting());
        assertTrue(d.statusText().startsWith("Frame 0 of 1461"), d.statusText());
        robot.clickOn("#animation-cancel");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !d.isExporting());
        assertTrue(d.statusText().startsWith("Cancelled"), d.statusText());
        assertFalse(Files.exists(gif));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no temporary file left");
        }
    }

    @Test
    void the_dialog_speaks_the_interface_s_language(FxRobot robot) throws Exception {
        // given: Russian chosen
        robot.interact(() -> atlas.map.Translations.setLanguage(atlas.i18n.Language.RU));
        try {
            // when
            AnimationDialog d = WaitForAsyncUtils.asyncFx(() -> window.exportAnimation()).get(10, TimeUnit.SECONDS);
            robot.interact(() -> {
                field(robot, "#animation-from").setText("2022-08-01");
                field(robot, "#animation-to").setText("2022-08-29");
                robot.lookup("#animation-step").queryAs(ComboBox.class).setValue(MapAnimation.Step.WEEK);
            });
            // then: title, buttons, step names and the summary in Russian, with its plural forms
            assertEquals("Экспорт анимации", d.getTitle());
            assertEquals("Экспортировать", robot.lookup("#animation-export").queryButton().getText());
            assertEquals("Закрыть", robot.lookup("#animation-cancel").queryButton().getText());
            assertEquals("1 неделя", robot.lookup("#animation-step").queryAs(ComboBox.class).getConverter().toString(MapAnimation.Step.WEEK));
            assertTrue(robot.lookup("#animation-summary").queryLabeled().getText().startsWith("5 кадров, "),
                    robot.lookup("#animation-summary").queryLabeled().getText());
            // when: the range ends before it starts
            robot.interact(() -> field(robot, "#animation-to").setText("2021-01-01"));
            assertTrue(robot.lookup("#animation-summary").queryLabeled().getText().startsWith("анимация заканчивается"),
                    robot.lookup("#animation-summary").queryLabeled().getText());
            robot.interact(d::close);
        } finally {
            robot.interact(() -> atlas.map.Translations.setLanguage(atlas.i18n.Language.EN));
        }
    }

    @Test
    void a_range_that_ends_before_it_starts_cannot_be_exported(FxRobot robot) {
        robot.interact(() -> window.exportAnimation());
        robot.interact(() -> field(robot, "#animation-to").setText("2001-01-01"));
        assertTrue(robot.lookup("#animation-export").queryButton().isDisabled());
        assertTrue(robot.lookup("#animation-summary").queryLabeled().getText().contains("before it starts"));
    }

    private static TextField field(FxRobot robot, String id) { return robot.lookup(id).queryAs(TextField.class); }
}
