package atlas.ui;

import atlas.map.AnnotationLayer;
import atlas.map.AtlasMap;
import atlas.map.CorridorLayer;
import atlas.map.EventLabelLayer;
import atlas.map.EventLayer;
import atlas.map.HighlightLayer;
import atlas.map.MapLayers;
import atlas.map.PlaceLabelLayer;
import atlas.map.ReferenceLayer;
import atlas.model.TimedEvent;
import atlas.tiles.TileRenderer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;

/**
 * Builds the map pane with all its overlays, bound to the application state. The window, the presentation and the
 * {@code --snapshot} command all call {@link #build}, so a snapshot shows exactly what the window shows: add a new
 * overlay here.
 *
 * <p>Every subscription to the state is made through the layers' and the map's {@code listen}/{@code follow}, so
 * {@link AtlasMap#dispose()} releases all of them: a map built here for a while (a presentation's) leaves no
 * listener on the state behind.
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
        return List.of(new LayersPanel.Entry(MapLayers.CORRIDOR, "layers.corridor"),
                new LayersPanel.Entry(MapLayers.BAND, "layers.band"),
                new LayersPanel.Entry(MapLayers.POSTS, "layers.posts"),
                new LayersPanel.Entry(MapLayers.NKAO_1991, "layers.nkao-1991"),
                new LayersPanel.Entry(MapLayers.LINE_1994, "layers.line-1994"));
    }

    /**
     * Makes the offline tiles leave out the NKAO 1991 boundary and the 1994 line when their toggles are off (tiles on
     * screen are rendered again), and hides their legend rows.
     */
    private static void followLineToggles(AtlasMap map, AtlasState state) {
        map.follow(state.visibleLayers(), () -> {
            Set<String> hidden = hiddenLines(state);
            Set<atlas.tiles.LegendItem> rows = java.util.EnumSet.noneOf(atlas.tiles.LegendItem.class);
            if (hidden.contains(TileRenderer.NKAO_1991)) rows.add(atlas.tiles.LegendItem.NKAO_1991);
            if (hidden.contains(TileRenderer.CEASEFIRE_1994)) rows.add(atlas.tiles.LegendItem.CEASEFIRE_1994);
            map.chrome().setHiddenLegendItems(rows);
            map.setHiddenLines(hidden);
        });
    }

    /** Gets the historical lines the offline tiles leave out for the state's layer toggles. */
    static Set<String> hiddenLines(AtlasState state) {
        Set<String> hidden = new HashSet<>();
        if (!state.visibleLayers().contains(MapLayers.NKAO_1991)) hidden.add(TileRenderer.NKAO_1991);
        if (!state.visibleLayers().contains(MapLayers.LINE_1994)) hidden.add(TileRenderer.CEASEFIRE_1994);
        return hidden;
    }

    /**
     * Gets the historical lines the window's map (built by {@link #build(MapResources, AtlasState)}) will leave out of
     * its first tiles: a state with none of the switchable layers on gets them all on.
     */
    static Set<String> hiddenLinesOfNewWindow(AtlasState state) {
        return SWITCHED.stream().noneMatch(state.visibleLayers()::contains) ? Set.of() : hiddenLines(state);
    }

    /** Creates the map (default view, offline tiles) with its overlays bound to {@code state}. FX thread. */
    public static AtlasMap build(MapResources res, AtlasState state) { return build(res, state, state.dateProperty(), true); }

    /**
     * Creates a map like {@link #build(MapResources, AtlasState)} whose overlays show the state at another day:
     * every overlay follows {@code date} where the window's map follows the timeline's date, and everything else
     * (the data, the window, the layers, the names, the selection) from the state. The compare mode's second map is
     * built here, so it has every overlay the window's has, drawn the same way. {@code date} must never be null.
     */
    public static AtlasMap buildAt(MapResources res, AtlasState state, ObservableValue<LocalDate> date) {
        return build(res, state, date, false);
    }

    private static AtlasMap build(MapResources res, AtlasState state, ObservableValue<LocalDate> date, boolean primary) {
        AtlasMap map = new AtlasMap(res.offline(), res.renderer());
        map.follow(state.reducedMotionProperty(), () -> {
            map.setReducedMotion(state.isReducedMotion());
            map.chrome().legend().setAnimated(!state.isReducedMotion());
        });
        PlaceLabelLayer labels = new PlaceLabelLayer(res.basemap().towns());
        labels.follow(state.nameStyleProperty(), () -> labels.setNameStyle(state.getNameStyle()));
        EventLayer events = eventLayer(state, date);
        // town names keep clear of the event markers and of the rings of the events a stop highlights where they can
        labels.setAvoid(view -> {
            List<atlas.map.LabelBox> avoid = new java.util.ArrayList<>(rings(state, view));
            avoid.addAll(events.markerBoxes(view));
            return avoid;
        });
        for (javafx.beans.Observable o : List.<javafx.beans.Observable>of(state.highlightedEvents(), state.selectedEventProperty(),
                date, state.timeWindowProperty(), state.categories(), state.dataProperty()))
            labels.listen(o, labels::markDirty);
        map.addOverlay(labels);
        addCorridor(map, state, date, primary, labels);
        followLineToggles(map, state);
        map.addOverlay(referenceLayer(state));
        map.addOverlay(events);
        map.addOverlay(highlights(state));
        map.addOverlay(eventLabels(state, labels, date));
        map.addOverlay(drawings(state));
        return map;
    }

    /** Creates the layer of the marks drawn on the map, following the state's drawings (drawn above everything). */
    private static AnnotationLayer drawings(AtlasState state) {
        AnnotationLayer layer = new AnnotationLayer();
        layer.follow(state.drawingsProperty(), () -> layer.setDrawings(state.getDrawings()));
        return layer;
    }

    /**
     * Creates the map's event layer following {@code state}: the timeline of its data, date, time window, categories
     * and selection (a click on a marker selects the event in the state). Its subscriptions end with the layer.
     */
    static EventLayer eventLayer(AtlasState state) { return eventLayer(state, state.dateProperty()); }

    private static EventLayer eventLayer(AtlasState state, ObservableValue<LocalDate> date) {
        EventLayer l = new EventLayer();
        l.follow(state.dataProperty(), () -> {
            l.setTimeline(state.getData().timeline());
            l.setLayerColours(state.getData().layerColours());
        });
        l.follow(date, () -> l.setDate(date.getValue()));
        l.follow(state.timeWindowProperty(), () -> l.setWindow(state.getTimeWindow()));
        l.follow(state.categories(), () -> l.setCategories(state.categorySnapshot()));
        l.follow(state.selectedEventProperty(), () -> l.setSelectedEvent(state.getSelectedEvent()));
        // the layer's own property: a click on a marker selects the event in the state (nothing to undo)
        l.selectedEventProperty().addListener(o -> {
            // by identity: an equal record of another layer is another event
            TimedEvent now = l.getSelectedEvent();
            if (now != state.getSelectedEvent()) state.setSelectedEvent(now);
        });
        return l;
    }

    /** Creates the layer of the visible workspace layers' untimed reference features, shown at every date. */
    private static ReferenceLayer referenceLayer(AtlasState state) {
        ReferenceLayer l = new ReferenceLayer();
        l.follow(state.dataProperty(), () -> l.setReferences(state.getData().references()));
        return l;
    }

    /**
     * Adds the Lachin corridor overlay, following the state's data, date, name style and the "corridor", "band"
     * and "posts" toggles (these and the two historical lines are all switched on when the state has none of them
     * yet, by the {@code primary} map only), and its legend (a box above the scale bar that lists what is drawn).
     */
    private static void addCorridor(AtlasMap map, AtlasState state, ObservableValue<LocalDate> date, boolean primary,
                                    PlaceLabelLayer labels) {
        CorridorLayer corridor = new CorridorLayer();
        corridor.setId("corridor-layer");
        // the corridor's lines break under the names of towns and regions rather than run through their letters
        corridor.setKeepClear(labels::textBoxes);
        // and the names take a side of their dot clear of the corridor where they can (fewer, shorter breaks)
        labels.setAvoidLines(corridor::screenLines);
        labels.listen(state.visibleLayers(), labels::markDirty);
        if (primary && SWITCHED.stream().noneMatch(state.visibleLayers()::contains)) state.visibleLayers().addAll(SWITCHED);
        corridor.follow(state.dataProperty(), () -> corridor.setScene(state.getData().corridors()));
        corridor.follow(date, () -> corridor.setDate(date.getValue()));
        corridor.follow(state.nameStyleProperty(), () -> {
            corridor.nameStyleProperty().set(state.getNameStyle());
            corridor.markDirty();
        });
        corridor.follow(state.visibleLayers(), () -> {
            corridor.corridorVisibleProperty().set(state.visibleLayers().contains(CorridorLayer.CORRIDOR));
            corridor.bandVisibleProperty().set(state.visibleLayers().contains(CorridorLayer.BAND));
            corridor.postsVisibleProperty().set(state.visibleLayers().contains(CorridorLayer.POSTS));
        });
        map.addOverlay(corridor);
        TitledPane legend = new TitledPane(null, corridor.legend());
        atlas.map.Translations.bind(legend.textProperty(), "corridor.legend.title");
        legend.setId("corridor-legend-pane");
        legend.getStyleClass().add("legend");
        // Tab reaches the corridor legend (Space opens or folds it): the keyboard order of the map region
        legend.setFocusTraversable(true);
        legend.visibleProperty().bind(corridor.legend().hasRowsProperty());
        legend.managedProperty().bind(legend.visibleProperty());
        // open only where the map has room for it: on a small map it would cover the area the user drags
        legend.setExpanded(false);
        legend.setOnMouseClicked(e -> legend.getProperties().put(CHOSEN, true));
        InvalidationListener roomy = o -> {
            if (!legend.getProperties().containsKey(CHOSEN))
                legend.setExpanded(map.getWidth() >= LEGEND_OPEN_MIN_WIDTH_PX && map.getHeight() >= LEGEND_OPEN_MIN_HEIGHT_PX);
        };
        map.widthProperty().addListener(roomy);
        map.heightProperty().addListener(roomy);
        map.follow(state.reducedMotionProperty(), () -> legend.setAnimated(!state.isReducedMotion()));
        map.chrome().addBottomLeft(legend);
    }

    /** Marks a legend whose folding was chosen (by the user or by {@link #foldLegends}): the map's size no longer decides. */
    private static final String CHOSEN = "atlas.legend.chosen";

    /**
     * Folds the map's legends (the base map's and the corridor's) and keeps them folded whatever the map's size, as
     * a presentation shows them: titles only, the map free; a click still unfolds one.
     */
    public static void foldLegends(AtlasMap map) {
        map.chrome().legend().setExpanded(false);
        javafx.scene.Node corridor = map.chrome().lookup("#corridor-legend-pane");
        if (corridor instanceof TitledPane t) {
            t.getProperties().put(CHOSEN, true);
            t.setExpanded(false);
        }
    }

    /** Creates the layer marking the events a story stop highlights ({@link AtlasState#highlightedEvents()}). */
    private static HighlightLayer highlights(AtlasState state) {
        HighlightLayer layer = new HighlightLayer();
        Runnable update = () -> layer.setEvents(highlighted(state));
        layer.listen(state.highlightedEvents(), update);
        layer.follow(state.dataProperty(), update);
        return layer;
    }

    /** Gets the boxes around the rings of the highlighted and the selected events in a view (those with a point). */
    private static List<atlas.map.LabelBox> rings(AtlasState state, atlas.geo.Viewport view) {
        List<atlas.map.LabelBox> out = new java.util.ArrayList<>();
        TimedEvent sel = state.getSelectedEvent();
        if (sel != null && sel.point() != null) out.add(ring(view, sel, EventLabelLayer.SELECTED_RING_PX));
        for (TimedEvent e : highlighted(state)) if (e.point() != null) out.add(ring(view, e, EventLabelLayer.HIGHLIGHT_RING_PX));
        return out;
    }

    private static atlas.map.LabelBox ring(atlas.geo.Viewport view, TimedEvent e, double r) {
        atlas.geo.PixelXY p = view.toScreen(e.point());
        return new atlas.map.LabelBox(p.x() - r, p.y() - r, 2 * r, 2 * r);
    }

    /** Gets the events a story stop highlights, in id order (those the data has). */
    private static List<TimedEvent> highlighted(AtlasState state) {
        return state.highlightedEvents().stream().sorted().map(id -> state.getData().event(id)).flatMap(Optional::stream).toList();
    }

    /**
     * Creates the layer of the event labels (the selected event's, the highlighted events'), placed clear of the
     * town names that {@code labels} shows in the same view.
     */
    private static EventLabelLayer eventLabels(AtlasState state, PlaceLabelLayer labels, ObservableValue<LocalDate> date) {
        EventLabelLayer layer = new EventLabelLayer(labels::keepClear);
        layer.follow(date, () -> layer.setDate(date.getValue()));
        Runnable update = () -> layer.setEvents(state.getSelectedEvent(), highlighted(state));
        layer.listen(state.highlightedEvents(), update);
        layer.listen(state.selectedEventProperty(), update);
        layer.follow(state.dataProperty(), update);
        layer.listen(state.nameStyleProperty(), layer::markDirty);
        return layer;
    }
}
