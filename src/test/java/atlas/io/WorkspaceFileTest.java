package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remembered workspace: written atomically, read back the same, read forgivingly when damaged. */
class WorkspaceFileTest {
    @TempDir Path dir;

    private static final WorkspaceFile.Saved SAVED = new WorkspaceFile.Saved(List.of(
            new WorkspaceFile.Entry(null, "Shipped record", null, true),
            new WorkspaceFile.Entry("/data/acled.csv", "ACLED 2022", "#2166ac", false),
            new WorkspaceFile.Entry("/data/lesson \"one\".kml", "Lesson: «one»", "#c51b7d", true)),
            List.of("/data/lesson \"one\".kml", "/data/acled.csv"));

    @Test void what_is_written_reads_back_the_same() throws IOException {
        // given
        Path f = dir.resolve("settings/workspace.json");
        // when
        WorkspaceFile.write(f, SAVED);
        WorkspaceFile.Read r = WorkspaceFile.read(f);
        // then
        assertEquals(SAVED, r.saved());
        assertEquals(List.of(), r.problems());
        assertTrue(r.saved().layers().get(0).isShipped());
        assertTrue(Files.readString(f).contains("\"format\" : \"corridor-atlas-workspace\""));
    }

    @Test void a_missing_file_is_an_empty_workspace_without_problems() {
        WorkspaceFile.Read r = WorkspaceFile.read(dir.resolve("none.json"));
        assertEquals(WorkspaceFile.Saved.NONE, r.saved());
        assertEquals(List.of(), r.problems());
    }

    @Test void a_damaged_file_gives_nothing_and_says_where() throws IOException {
        // given: a write cut short by something other than this app
        Path f = dir.resolve("workspace.json");
        Files.writeString(f, "{\"format\": \"corridor-atlas-workspace\", \"layers\": [{\"file\": \"/a.kml\"");
        // when
        WorkspaceFile.Read r = WorkspaceFile.read(f);
        // then
        assertEquals(WorkspaceFile.Saved.NONE, r.saved());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).startsWith(f + ":1:"), r.problems().get(0));
    }

    @Test void unusable_entries_are_left_out_and_listed() throws IOException {
        // given: a layer without a file, a second shipped layer, a bad colour, unknown members
        Path f = dir.resolve("workspace.json");
        Files.writeString(f, """
                {"format": "corridor-atlas-workspace", "version": 1, "future": {"x": [1, 2]},
                 "layers": [
                  {"shipped": true, "name": "", "visible": false},
                  {"name": "no file"},
                  {"shipped": true, "name": "again"},
                  {"file": "/data/x.geojson", "colour": "red", "visible": true, "extra": [1]}
                 ],
                 "recent": ["/data/x.geojson", "/data/x.geojson", ""]}
                """);
        // when
        WorkspaceFile.Read r = WorkspaceFile.read(f);
        // then
        List<WorkspaceFile.Entry> layers = r.saved().layers();
        assertEquals(2, layers.size());
        assertTrue(layers.get(0).isShipped());
        assertEquals(false, layers.get(0).visible());
        assertEquals(new WorkspaceFile.Entry("/data/x.geojson", "x", null, true), layers.get(1));
        assertEquals(List.of("/data/x.geojson"), r.saved().recent());
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).contains(":4: a layer without a file"), r.problems().get(0));
    }

    @Test void recent_files_are_capped() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) many.add("/f" + i);
        assertEquals(WorkspaceFile.MAX_RECENT, new WorkspaceFile.Saved(List.of(), many).recent().size());
    }
}
