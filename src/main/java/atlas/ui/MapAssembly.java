package atlas.ui;

import atlas.map.AtlasMap;
import atlas.map.PlaceLabelLayer;

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
        return map;
    }
}
