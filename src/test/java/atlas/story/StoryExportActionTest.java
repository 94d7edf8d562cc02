package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.Datasets;
import atlas.model.Dataset;
import atlas.model.Story;
import atlas.ui.AtlasApp;
import atlas.ui.MapResources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The story panel's Export, from the window: a progress window while it runs, Cancel, and the outcome in one line. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StoryExportActionTest {
    @TempDir Path dir;
    private Stage owner;
    private final CompletableFuture<String> said = new CompletableFuture<>();
    private StoryExportAction action;
    private Story story;

    @Start
    void start(Stage stage) throws Exception {
        MapResources res = AtlasApp.preload().join();
        Dataset dataset = Datasets.loadShipped();
        Story whole = ShippedStories.load(ShippedStories.FILES.get(1));
        story = whole.withStops(whole.stops().subList(0, 2));
        action = new StoryExportAction(() -> story, () -> atlas.ui.LoadedData.of(dataset), res, said::complete);
        owner = stage;
        stage.setScene(new Scene(new Label("window"), 400, 300));
        stage.show();
    }

    @Test
    void the_handout_is_exported_with_progress_and_the_outcome_is_said(FxRobot robot) throws Exception {
        // given
        Path pdf = dir.resolve("handout.pdf");
        // when
        Platform.runLater(() -> action.exportHandout(owner, pdf));
        WaitForAsyncUtils.waitForFxEvents();
        // then: a progress window counts the stops while the export runs
        assertTrue(robot.lookup("#export-progress-label").tryQuery().isPresent(), "progress shown");
        String label = robot.lookup("#export-progress-label").queryLabeled().getText();
        assertTrue(label.matches("Stop \\d of 2"), label);
        String outcome = said.get(120, TimeUnit.SECONDS);
        assertEquals("Exported the handout (2 stops) to " + pdf + ".", outcome);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Window.getWindows().stream().noneMatch(w -> w.isShowing() && w.getScene().lookup("#export-progress") != null),
                "the progress window closed");
    }

    @Test
    void cancel_stops_the_export_and_leaves_the_old_handout(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("handout.pdf");
        Files.writeString(pdf, "old");
        Platform.runLater(() -> action.exportHandout(owner, pdf));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-cancel");
        String outcome = said.get(120, TimeUnit.SECONDS);
        assertTrue(outcome.startsWith("Export cancelled; handout.pdf was not written"), outcome);
        assertEquals("old", Files.readString(pdf));
    }

    @Test
    void the_story_is_exported_as_storymapjs_and_reads_back_to_the_same_stops() throws Exception {
        // given
        Path json = dir.resolve("lachin.storymap.json");
        // when
        Platform.runLater(() -> action.exportStoryMap(json));
        String outcome = said.get(30, TimeUnit.SECONDS);
        // then
        assertTrue(outcome.startsWith("Exported the story (2 stops) to "), outcome);
        atlas.io.ImportResult back = atlas.io.Imports.read(json);
        assertEquals("StoryMapJS JSON", back.format());
        assertEquals(story.stops().stream().map(atlas.model.Stop::title).toList(),
                back.story().stops().stream().map(atlas.model.Stop::title).toList());
        assertEquals(story.stops().stream().map(atlas.model.Stop::date).toList(),
                back.story().stops().stream().map(atlas.model.Stop::date).toList());
    }
}
