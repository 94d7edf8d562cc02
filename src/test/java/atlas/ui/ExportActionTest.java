package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.Exports;
import atlas.io.ImportResult;
import atlas.io.Imports;
import atlas.model.Category;
import atlas.model.Dataset;
import atlas.model.TimedEvent;
import atlas.model.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visible events of several layers as one file: every event once, ids kept apart, re-imported whole. */
class ExportActionTest {
    @TempDir Path dir;

    private Dataset read(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/atlas/io/formats/" + name)) {
            Files.copy(in, p);
        }
        ImportResult r = Imports.read(p);
        assertTrue(r.isClean(), r.problems().toString());
        return r.dataset();
    }

    private Workspace workspace() throws IOException {
        Dataset acled = read("acled-extract.csv");
        Dataset kml = read("google-earth.kml");
        return new Workspace(List.of(
                new Workspace.Layer("layer-1", "acled", "#2166ac", true, "/a.csv", acled),
                new Workspace.Layer("layer-2", "acled again", null, true, "/b.csv", acled),
                new Workspace.Layer("layer-3", "hidden", null, false, "/c.kml", kml),
                new Workspace.Layer("layer-4", "kml", null, true, "/d.kml", kml)));
    }

    @Test
    void the_visible_layers_become_one_dataset_with_every_event_once() throws IOException {
        // when
        Dataset d = ExportAction.visible(workspace(), EnumSet.allOf(Category.class));
        // then: the hidden layer is left out; the second copy's ids are told apart
        assertEquals(3 + 3 + 5, d.events().size());
        assertEquals(List.of("SYN1", "SYN2", "SYN3", "SYN1~layer-2", "SYN2~layer-2", "SYN3~layer-2"),
                d.events().subList(0, 6).stream().map(TimedEvent::id).toList());
        assertEquals(1, d.references().size());
    }

    @Test
    void the_category_filter_applies() throws IOException {
        Dataset d = ExportAction.visible(workspace(), Set.of(Category.CLASH));
        assertTrue(d.events().stream().allMatch(e -> e.category() == Category.CLASH));
        assertTrue(d.events().size() > 0);
    }

    @Test
    void every_export_format_reimports_to_the_same_events() throws IOException {
        // given
        Dataset d = ExportAction.visible(workspace(), EnumSet.allOf(Category.class));
        for (String ending : List.of(".geojson", ".kml", ".csv")) {
            Path f = dir.resolve("visible" + ending);
            // when
            Exports.write(d, null, f);
            ImportResult back = Imports.read(f);
            // then
            assertTrue(back.isClean(), ending + ": " + back.problems());
            assertEquals(d.events().stream().map(TimedEvent::id).sorted().toList(),
                    back.dataset().events().stream().map(TimedEvent::id).sorted().toList(), ending);
        }
    }

    @Test
    void a_layer_name_makes_a_file_name() {
        assertEquals("nagorno-karabakh-and-the-lachin-corridor-1988-2026",
                ExportAction.slug("Nagorno-Karabakh and the Lachin corridor, 1988–2026"));
        assertEquals("layer", ExportAction.slug("—"));
    }
}
