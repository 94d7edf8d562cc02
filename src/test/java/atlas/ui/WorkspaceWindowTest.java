package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.SyntheticAcled;
import atlas.map.EventLayer;
import atlas.model.LatLon;
import atlas.model.Stop;
import atlas.model.TimeWindow;
import atlas.model.TimedEvent;
import atlas.model.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
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
 * The workspace of layers in the real window (AtlasApp, with its workspace remembered in a file of the test's own):
 * importing files as layers, a file with problems and its choice, cancel, a hostile file, showing and hiding layers,
 * events with the same ids in two layers, and the workspace remembered across a restart with a missing file.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WorkspaceWindowTest {
    @TempDir Path dir;
    private Stage stage;
    private Stage second;

    @Start
    void start(Stage stage) throws IOException {
        WindowPrefs.standard().clear();
        this.stage = stage;
        System.setProperty(WorkspaceStore.FILE_PROPERTY, dir.resolve("settings/workspace.json").toString());
        new AtlasApp().start(stage);
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) if (w != stage && w instanceof Stage s) s.close();
        }).get(10, TimeUnit.SECONDS);
        System.clearProperty(WorkspaceStore.FILE_PROPERTY);
    }

    private static MainWindow window(Stage s) { return (MainWindow) s.getScene().getRoot(); }

    private AtlasState state() { return window(stage).state(); }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the panels built after the first paint (the Data layers panel among them). */
    private void panelsBuilt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#workspace-panel").tryQuery().isPresent() && robot.lookup("#event-count").tryQuery().isPresent());
    }

    private Path sample(String name, String as) throws IOException {
        Path p = dir.resolve(as);
        try (InputStream in = getClass().getResourceAsStream("/atlas/io/formats/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private void open(FxRobot robot, Path... files) {
        robot.interact(() -> window(stage).openFiles().open(List.of(files)));
    }

    private List<Workspace.Layer> layers() { return state().getData().workspace().layers(); }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    /** Gets the dialog whose header starts with {@code header}, waiting for it. */
    private static DialogPane dialog(FxRobot robot, String header) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(d -> d.getHeaderText() != null && d.getHeaderText().startsWith(header)));
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> d.getHeaderText() != null && d.getHeaderText().startsWith(header)).findFirst().orElseThrow();
    }

    private static final String ACLED_HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
            + "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
            + "fatalities,tags,timestamp\n";
    private static final String GOOD_ROW = "SYN1,2022-08-03,2022,1,Political violence,Battles,Armed clash,Force A,,1,Force B,"
            + ",1,11,,999,Region,Syntheland,Province 1,District 2,,Place 7,39.8,46.75,1,Wire,National,\"A clash, with \"\"heavy\"\" fire.\",2,,1660000000\n";
    private static final String BAD_ROW = "SYN3,2022-02-30,2022,3,Strategic developments,Strategic developments,Agreement,"
            + "Force A,,1,Force B,,1,11,,999,Region,Syntheland,Province 2,District 4,,Place 9,39.5,46.3,3,Monitor,International,"
            + "A ceasefire agreement was announced.,0,,1660000000\n";

    @Test
    void the_shipped_record_is_the_first_layer_and_a_file_becomes_a_layer_with_its_events_listed(FxRobot robot) throws Exception {
        // given
        panelsBuilt(robot);
        int shipped = state().getIndex().size();
        assertEquals(1, layers().size());
        assertEquals(null, layers().get(0).source(), "the shipped record");
        // when: a Google Earth file and a TimelineJS sheet, as given on the command line
        Path kml = sample("google-earth.kml", "lesson.kml");
        Path csv = sample("timeline-template.csv", "sheet.csv");
        robot.interact(() -> window(stage).openFiles().openArguments(List.of(kml.toString(), csv.toString())));
        waitUntil(() -> layers().size() == 3 && state().getIndex().size() > shipped);
        waitUntil(() -> state().getIndex().size() == shipped + 5 + 4);
        // then: two layers, in order, named by their files' titles, each with a colour of its own
        assertEquals("Sample Google Earth export", layers().get(1).name());
        assertEquals(kml.toString(), layers().get(1).source());
        assertEquals("A sample timeline", layers().get(2).name());
        assertNotNull(layers().get(1).colour());
        assertFalse(layers().get(1).colour().equals(layers().get(2).colour()));
        assertTrue(text(robot, "#event-count").startsWith(String.format("%d", shipped + 9)), text(robot, "#event-count"));
        // and: an event's details name its layer and file; one without location says so
        TimedEvent noLocation = state().getIndex().events().stream().filter(e -> !e.hasLocation()).findFirst().orElseThrow();
        robot.interact(() -> state().setSelectedEvent(noLocation));
        String layerText = text(robot, "#details-layer");
        assertTrue(layerText.contains("  —  " + dir), layerText);
        assertTrue(text(robot, "#details-place").startsWith("No location"), text(robot, "#details-place"));
        // and: the recent files list them, newest first
        robot.clickOn("#file-menu").clickOn("#recent-menu");
        assertTrue(robot.lookup("#recent-1").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.ESCAPE).type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void remove_takes_a_layer_away_and_a_recent_file_brings_it_back(FxRobot robot) throws Exception {
        // given: a Google Earth file imported as a layer
        panelsBuilt(robot);
        int shipped = state().getIndex().size();
        Path kml = sample("google-earth.kml", "lesson.kml");
        open(robot, kml);
        waitUntil(() -> layers().size() == 2 && state().getIndex().size() == shipped + 5);
        String id = layers().get(1).id();
        // when: Remove in its menu
        robot.clickOn("#layer-menu-" + id).clickOn("#layer-remove");
        // then: the layer and its events are gone, everywhere
        waitUntil(() -> layers().size() == 1 && state().getIndex().size() == shipped);
        assertTrue(robot.lookup("#layer-name-" + id).tryQuery().isEmpty(), "its row is gone");
        assertTrue(text(robot, "#event-count").startsWith(String.valueOf(shipped)), text(robot, "#event-count"));
        // when: File > Open recent > the file
        robot.clickOn("#file-menu").clickOn("#recent-menu").clickOn("#recent-1");
        // then: a layer again, at the end, with its events
        waitUntil(() -> layers().size() == 2 && state().getIndex().size() == shipped + 5);
        assertEquals(kml.toString(), layers().get(1).source());
        assertEquals("Sample Google Earth export", layers().get(1).name());
    }

    @Test
    void a_file_with_problems_offers_its_valid_records_and_cancel_changes_nothing(FxRobot robot) throws Exception {
        // given
        panelsBuilt(robot);
        Path bad = Files.writeString(dir.resolve("bad.csv"), ACLED_HEADER + GOOD_ROW + BAD_ROW);
        LoadedData before = state().getData();
        // when
        open(robot, bad);
        DialogPane d = dialog(robot, "bad.csv has records with problems");
        // then: the problems are listed with their places, and the choice is offered
        String problems = ((TextArea) d.lookup("#import-problems")).getText();
        assertTrue(problems.startsWith("bad.csv:3:2: event_date: bad date"), problems);
        assertEquals("Import the 1 valid record and list the skipped one", ((Button) d.lookupButton(
                d.getButtonTypes().get(0))).getText());
        // when: Cancel
        robot.clickOn("#import-cancel-partial");
        WaitForAsyncUtils.waitForFxEvents();
        // then: nothing changed
        assertSame(before, state().getData());
        // when: again, and import the valid records
        open(robot, bad);
        dialog(robot, "bad.csv has records with problems");
        robot.clickOn("#import-valid");
        waitUntil(() -> layers().size() == 2);
        // then: one layer with the one valid event, and the skipped record listed on it
        assertEquals(1, layers().get(1).dataset().events().size());
        assertEquals(before.index().size() + 1, state().getIndex().size());
        waitUntil(() -> robot.lookup(".layer-detail").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("1 record skipped")));
    }

    @Test
    void an_import_asks_and_reports_in_the_interface_language(FxRobot robot) throws Exception {
        // given: the window in Russian
        panelsBuilt(robot);
        robot.interact(() -> atlas.map.Translations.setLanguage(atlas.i18n.Language.RU));
        try {
            Path bad = Files.writeString(dir.resolve("bad.csv"), ACLED_HEADER + GOOD_ROW + BAD_ROW);
            // when: a file with a bad record
            open(robot, bad);
            DialogPane d = dialog(robot, "В bad.csv есть записи с ошибками");
            // then: the offer and Cancel in Russian, the count agreeing with its noun
            String offer = ((Button) d.lookup("#import-valid")).getText();
            assertTrue(offer.startsWith("Импортировать: 1 корректная запись"), offer);
            assertEquals("Отмена", ((Button) d.lookup("#import-cancel-partial")).getText());
            robot.clickOn("#import-valid");
            waitUntil(() -> layers().size() == 2);
            // and: a three-event file's row says so with the plural of 2-4
            open(robot, sample("acled-extract.csv", "acled.csv"));
            waitUntil(() -> layers().size() == 3);
            waitUntil(() -> robot.lookup(".layer-detail").queryAllAs(Label.class).stream()
                    .anyMatch(l -> l.getText().startsWith("3 события")));
            assertEquals("Слои данных", robot.lookup("#workspace-panel .panel-title").queryAs(Label.class).getText());
        } finally {
            robot.interact(() -> atlas.map.Translations.setLanguage(atlas.i18n.Language.EN));
        }
    }

    @Test
    void cancel_and_a_hostile_file_leave_the_workspace_as_it_was(FxRobot robot) throws Exception {
        // given
        panelsBuilt(robot);
        Path big = dir.resolve("big.csv");
        SyntheticAcled.write(big, 20_000, 3);
        Path xxe = Files.writeString(dir.resolve("xxe.kml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY xxe SYSTEM"
                + " \"file:///etc/passwd\">]>\n<kml><Document><Placemark><name>&xxe;</name><TimeStamp><when>2020</when>"
                + "</TimeStamp></Placemark></Document></kml>\n");
        LoadedData before = state().getData();
        // when: an import is cancelled with the strip's Cancel while it reads
        robot.interact(() -> {
            window(stage).openFiles().open(List.of(big));
            robot.lookup("#import-cancel").queryButton().fire();
        });
        waitUntil(() -> robot.lookup("#import-progress-text").queryAs(Label.class).getText().contains("cancelled"));
        // then
        assertSame(before, state().getData());
        assertEquals("Import of big.csv cancelled; the workspace is unchanged", text(robot, "#import-progress-text"));
        // when: a file with an external entity (XXE)
        long t0 = System.nanoTime();
        open(robot, xxe);
        DialogPane d = dialog(robot, "xxe.kml was not imported");
        // then: refused at once, with where and why, and nothing changed
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L);
        String problems = ((TextArea) d.lookup("#import-problems")).getText();
        assertTrue(problems.startsWith("xxe.kml:2:"), problems);
        assertSame(before, state().getData());
    }

    @Test
    void hiding_a_layer_takes_its_events_off_the_list_the_map_and_the_timeline(FxRobot robot) throws Exception {
        // given: the ACLED extract (3 events, August and September 2022) as a second layer, the map showing everything up
        // to the date
        panelsBuilt(robot);
        open(robot, sample("acled-extract.csv", "acled.csv"));
        waitUntil(() -> layers().size() == 2);
        robot.interact(() -> {
            state().setTimeWindow(TimeWindow.cumulative());
            state().setDate(LocalDate.of(2022, 9, 30));
        });
        EventLayer map = window(stage).map().overlays().stream().filter(EventLayer.class::isInstance)
                .map(EventLayer.class::cast).findFirst().orElseThrow();
        TimelineBar bar = robot.lookup(".timeline-bar").queryAs(TimelineBar.class);
        int all = state().getIndex().size();
        waitUntil(() -> map.shownEvents().stream().filter(e -> e.id().startsWith("SYN")).count() == 3);
        int shownOnMap = map.shownEvents().size();
        // when: the ACLED layer is hidden
        robot.clickOn("#layer-visible-layer-2");
        waitUntil(() -> state().getIndex().size() == all - 3);
        // then: three events fewer in the list, on the timeline and on the map
        assertEquals(all - 3, bar.getIndex().size());
        assertTrue(text(robot, "#event-count").startsWith(String.valueOf(all - 3)), text(robot, "#event-count"));
        waitUntil(() -> map.shownEvents().size() == shownOnMap - 3);
        assertFalse(layers().get(1).visible());
        // when: shown again
        robot.clickOn("#layer-visible-layer-2");
        waitUntil(() -> state().getIndex().size() == all);
        waitUntil(() -> map.shownEvents().size() == shownOnMap);
        assertTrue(robot.lookup("#layer-visible-layer-2").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void events_with_the_same_ids_in_two_layers_stay_apart_for_selection_stepping_and_stories(FxRobot robot) throws Exception {
        // given: the same ACLED extract imported twice (equal records, the same ids) as layers "a" and "b"
        panelsBuilt(robot);
        open(robot, sample("acled-extract.csv", "a.csv"));
        waitUntil(() -> layers().size() == 2);
        open(robot, sample("acled-extract.csv", "b.csv"));
        waitUntil(() -> layers().size() == 3);
        robot.interact(() -> state().setDate(LocalDate.of(2022, 8, 2)));
        // when: a story stop highlights SYN1 and selects it
        Stop stop = new Stop("Clash", "", LocalDate.of(2022, 8, 3), null, LatLon.of(39.8, 46.75), 10, null, List.of("SYN1"),
                "", List.of());
        robot.interact(() -> atlas.story.StoryPlayer.applyTo(state(), stop));
        // then: the first layer's SYN1 is selected, and its details say so
        TimedEvent first = state().getSelectedEvent();
        assertEquals("SYN1", first.id());
        assertTrue(text(robot, "#details-layer").startsWith("a  — "), text(robot, "#details-layer"));
        // when: Next
        robot.clickOn("#next-button");
        // then: the other layer's SYN1 (an equal record, another event), named as such
        TimedEvent second = state().getSelectedEvent();
        assertEquals("SYN1", second.id());
        assertTrue(second != first, "the second layer's event");
        assertTrue(text(robot, "#details-layer").startsWith("b  — "), text(robot, "#details-layer"));
        int row = robot.lookup("#event-list").queryListView().getSelectionModel().getSelectedIndex();
        assertSame(second, robot.lookup("#event-list").queryListView().getItems().get(row), "the list selects that event");
        // when: Next again
        robot.clickOn("#next-button");
        // then: on to the next event, not back to the same record
        TimedEvent third = state().getSelectedEvent();
        assertFalse(third.id().equals("SYN1"), third.id());
        robot.clickOn("#previous-button");
        assertSame(second, state().getSelectedEvent());
    }

    @Test
    void the_workspace_is_remembered_across_a_restart_and_a_missing_file_is_reported(FxRobot robot) throws Exception {
        // given: two files as layers, one renamed, recoloured and hidden, then moved first
        panelsBuilt(robot);
        Path kml = sample("google-earth.kml", "lesson.kml");
        Path json = sample("jsonfg.json", "shapes.json");
        open(robot, kml, json);
        waitUntil(() -> layers().size() == 3 && layers().get(2).dataset().events().size() > 0);
        robot.doubleClickOn("#layer-name-layer-2");
        robot.lookup("#layer-rename-field").queryTextInputControl().clear();
        robot.write("Lesson plan").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#layer-colour-layer-2").clickOn("#layer-colour-4d9221");
        robot.clickOn("#layer-visible-layer-2");
        robot.clickOn("#layer-menu-layer-3").clickOn("#layer-up");
        waitUntil(() -> layers().get(1).source().equals(json.toString()) && !layers().get(2).visible());
        Workspace before = state().getData().workspace();
        // when: the window closes, a file goes, and the app starts again
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.interact(stage::hide);
        Files.delete(json);
        List<String> notices = new java.util.ArrayList<>();
        robot.interact(() -> {
            second = new Stage();
            new AtlasApp().start(second);
        });
        AtlasState again = window(second).state();
        // then: the same layers, in the same order, with their names, colours and visibility
        waitUntil(() -> again.getData().workspace().layers().get(2).dataset().events().size() == 5);
        List<Workspace.Layer> now = again.getData().workspace().layers();
        assertEquals(before.layers().stream().map(Workspace.Layer::name).toList(), now.stream().map(Workspace.Layer::name).toList());
        assertEquals(before.layers().stream().map(Workspace.Layer::source).toList(), now.stream().map(Workspace.Layer::source).toList());
        assertEquals(before.layers().stream().map(Workspace.Layer::colour).toList(), now.stream().map(Workspace.Layer::colour).toList());
        assertEquals(before.layers().stream().map(Workspace.Layer::visible).toList(), now.stream().map(Workspace.Layer::visible).toList());
        assertEquals("Lesson plan", now.get(2).name());
        assertEquals("#4d9221", now.get(2).colour());
        // and: the missing file is reported once, and its layer kept greyed, "file missing"
        DialogPane notice = dialog(robot, "Some files of the workspace could not be opened");
        assertTrue(notice.getContentText().contains(json + ": file missing"), notice.getContentText());
        assertEquals(1, robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).size());
        Node row = robot.from(window(second)).lookup("#layer-name-layer-2").query();
        assertNotNull(row);
        assertTrue(robot.from(window(second)).lookup(".layer-detail").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("file missing · " + json)));
        robot.interact(() -> second.close());
    }
}
