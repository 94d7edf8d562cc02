package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files dropped on the real window become layers, and their events are listed. Runs in a JVM of its own (tag
 * ui-isolated): it drags and drops with the robot. The drag starts from a label in the window that carries the files,
 * as a file manager's drag does.
 */
@Tag("ui-isolated")
@ExtendWith(ApplicationExtension.class)
class WorkspaceDropTest {
    @TempDir Path dir;
    private MainWindow window;
    private List<java.io.File> dragged = List.of();

    @Start
    void start(Stage stage) {
        WindowPrefs.standard().clear();
        System.setProperty(WorkspaceStore.FILE_PROPERTY, dir.resolve("workspace.json").toString());
        new AtlasApp().start(stage);
        window = (MainWindow) stage.getScene().getRoot();
        Label source = new Label("files");
        source.setId("drag-source");
        source.setOnDragDetected(e -> {
            Dragboard db = source.startDragAndDrop(TransferMode.COPY);
            ClipboardContent c = new ClipboardContent();
            c.putFiles(dragged);
            db.setContent(c);
            e.consume();
        });
        window.toolbar().getItems().add(source);
    }

    @AfterEach
    void tearDown() { System.clearProperty(WorkspaceStore.FILE_PROPERTY); }

    private Path sample(String name, String as) throws IOException {
        Path p = dir.resolve(as);
        try (InputStream in = getClass().getResourceAsStream("/atlas/io/formats/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void files_dropped_on_the_window_become_layers_and_their_events_are_listed(FxRobot robot) throws Exception {
        // given
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#workspace-panel").tryQuery().isPresent()
                && robot.lookup("#event-list").tryQuery().isPresent());
        int before = window.state().getIndex().size();
        dragged = List.of(sample("acled-extract.csv", "acled.csv").toFile(), sample("timeline.json", "lesson.json").toFile());
        // when: both files are dropped on the map
        robot.drag("#drag-source").dropTo("#atlas-map");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.state().getData().workspace().layers().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        // then: two new layers, in the order dropped, and their events in the list
        List<String> sources = window.state().getData().workspace().layers().stream().map(l -> l.source()).toList();
        assertEquals(List.of(dir.resolve("acled.csv").toString(), dir.resolve("lesson.json").toString()), sources.subList(1, 3));
        int added = window.state().getData().workspace().layers().get(1).dataset().events().size()
                + window.state().getData().workspace().layers().get(2).dataset().events().size();
        assertEquals(before + added, window.state().getIndex().size());
        @SuppressWarnings("unchecked")
        ListView<atlas.model.TimedEvent> list = (ListView<atlas.model.TimedEvent>) robot.lookup("#event-list").query();
        assertTrue(list.getItems().stream().anyMatch(e -> e.id().equals("SYN1")), "the dropped file's events are listed");
        // and: the Data layers panel lists the new layer by name
        Node panel = robot.lookup("#workspace-panel").query();
        assertTrue(robot.from(panel).lookup(".layer-name").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals("acled")));
        // and: the dropped files are the recent files, the last dropped first
        robot.clickOn("#file-menu");
        javafx.scene.control.Menu recent = (javafx.scene.control.Menu) robot.lookup("#file-menu")
                .queryAs(javafx.scene.control.MenuButton.class).getItems().stream()
                .filter(i -> "recent-menu".equals(i.getId())).findFirst().orElseThrow();
        List<String> texts = recent.getItems().stream().map(javafx.scene.control.MenuItem::getText)
                .filter(t -> t != null && t.contains(dir.toString())).toList();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertEquals(2, texts.size(), texts.toString());
        assertTrue(texts.get(0).contains("lesson.json") && texts.get(1).contains("acled.csv"), texts.toString());
    }
}
