package atlas.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the user has open: an ordered list of data layers (the shipped dataset, files opened or imported), each a
 * whole {@link Dataset} with a name, a colour, a visibility and where it came from. The visible layers' events form
 * the application's one timeline. Immutable: every change makes a new workspace. Layer ids are unique; event ids are
 * unique within a layer but may repeat across layers.
 */
public record Workspace(List<Layer> layers) {
    /** The empty workspace. */
    public static final Workspace EMPTY = new Workspace(List.of());

    /**
     * One data layer. {@code colour} is {@code #rrggbb} or null for the categories' own colours; {@code source} is
     * the file it was read from (a path as text), or null for data that ships with the application.
     */
    public record Layer(String id, String name, String colour, boolean visible, String source, Dataset dataset) {
        public Layer {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(dataset, "dataset");
            if (colour != null && !colour.matches("#[0-9a-fA-F]{6}"))
                throw new IllegalArgumentException("a layer colour is #rrggbb: " + colour);
        }

        /** Gets a copy shown or hidden. */
        public Layer withVisible(boolean v) { return new Layer(id, name, colour, v, source, dataset); }

        /** Gets a copy with another name. */
        public Layer withName(String n) { return new Layer(id, n, colour, visible, source, dataset); }

        /** Gets a copy with another colour ({@code #rrggbb}, or null for the categories' own colours). */
        public Layer withColour(String c) { return new Layer(id, name, c, visible, source, dataset); }

        /** Gets a copy holding another dataset (the same file read again, or its records once read). */
        public Layer withDataset(Dataset d) { return new Layer(id, name, colour, visible, source, d); }
    }

    public Workspace {
        layers = List.copyOf(layers);
        Set<String> ids = new HashSet<>();
        for (Layer l : layers) if (!ids.add(l.id())) throw new IllegalArgumentException("duplicate layer id '" + l.id() + "'");
    }

    /** Gets a workspace of one visible layer holding {@code d}, named after its title. */
    public static Workspace of(Dataset d, String source) {
        return new Workspace(List.of(new Layer("layer-1", d.title(), null, true, source, d)));
    }

    /** Gets the visible layers, in order. */
    public List<Layer> visibleLayers() { return layers.stream().filter(Layer::visible).toList(); }

    /** Gets the layer with this id. */
    public Optional<Layer> layer(String id) { return layers.stream().filter(l -> l.id().equals(id)).findFirst(); }

    /** Gets a copy with {@code l} added at the end (its id must be new). */
    public Workspace plus(Layer l) {
        List<Layer> out = new ArrayList<>(layers);
        out.add(l);
        return new Workspace(out);
    }

    /** Gets a copy without the layer of this id (unchanged when there is none). */
    public Workspace minus(String id) { return new Workspace(layers.stream().filter(l -> !l.id().equals(id)).toList()); }

    /**
     * Gets a copy with the layer of this id moved to {@code position} (0-based, clamped to the list); unchanged when
     * there is no such layer.
     */
    public Workspace moved(String id, int position) {
        Optional<Layer> l = layer(id);
        if (l.isEmpty()) return this;
        List<Layer> out = new ArrayList<>(layers);
        out.remove(l.get());
        out.add(Math.max(0, Math.min(out.size(), position)), l.get());
        return new Workspace(out);
    }

    /** Gets the position (0-based) of the layer with this id, or -1. */
    public int positionOf(String id) {
        for (int i = 0; i < layers.size(); i++) if (layers.get(i).id().equals(id)) return i;
        return -1;
    }

    /** Gets an id no layer of this workspace has: {@code layer-N}, N one more than the largest in use. */
    public String newLayerId() {
        int max = 0;
        for (Layer l : layers) {
            if (l.id().matches("layer-[0-9]{1,9}")) max = Math.max(max, Integer.parseInt(l.id().substring(6)));
        }
        return "layer-" + (max + 1);
    }

    /** Gets a copy with the layer of this id replaced by {@code l}. */
    public Workspace with(String id, Layer l) {
        return new Workspace(layers.stream().map(x -> x.id().equals(id) ? l : x).toList());
    }
}
