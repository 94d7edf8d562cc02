package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.StoryFormatException;
import atlas.io.StoryReader;
import atlas.model.LatLon;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.ui.AtlasState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Authoring: adding stops from the view, editing, reordering, deleting, saving, recovery, broken files. Runs in a JVM
 * of its own (tag ui-isolated): it drags and drops with the robot.
 */
@Tag("ui-isolated")
@ExtendWith(ApplicationExtension.class)
class StoryPanelTest {
    @TempDir static Path dir;
    private final AtlasState state = new AtlasState();
    private final PlainCamera camera = new PlainCamera(LatLon.of(39.64, 46.55), 10);
    private StoryDocument doc;
    private StoryPanel panel;

    @Start
    void start(Stage stage) throws IOException {
        Path rec = Files.createTempDirectory(dir, "rec");
        doc = new StoryDocument(rec);
        panel = new StoryPanel(doc, state, camera, List.of());
        stage.setScene(new Scene(panel, 420, 700));
        stage.show();
    }

    @Test
    void add_stop_takes_date_view_and_layers_and_edits_are_recoverable(FxRobot robot) throws Exception {
        // given
        StoryPlayerTest.fx(() -> {
            state.setDate(LocalDate.of(2022, 8, 26));
            state.visibleLayers().addAll(List.of("events", "corridor"));
        });
        // when
        robot.clickOn("#story-add");
        robot.clickOn("#stop-title").eraseText(7).write("Handover");
        // then
        Stop s = doc.getStory().stop(0);
        assertEquals("Handover", s.title());
        assertEquals(LocalDate.of(2022, 8, 26), s.date());
        assertEquals(LatLon.of(39.64, 46.55), s.center());
        assertEquals(10, s.zoom());
        assertEquals(List.of("corridor", "events"), s.layers());
        assertTrue(doc.isDirty());
        Path copy = doc.recoveryCopy().orElseThrow();
        assertEquals(doc.getStory(), new StoryReader().read(copy));
    }

    @Test
    void reorder_by_buttons_and_drag_and_delete(FxRobot robot) throws Exception {
        // given: three stops A, B, C
        StoryPlayerTest.fx(() -> {
            for (String t : List.of("A", "B", "C")) {
                panel.addStop();
                panel.document().edit(s -> s.withStopReplaced(panel.selectedIndex(), s.stop(panel.selectedIndex()).withTitle(t)));
            }
        });
        // when
        robot.clickOn("#story-up");
        // then
        assertEquals(List.of("A", "C", "B"), titles());
        assertEquals(1, panel.selectedIndex());
        // when: drag the first row onto the third
        robot.drag(robot.lookup(".story-stop-cell").nth(0).queryAs(javafx.scene.Node.class))
                .dropTo(robot.lookup(".story-stop-cell").nth(2).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("C", "B", "A"), titles());
        // when
        robot.clickOn("#story-delete");
        assertEquals(List.of("C", "B"), titles());
    }

    @Test
    void a_broken_file_changes_nothing_and_says_where(FxRobot robot) throws Exception {
        // given
        Path good = dir.resolve("good.story.json");
        new atlas.io.StoryWriter().save(new Story("Good", "", List.of(Stop.at("One", LocalDate.of(2021, 1, 1), LatLon.of(39.6, 46.5), 9))), good);
        Path bad = dir.resolve("bad.story.json");
        Files.writeString(bad, Files.readString(good).replace("\"zoom\" : 9.0", "\"zoom\" : \"nine\""), StandardCharsets.UTF_8);
        StoryPlayerTest.fx(() -> assertTrue(panel.open(good)));
        Story before = doc.getStory();
        // when
        StoryPlayerTest.fx(() -> assertFalse(panel.open(bad)));
        // then
        assertEquals(before, doc.getStory());
        assertEquals(good, doc.getFile());
        assertTrue(panel.statusText().contains("bad.story.json:"), panel.statusText());
        assertTrue(panel.statusText().contains("$.stops[0].view.zoom: expected a number"), panel.statusText());
        assertThrows(StoryFormatException.class, () -> doc.open(bad));
    }

    @Test
    void saving_clears_dirty_and_the_recovery_copy(FxRobot robot) throws Exception {
        // given
        StoryPlayerTest.fx(panel::addStop);
        assertTrue(doc.recoveryCopy().isPresent());
        Path f = dir.resolve("saved.story.json");
        // when
        StoryPlayerTest.fx(() -> { try { doc.saveAs(f); } catch (IOException e) { throw new RuntimeException(e); } });
        // then
        assertFalse(doc.isDirty());
        assertTrue(doc.recoveryCopy().isEmpty());
        assertEquals(doc.getStory(), new StoryReader().read(f));
    }

    private List<String> titles() {
        WaitForAsyncUtils.waitForFxEvents();
        return doc.getStory().stops().stream().map(Stop::title).toList();
    }
}
