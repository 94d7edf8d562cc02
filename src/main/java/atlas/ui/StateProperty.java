package atlas.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;

/**
 * A property of {@link AtlasState}: inside {@link AtlasState#batch} its notification waits until the whole batch is
 * applied, and it counts its listeners (bindings included) so that a leak shows in {@link AtlasState#listenerCount()}.
 * FX thread only.
 */
final class StateProperty<T> extends SimpleObjectProperty<T> implements AtlasState.Deferrable {
    private final AtlasState state;
    private final List<Object> listeners = new ArrayList<>();

    StateProperty(AtlasState state, String name, T initial) {
        super(state, name, initial);
        this.state = state;
    }

    @Override protected void fireValueChangedEvent() {
        if (!state.defer(this)) super.fireValueChangedEvent();
    }

    @Override public void fireDeferred() { super.fireValueChangedEvent(); }

    @Override public int listenerCount() { return listeners.size(); }

    @Override public void addListener(InvalidationListener l) {
        super.addListener(l);
        listeners.add(l);
    }

    @Override public void removeListener(InvalidationListener l) {
        super.removeListener(l);
        forget(l);
    }

    @Override public void addListener(ChangeListener<? super T> l) {
        super.addListener(l);
        listeners.add(l);
    }

    @Override public void removeListener(ChangeListener<? super T> l) {
        super.removeListener(l);
        forget(l);
    }

    /** Forgets one registration of {@code l} (JavaFX too removes one), by identity or equality as JavaFX compares. */
    private void forget(Object l) {
        for (int i = 0; i < listeners.size(); i++) {
            if (listeners.get(i).equals(l)) {
                listeners.remove(i);
                return;
            }
        }
    }
}
