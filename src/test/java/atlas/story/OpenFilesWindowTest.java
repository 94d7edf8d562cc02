package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.DatasetWriter;
import atlas.io.Datasets;
import atlas.model.Dataset;
import atlas.ui.AtlasState;
import atlas.ui.MainWindow;
import atlas.ui.AtlasApp;
import atlas.ui.MapResources;
import atlas.ui.ImportAction;
import atlas.ui.WorkspaceEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code corridor-atlas FILE...} in the real main window, wired as the app wires it: a dataset becomes a layer of the
 * workspace, a story opens in the story panel, an unknown file is refused with a message and changes nothing.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OpenFilesWindowTest {
    @TempDir Path dir;
    private final AtlasState state = new AtlasState();
    private final List<String> refusedReports = new ArrayList<>();
    private MainWindow window;
    private StoryMode mode;

    @Start
    void start(Stage stage) throws Exception {
        MapResources res = AtlasApp.preload().join();
        state.setDataset(Datasets.loadShipped());
        window = new MainWindow(res, state);
        mode = new StoryMode(window, res, Files.createTempDirectory("story-recovery")).install();
        ImportAction imports = new ImportAction(new WorkspaceEditor(state, Runnable::run), Runnable::run);
        window.openFiles().add(imports.opener());
        window.openFiles().setOnRefused(refusedReports::add);
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    @Test
    void a_dataset_and_a_story_on_the_command_line_open_and_an_unknown_file_is_refused() throws Exception {
        // given: a small dataset (the shipped one less its last events), a shipped story, and a text file
        Dataset shipped = state.getData().workspace().layers().get(0).dataset();
        Dataset smaller = new Dataset(shipped.version(), shipped.title() + " (test)", shipped.places(),
                shipped.events().subList(0, 10), shipped.features());
        Path dataset = dir.resolve("lesson.atlas.json");
        new DatasetWriter().write(smaller, dataset);
        Path story = dir.resolve("lesson.story.json");
        Files.copy(Path.of("assets").resolve(ShippedStories.FILES.get(1)), story);
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a map");
        // when
        List<String> refused = WaitForAsyncUtils.asyncFx(() -> window.openFiles().openArguments(
                List.of(dataset.toString(), story.toString(), notes.toString()))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        // then: the dataset is a second layer, after the shipped one
        assertEquals(2, state.getData().workspace().layers().size());
        assertEquals(shipped.title() + " (test)", state.getData().workspace().layers().get(1).dataset().title());
        assertEquals(shipped.events().size() + 10, state.getIndex().size());
        // the story is open in the story panel, which is shown
        assertEquals(story, mode.document().getFile());
        assertTrue(mode.document().getStory().size() > 0);
        assertSame(mode.panel(), window.getRight(), "the story panel is shown");
        // the text file is refused by name, with what the app opens
        assertEquals(List.of(notes.toString()), refused);
        assertEquals(1, refusedReports.size());
        assertTrue(refusedReports.get(0).startsWith(notes + ": not a type of file Corridor Atlas opens"), refusedReports.get(0));
        assertTrue(refusedReports.get(0).contains("data files as layers (Corridor Atlas dataset"), refusedReports.get(0));
        assertTrue(refusedReports.get(0).contains("stories (.story.json, StoryMapJS .json)"), refusedReports.get(0));
    }

    @Test
    void a_storymap_file_opens_as_a_story_in_the_story_panel() throws Exception {
        // given: a StoryMapJS story with a plain .json name (recognised by its content)
        Path storymap = dir.resolve("field-trip.json");
        try (java.io.InputStream in = getClass().getResourceAsStream("/atlas/io/formats/story.storymap.json")) {
            Files.copy(in, storymap);
        }
        int layers = state.getData().workspace().layers().size();
        // when
        List<String> refused = WaitForAsyncUtils.asyncFx(() -> window.openFiles().openArguments(List.of(storymap.toString())))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> mode.document().getStory().size() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        // then: a story, not a layer; unsaved (Save as keeps it as a story file); the panel shown
        assertEquals(List.of(), refused);
        assertEquals(null, mode.document().getFile());
        assertSame(mode.panel(), window.getRight());
        assertEquals(layers, state.getData().workspace().layers().size());
        assertTrue(mode.panel().statusText().startsWith("Opened field-trip.json"), mode.panel().statusText());
    }
}
