package atlas.ui;

import atlas.map.AtlasMap;
import atlas.map.CorridorLayer;
import atlas.map.HighlightLayer;
import atlas.map.PlaceLabelLayer;
import java.util.Optional;
import javafx.collections.SetChangeListener;
import javafx.scene.control.TitledPane;

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
        addCorridor(map, state);
        map.addOverlay(TimelineViews.eventLayer(state));
        map.addOverlay(highlights(state));
        return map;
    }

    /**
     * Adds the Lachin corridor overlay, following the state's dataset, date, name style and the "corridor", "band"
     * and "posts" toggles (all three switched on when the state has none of them yet), and its legend (a box above the
     * scale bar that lists what is drawn).
     */
    private static void addCorridor(AtlasMap map, AtlasState state) {
        CorridorLayer corridor = new CorridorLayer();
        corridor.setId("corridor-layer");
        java.util.List<String> ids = java.util.List.of(CorridorLayer.CORRIDOR, CorridorLayer.BAND, CorridorLayer.POSTS);
        if (ids.stream().noneMatch(state.visibleLayers()::contains)) state.visibleLayers().addAll(ids);
        corridor.setFeatures(state.getDataset().features());
        state.datasetProperty().addListener((o, was, d) -> corridor.setFeatures(d.features()));
        corridor.dateProperty().bind(state.dateProperty());
        corridor.nameStyleProperty().bind(state.nameStyleProperty());
        Runnable toggles = () -> {
            corridor.corridorVisibleProperty().set(state.visibleLayers().contains(CorridorLayer.CORRIDOR));
            corridor.bandVisibleProperty().set(state.visibleLayers().contains(CorridorLayer.BAND));
            corridor.postsVisibleProperty().set(state.visibleLayers().contains(CorridorLayer.POSTS));
        };
        toggles.run();
        state.visibleLayers().addListener((SetChangeListener<String>) c -> toggles.run());
        map.addOverlay(corridor);
        TitledPane legend = new TitledPane("Lachin corridor", corridor.legend());
        legend.setId("corridor-legend-pane");
        legend.getStyleClass().add("legend");
        legend.setFocusTraversable(false);
        legend.visibleProperty().bind(corridor.legend().visibleProperty());
        legend.managedProperty().bind(legend.visibleProperty());
        map.chrome().addBottomLeft(legend);
    }

    /** Creates the layer marking the events a story stop highlights ({@link AtlasState#highlightedEvents()}). */
    private static HighlightLayer highlights(AtlasState state) {
        HighlightLayer layer = new HighlightLayer();
        Runnable update = () -> layer.setEvents(state.highlightedEvents().stream().sorted()
                .map(id -> state.getDataset().event(id)).flatMap(Optional::stream).toList(),
                state.getSelectedEvent() == null ? null : state.getSelectedEvent().id());
        state.highlightedEvents().addListener((SetChangeListener<String>) c -> update.run());
        state.selectedEventProperty().addListener(o -> update.run());
        state.datasetProperty().addListener(o -> update.run());
        update.run();
        return layer;
    }
}
