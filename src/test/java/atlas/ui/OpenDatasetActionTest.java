package atlas.ui;

import static org.junit.jupiter.api.Assertions.*;

import atlas.io.DatasetWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OpenDatasetActionTest {
    @TempDir Path dir;

    @Test
    void a_valid_file_replaces_the_dataset_and_the_timeline_follows(FxRobot robot) throws Exception {
        // given
        AtlasState state = new AtlasState();
        TimelineBar bar = new TimelineBar();
        bar.indexProperty().bind(state.dataProperty().map(LoadedData::index));
        Path file = dir.resolve("corridor.atlas.json");
        new DatasetWriter().write(CorridorEvents.dataset(), file);
        OpenDatasetAction action = new OpenDatasetAction(state, Runnable::run);
        // when
        robot.interact(() -> action.load(file));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertEquals(CorridorEvents.EVENTS.size(), state.getIndex().size());
        assertEquals(CorridorEvents.LACHIN_TAKEN, state.getData().event("lachin-handover").orElseThrow());
        assertEquals(file.toString(), state.getData().workspace().layers().get(0).source());
        assertEquals(java.time.LocalDate.of(2020, 1, 1), bar.getExtent().from());
    }

    @Test
    void a_bad_file_keeps_the_current_data_and_says_where(FxRobot robot) throws Exception {
        // given: a dataset is loaded
        AtlasState state = new AtlasState();
        robot.interact(() -> state.setDataset(CorridorEvents.dataset()));
        LoadedData before = state.getData();
        Path file = dir.resolve("broken.atlas.json");
        Files.writeString(file, """
                {"type": "FeatureCollection", "version": 1, "title": "Broken",
                 "features": [
                  {"type": "Feature", "id": "e1", "featureType": "Event", "geometry": {"type": "Point", "coordinates": [46.75, 39.81]},
                   "time": {"date": "2022-02-30"},
                   "properties": {"title": "Impossible day", "summary": "", "category": "clash",
                                  "sources": [{"title": "x", "url": null, "publisher": null}]}}
                 ]}
                """);
        List<String> reports = new ArrayList<>();
        OpenDatasetAction action = new OpenDatasetAction(state, Runnable::run);
        action.setOnRejected(reports::add);
        // when
        robot.interact(() -> action.load(file));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertSame(before, state.getData(), "the current data is kept");
        assertEquals(1, reports.size());
        String m = reports.get(0);
        assertTrue(m.startsWith("broken.atlas.json was not opened"), m);
        assertTrue(m.contains("the current data is kept"), m);
        assertTrue(m.matches("(?s).*broken\\.atlas\\.json:\\d+:\\d+: .*"), "names line and column: " + m);
    }
}
