package atlas.ui;

import atlas.geo.Corridors;
import atlas.geo.ProjectedTimeline;
import atlas.map.CorridorScene;
import atlas.model.Dataset;
import atlas.model.Place;
import atlas.model.TimedEvent;
import atlas.model.TimedFeature;
import atlas.model.TimelineIndex;
import atlas.model.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the window shows of the data, as ONE immutable value: the {@link Workspace} (its layers of datasets)
 * and what is derived from its visible layers once, so that no view computes it on the FX thread or keeps its own
 * copy: the one {@link TimelineIndex} of their events and features, the map positions of those events
 * ({@link ProjectedTimeline}) and the corridor scene of their timed features (bands included).
 *
 * <p>Build it with {@link #of(Workspace)} on a loader thread (a million events take about a second), then publish it
 * whole with {@link AtlasState#setData} on the FX thread: every listener sees a workspace with its own index,
 * never one with another's. The views consume it whatever layers it came from; hidden layers are in
 * {@link #workspace()} but not in the index. Thread-safe.
 */
public final class LoadedData {
    /** No data: an empty workspace. */
    public static final LoadedData EMPTY = new LoadedData(Workspace.EMPTY);

    private final Workspace workspace;
    private final TimelineIndex index;
    private final ProjectedTimeline timeline;
    private final CorridorScene corridors;
    private final List<Workspace.Layer> visible;

    private LoadedData(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        visible = workspace.visibleLayers();
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

    /** Computes the derived data of a workspace. Any thread; call it off the FX thread for large data. */
    public static LoadedData of(Workspace w) { return new LoadedData(w); }

    /** Computes the data of a workspace holding one dataset (shipped with the application: no source file). */
    public static LoadedData of(Dataset d) { return new LoadedData(Workspace.of(d, null)); }

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
