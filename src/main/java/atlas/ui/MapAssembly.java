package atlas.ui;

import atlas.map.AtlasMap;
import atlas.map.HighlightLayer;
import atlas.map.PlaceLabelLayer;
import java.util.Optional;
import javafx.collections.SetChangeListener;

/**
 * Builds the map pane with all its overlays, bound to the application state. The window and the {@code --snapshot}
 * command both call {@link #build}, so a snapshot shows exactly what the window shows: add a new overlay here.
 */
public final class MapAssembly {
    private MapAssembly() {}

    /** Creates the map (default view, offline tiles) with its overlays bound to {@code state}. FX thread. */
    public static AtlasMap build(MapResources res, AtlasState state) {
        AtlasMap map = new AtlasMap(res.offline(), res.renderer());
        PlaceLabelLayer labels = new PlaceLabelLayer(res.basemap().towns());
        labels.nameStyleProperty().bind(state.nameStyleProperty());
        map.addOverlay(labels);
        map.addOverlay(highlights(state));
        return map;
    }

    /** Creates the layer marking the events a story stop highlights ({@link AtlasState#highlightedEvents()}). */
    private static HighlightLayer highlights(AtlasState state) {
        HighlightLayer layer = new HighlightLayer();
        Runnable update = () -> layer.setEvents(state.highlightedEvents().stream().sorted()
                .map(id -> state.getDataset().event(id)).flatMap(Optional::stream).toList());
        state.highlightedEvents().addListener((SetChangeListener<String>) c -> update.run());
        state.datasetProperty().addListener(o -> update.run());
        update.run();
        return layer;
    }
}
