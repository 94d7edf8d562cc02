package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.io.Imports;
import atlas.model.Dataset;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The eras of TimelineJS files become the timeline's shaded spans: per layer, visible layers only, kept when reused. */
class TimelineErasTest {
    private static Dataset read(String name) throws Exception {
        try (InputStream in = TimelineErasTest.class.getResourceAsStream("/atlas/io/formats/" + name)) {
            return Imports.read(name, in, atlas.io.ImportListener.NONE, () -> false).dataset();
        }
    }

    @Test
    void the_eras_of_timelinejs_sheets_and_documents_are_the_visible_layers_eras() throws Exception {
        // given: a TimelineJS sheet (an era 1992-1994) and a TimelineJS document (an era 2020-2023)
        Dataset sheet = read("timeline-template.csv"), doc = read("timeline.json");
        atlas.model.Workspace w = atlas.model.Workspace.of(sheet, null)
                .plus(new atlas.model.Workspace.Layer("layer-2", "document", null, true, null, doc));
        // when
        LoadedData data = LoadedData.of(w);
        // then: each layer's era, in the layers' order, with its span
        assertEquals(List.of("An era", "An era"), data.eras().stream().map(TimelineEra::title).toList());
        assertEquals(LocalDate.of(1992, 1, 1), data.eras().get(0).span().from());
        assertEquals(LocalDate.of(2020, 1, 1), data.eras().get(1).span().from());
        // when: the sheet's layer is hidden
        LoadedData hidden = LoadedData.of(w.with("layer-1", w.layer("layer-1").orElseThrow().withVisible(false)), data);
        // then: only the document's era is shown
        assertEquals(List.of(LocalDate.of(2020, 1, 1)), hidden.eras().stream().map(e -> e.span().from()).toList());
        // and: the shipped record has none
        assertEquals(List.of(), LoadedData.of(atlas.io.Datasets.loadShipped()).eras());
    }
}
