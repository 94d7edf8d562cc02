package atlas.ui;

import atlas.map.AtlasMap;
import atlas.map.CorridorLayer;
import atlas.map.HighlightLayer;
import atlas.map.MapLayers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import atlas.map.PlaceLabelLayer;
import java.util.Optional;
import javafx.collections.SetChangeListener;
import javafx.scene.control.TitledPane;

/**
 * Builds the map pane with all its overlays, bound to the application state. The window and the {@code --snapshot}
 * command both call {@link #build}, so a snapshot shows exactly what the window shows: add a new overlay here.
 */
public final class MapAssembly {
    /** The layer toggles of the layers panel, in its order. */
    static final List<String> SWITCHED = List.of(MapLayers.CORRIDOR, MapLayers.BAND, MapLayers.POSTS,
            MapLayers.NKAO_1991, MapLayers.LINE_1994);

    /** Smallest map width and height (px) on which the corridor legend starts open. */
    private static final double LEGEND_OPEN_MIN_WIDTH_PX = 900, LEGEND_OPEN_MIN_HEIGHT_PX = 700;

    private MapAssembly() {}

    /** Gets the layers panel's entries (toggle id and label), in order. */
    public static List<LayersPanel.Entry> layerToggles() {
        return List.of(new LayersPanel.Entry(MapLayers.CORRIDOR, "Lachin corridor"),
                new LayersPanel.Entry(MapLayers.BAND, "Corridor band (5 km)"),
                new LayersPanel.Entry(MapLayers.POSTS, "Peacekeeping posts"),
                new LayersPanel.Entry(MapLayers.NKAO_1991, "NKAO boundary 1991"),
                new LayersPanel.Entry(MapLayers.LINE_1994, "1994 ceasefire line"));
    }

    /**
     * Makes the offline tiles leave out the NKAO 1991 boundary and the 1994 line when their toggles are off (tiles on
     * screen are rendered again), and hides their legend rows.
     */
    private static void followLineToggles(AtlasMap map, MapResources res, AtlasState state) {
        Runnable apply = () -> {
            Set<String> hidden = new HashSet<>();
            if (!state.visibleLayers().contains(MapLayers.NKAO_1991)) hidden.add("nkao_1991");
            if (!state.visibleLayers().contains(MapLayers.LINE_1994)) hidden.add("ceasefire_1994");
            Node legend = map.chrome().legend().getContent();
            Node nkao = legend.lookup("#legend-nkao-1991"), line = legend.lookup("#legend-ceasefire-1994");
            if (nkao != null) { nkao.setVisible(!hidden.contains("nkao_1991")); nkao.setManaged(nkao.isVisible()); }
            if (line != null) { line.setVisible(!hidden.contains("ceasefire_1994")); line.setManaged(line.isVisible()); }
            if (!hidden.equals(res.renderer().hiddenLines())) {
                res.renderer().setHiddenLines(hidden);
                map.refreshTiles();
            }
        };
        apply.run();
        state.visibleLayers().addListener((SetChangeListener<String>) c -> {
            String id = c.wasAdded() ? c.getElementAdded() : c.getElementRemoved();
            if (id.equals(MapLayers.NKAO_1991) || id.equals(MapLayers.LINE_1994)) apply.run();
        });
    }

    /** Creates the map (default view, offline tiles) with its overlays bound to {@code state}. FX thread. */
    public static AtlasMap build(MapResources res, AtlasState state) {
        AtlasMap map = new AtlasMap(res.offline(), res.renderer());
        PlaceLabelLayer labels = new PlaceLabelLayer(res.basemap().towns());
        labels.nameStyleProperty().bind(state.nameStyleProperty());
        map.addOverlay(labels);
        addCorridor(map, state);
        followLineToggles(map, res, state);
        map.addOverlay(TimelineViews.eventLayer(state));
        map.addOverlay(highlights(state));
        return map;
    }

    /**
     * Adds the Lachin corridor overlay, following the state's dataset, date, name style and the "corridor", "band"
     * and "posts" toggles (these and the two historical lines are all switched on when the state has none of them
     * yet), and its legend (a box above the scale bar that lists what is drawn).
     */
    private static void addCorridor(AtlasMap map, AtlasState state) {
        CorridorLayer corridor = new CorridorLayer();
        corridor.setId("corridor-layer");
        if (SWITCHED.stream().noneMatch(state.visibleLayers()::contains)) state.visibleLayers().addAll(SWITCHED);
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
        // open only where the map has room for it: on a small map it would cover the area the user drags
        legend.setExpanded(false);
        boolean[] userChose = {false};
        legend.setOnMouseClicked(e -> userChose[0] = true);
        javafx.beans.InvalidationListener roomy = o -> {
            if (!userChose[0]) legend.setExpanded(map.getWidth() >= LEGEND_OPEN_MIN_WIDTH_PX && map.getHeight() >= LEGEND_OPEN_MIN_HEIGHT_PX);
        };
        map.widthProperty().addListener(roomy);
        map.heightProperty().addListener(roomy);
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
