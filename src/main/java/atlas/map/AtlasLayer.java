package atlas.map;

import atlas.geo.Viewport;
import com.gluonhq.maps.MapLayer;
import javafx.beans.Observable;

/**
 * Base of every overlay drawn over the map. Add one with {@link AtlasMap#addOverlay}; it then draws in
 * {@link #layoutLayer()} using {@link #viewport()} (the map's current view, a {@link atlas.geo.Projector}) and is
 * laid out again whenever the view changes or it calls {@link #markDirty()}.
 *
 * <p>Lifecycle: every subscription of the layer to something that outlives it (the application state, the map's
 * view) is made with {@link #listen} or {@link #follow} and is removed by {@link #dispose()}, which
 * {@link AtlasMap#removeOverlay} and {@link AtlasMap#dispose()} call; a disposed layer holds no listener anywhere.
 * FX thread only.
 */
public abstract class AtlasLayer extends MapLayer {
    private AtlasMap map;
    private final Subscriptions subscriptions = new Subscriptions();

    {
        // weakly: the language lives as long as the process, a layer only as long as its map
        Translations.onChange(this, this::languageChanged);
    }

    /** Gets the map this layer is on, or null before {@link AtlasMap#addOverlay}. */
    public final AtlasMap map() { return map; }

    /** Gets the map's current view (the screen is this layer's own coordinate space). */
    public final Viewport viewport() {
        return map == null ? new Viewport(AtlasMap.DEFAULT_CENTER, AtlasMap.DEFAULT_ZOOM, 0, 0) : map.getView();
    }

    final void attach(AtlasMap m) {
        if (map == m) return;
        map = m;
        listen(m.viewProperty(), this::markDirty);
        onAttach();
    }

    /** Called when the interface's language changes: draws again (labels, legends); extend to relabel nodes. */
    protected void languageChanged() { markDirty(); }

    /** Called once when the layer is added to a map; subscribe to data here with {@link #listen}. */
    protected void onAttach() {}

    /** Subscribes {@code action} to an observable until {@link #dispose()}. */
    public final void listen(Observable o, Runnable action) { subscriptions.listen(o, action); }

    /** Runs {@code action} now and whenever {@code o} changes, until {@link #dispose()}. */
    public final void follow(Observable o, Runnable action) { subscriptions.follow(o, action); }

    /** Gets this layer's subscriptions, for bindings that {@link #dispose()} must undo. */
    public final Subscriptions subscriptions() { return subscriptions; }

    /** Removes every subscription made with {@link #listen}; the layer is then inert. */
    public void dispose() {
        subscriptions.dispose();
        map = null;
    }

    /** Requests a new {@link #layoutLayer()} on the next pulse. */
    @Override public void markDirty() { super.markDirty(); }
}
