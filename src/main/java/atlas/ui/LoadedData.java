package atlas.ui;

import atlas.geo.Corridors;
import atlas.geo.ProjectedTimeline;
import atlas.geo.WorldShape;
import atlas.map.CorridorScene;
import atlas.map.ReferenceLayer;
import atlas.model.Dataset;
import atlas.model.Place;
import atlas.model.ReferenceFeature;
import atlas.model.TimedEvent;
import atlas.model.TimedFeature;
import atlas.model.TimelineIndex;
import atlas.model.Workspace;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.paint.Color;

/**
 * Everything the window shows of the data, as ONE immutable value: the {@link Workspace} (its layers of datasets)
 * and what is derived from its visible layers once, so that no view computes it on the FX thread or keeps its own
 * copy: the one {@link TimelineIndex} of their events and features, the map positions of those events
 * ({@link ProjectedTimeline}) and the corridor scene of their timed features (bands included).
 *
 * <p>Build it with {@link #of(Workspace)} on a loader thread (a million events take about a second), then publish it
 * whole with {@link AtlasState#setData} on the FX thread: every listener sees a workspace with its own index,
 * never one with another's. The views consume it whatever layers it came from; hidden layers are in
 * {@link #workspace()} but not in the index. The visible layers' untimed reference features are projected here too
 * ({@link #references()}), with each layer's colour ({@link #layerColours()}). A change that keeps the same visible
 * datasets in the same order (a name, a colour, a hidden layer's anything) reuses the index:
 * {@link #of(Workspace, LoadedData)} is then quick enough for the FX thread. Thread-safe.
 */
public final class LoadedData {
    /** No data: an empty workspace. */
    public static final LoadedData EMPTY = new LoadedData(Workspace.EMPTY, null);

    private final Workspace workspace;
    private final TimelineIndex index;
    private final ProjectedTimeline timeline;
    private final CorridorScene corridors;
    private final List<Workspace.Layer> visible;
    /** The world shapes of each dataset's reference features, by dataset (identity), reused by the next data. */
    private final Map<Dataset, List<WorldShape>> referenceShapes;
    private final List<ReferenceLayer.Reference> references;
    private final List<Color> layerColours;
    /** The eras of each dataset (TimelineJS), by dataset (identity), reused by the next data. */
    private final Map<Dataset, List<TimelineEra>> erasByDataset;
    private final List<TimelineEra> eras;

    private LoadedData(Workspace workspace, LoadedData previous) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        visible = workspace.visibleLayers();
        if (previous != null && sameDatasets(previous.visible, visible)) {
            index = previous.index;
            timeline = previous.timeline;
            corridors = previous.corridors;
        } else {
            List<List<TimedEvent>> events = new ArrayList<>();
            List<TimedFeature> features = new ArrayList<>();
            for (Workspace.Layer l : visible) {
                events.add(l.dataset().events());
                features.addAll(l.dataset().features());
            }
            index = TimelineIndex.ofLayers(events, features);
            timeline = ProjectedTimeline.of(index);
            corridors = CorridorScene.of(Corridors.withBands(index.features()));
        }
        referenceShapes = new IdentityHashMap<>();
        erasByDataset = new IdentityHashMap<>();
        List<TimelineEra> allEras = new ArrayList<>();
        List<ReferenceLayer.Reference> refs = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (Workspace.Layer l : visible) {
            Color c = l.colour() == null ? null : Color.web(l.colour());
            colours.add(c);
            Dataset d = l.dataset();
            List<WorldShape> shapes = previous == null ? null : previous.referenceShapes.get(d);
            if (shapes == null) shapes = d.references().stream().map(r -> WorldShape.of(r.geometry())).toList();
            referenceShapes.put(d, shapes);
            List<TimelineEra> dEras = previous == null ? null : previous.erasByDataset.get(d);
            if (dEras == null) dEras = TimelineEra.of(d.events());
            erasByDataset.put(d, dEras);
            allEras.addAll(dEras);
            for (int i = 0; i < shapes.size(); i++) {
                ReferenceFeature r = d.references().get(i);
                refs.add(new ReferenceLayer.Reference(shapes.get(i), r.name(), c == null ? REFERENCE_COLOUR : c));
            }
        }
        references = List.copyOf(refs);
        layerColours = java.util.Collections.unmodifiableList(colours);
        eras = List.copyOf(allEras);
    }

    /** The colour of reference features of a layer without a colour of its own. */
    private static final Color REFERENCE_COLOUR = Color.web("#4f5b66");

    private static boolean sameDatasets(List<Workspace.Layer> a, List<Workspace.Layer> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i).dataset() != b.get(i).dataset()) return false;
        return true;
    }

    /** Computes the derived data of a workspace. Any thread; call it off the FX thread for large data. */
    public static LoadedData of(Workspace w) { return new LoadedData(w, null); }

    /**
     * Computes the derived data of a workspace, reusing what {@code previous} computed from the same datasets: when
     * the visible layers hold the same datasets in the same order (a rename, a new colour), the index is reused and
     * this is cheap on any thread.
     */
    public static LoadedData of(Workspace w, LoadedData previous) { return new LoadedData(w, previous); }

    /** Tests whether {@link #of(Workspace, LoadedData)} would reuse {@code previous}'s timeline for {@code w}. */
    public static boolean reusesTimeline(Workspace w, LoadedData previous) {
        return previous != null && sameDatasets(previous.visible, w.visibleLayers());
    }

    /** Computes the data of a workspace holding one dataset (shipped with the application: no source file). */
    public static LoadedData of(Dataset d) { return new LoadedData(Workspace.of(d, null), null); }

    /** Gets the workspace: every layer, visible or not. */
    public Workspace workspace() { return workspace; }

    /** Gets the one timeline of the visible layers' events and timed features. */
    public TimelineIndex index() { return index; }

    /** Gets the timeline with the map positions of its events. */
    public ProjectedTimeline timeline() { return timeline; }

    /** Gets the corridor features of the visible layers, ready to draw. */
    public CorridorScene corridors() { return corridors; }

    /** Gets the event with this id in the visible layers (the first layer's when several have it), or empty. */
    public Optional<TimedEvent> event(String id) { return index.find(id); }

    /** Gets the untimed reference features of the visible layers, projected, each with its layer's colour. */
    public List<ReferenceLayer.Reference> references() { return references; }

    /**
     * Gets the colour of each visible layer, in the timeline's layer order ({@link TimelineIndex#layerOf}); null for a
     * layer drawn in the categories' own colours.
     */
    public List<Color> layerColours() { return layerColours; }

    /** Gets the eras of the visible layers (TimelineJS eras), which the timeline shades behind its histogram. */
    public List<TimelineEra> eras() { return eras; }

    /** Gets the visible layers, in the timeline's layer order. */
    public List<Workspace.Layer> visibleLayers() { return visible; }

    /** Gets the layer of the event at a position of the timeline. */
    public Workspace.Layer layerAt(int position) { return visible.get(index.layerOf(position)); }

    /** Gets the layer an event of the timeline belongs to, or empty when it is not in the timeline. */
    public Optional<Workspace.Layer> layerOf(TimedEvent e) {
        int p = index.indexOf(e);
        return p < 0 ? Optional.empty() : Optional.of(visible.get(index.layerOf(p)));
    }

    /** Gets the place an event refers to, looked up in the event's own layer; empty when it has none. */
    public Optional<Place> place(TimedEvent e) {
        if (e == null || e.placeId() == null) return Optional.empty();
        return layerOf(e).flatMap(l -> l.dataset().place(e.placeId()));
    }
}
