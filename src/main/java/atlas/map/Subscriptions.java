package atlas.map;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;

/**
 * Subscriptions made by something that comes and goes (a layer, a map, a presentation's views), recorded so that
 * {@link #dispose()} removes every one of them: listeners, bindings and bidirectional bindings. FX thread only.
 */
public final class Subscriptions {
    private final List<Runnable> undo = new ArrayList<>();

    /** Runs {@code action} whenever {@code o} changes, until {@link #dispose()}. */
    public void listen(Observable o, Runnable action) {
        InvalidationListener l = x -> action.run();
        o.addListener(l);
        undo.add(() -> o.removeListener(l));
    }

    /** Runs {@code action} now and whenever {@code o} changes, until {@link #dispose()}. */
    public void follow(Observable o, Runnable action) {
        listen(o, action);
        action.run();
    }

    /** Binds {@code target} to {@code source} until {@link #dispose()}. */
    public <T> void bind(Property<T> target, ObservableValue<? extends T> source) {
        target.bind(source);
        undo.add(target::unbind);
    }

    /** Binds two properties both ways until {@link #dispose()}; {@code a} takes {@code b}'s value first. */
    public <T> void bindBidirectional(Property<T> a, Property<T> b) {
        a.bindBidirectional(b);
        undo.add(() -> a.unbindBidirectional(b));
    }

    /** Records an action that undoes a subscription made another way. */
    public void add(Runnable unsubscribe) { undo.add(unsubscribe); }

    /** Removes every subscription, newest first; afterwards this can be used again. */
    public void dispose() {
        for (int i = undo.size() - 1; i >= 0; i--) undo.get(i).run();
        undo.clear();
    }
}
