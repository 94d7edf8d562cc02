package atlas.map;

import atlas.geo.Viewport;
import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

/**
 * Base of every overlay drawn over the map. Add one with {@link AtlasMap#addOverlay}; it then draws in
 * {@link #layoutLayer()} using {@link #viewport()} (the map's current view, a {@link atlas.geo.Projector}) and is
 * laid out again whenever the view changes or it calls {@link #markDirty()}. Subscriptions made with
 * {@link #listen} are removed by {@link #dispose()}, which {@link AtlasMap#removeOverlay} calls. FX thread only.
 */
public abstract class AtlasLayer extends MapLayer {
    private AtlasMap map;
    private final List<Runnable> unsubscribe = new ArrayList<>();

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

    /** Called once when the layer is added to a map; subscribe to data here with {@link #listen}. */
    protected void onAttach() {}

    /** Subscribes {@code action} to an observable until {@link #dispose()}. */
    protected final void listen(Observable o, Runnable action) {
        InvalidationListener l = x -> action.run();
        o.addListener(l);
        unsubscribe.add(() -> o.removeListener(l));
    }

    /** Removes every subscription made with {@link #listen}; the layer is then inert. */
    public void dispose() {
        unsubscribe.forEach(Runnable::run);
        unsubscribe.clear();
        map = null;
    }

    /** Requests a new {@link #layoutLayer()} on the next pulse. */
    @Override public void markDirty() { super.markDirty(); }
}
