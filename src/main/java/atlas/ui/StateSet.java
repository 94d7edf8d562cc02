package atlas.ui;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * An observable set of {@link AtlasState}: every change is reported as JavaFX sets report them (one
 * {@link SetChangeListener.Change} per element added or removed, after the invalidation listeners), except inside
 * {@link AtlasState#batch}, where the set reports once, at the end, what differs from its content before the batch.
 * Counts its listeners for {@link AtlasState#listenerCount()}. Keeps insertion order. FX thread only.
 */
final class StateSet<E> extends AbstractSet<E> implements ObservableSet<E>, AtlasState.Deferrable {
    private final AtlasState state;
    private final Set<E> elements = new LinkedHashSet<>();
    private final List<InvalidationListener> invalidationListeners = new ArrayList<>();
    private final List<SetChangeListener<? super E>> changeListeners = new ArrayList<>();
    /** The content before the running batch changed it, or null outside a batch or before the first change. */
    private Set<E> before;

    StateSet(AtlasState state, Set<E> initial) {
        this.state = state;
        elements.addAll(initial);
    }

    @Override public int size() { return elements.size(); }

    @Override public boolean contains(Object o) { return elements.contains(o); }

    @Override public boolean add(E e) {
        if (elements.contains(e)) return false;
        Set<E> snapshot = Set.copyOf(elements);
        elements.add(e);
        changed(snapshot, e, true);
        return true;
    }

    @Override public boolean remove(Object o) {
        if (!elements.contains(o)) return false;
        Set<E> snapshot = Set.copyOf(elements);
        elements.remove(o);
        @SuppressWarnings("unchecked") E e = (E) o;
        changed(snapshot, e, false);
        return true;
    }

    @Override public Iterator<E> iterator() {
        Iterator<E> it = elements.iterator();
        return new Iterator<>() {
            private E last;

            @Override public boolean hasNext() { return it.hasNext(); }

            @Override public E next() { return last = it.next(); }

            @Override public void remove() {
                Set<E> snapshot = Set.copyOf(elements);
                it.remove();
                changed(snapshot, last, false);
            }
        };
    }

    private void changed(Set<E> snapshot, E element, boolean added) {
        if (state.defer(this)) {
            if (before == null) before = snapshot;
            return;
        }
        fire(List.of(change(element, added)));
    }

    @Override public void fireDeferred() {
        Set<E> was = before;
        before = null;
        if (was == null) return;
        List<SetChangeListener.Change<E>> changes = new ArrayList<>();
        for (E e : was) if (!elements.contains(e)) changes.add(change(e, false));
        for (E e : elements) if (!was.contains(e)) changes.add(change(e, true));
        if (!changes.isEmpty()) fire(changes);
    }

    private void fire(List<SetChangeListener.Change<E>> changes) {
        for (InvalidationListener l : List.copyOf(invalidationListeners)) l.invalidated(this);
        List<SetChangeListener<? super E>> ls = List.copyOf(changeListeners);
        for (SetChangeListener.Change<E> c : changes) for (SetChangeListener<? super E> l : ls) l.onChanged(c);
    }

    private SetChangeListener.Change<E> change(E element, boolean added) {
        return new SetChangeListener.Change<>(this) {
            @Override public boolean wasAdded() { return added; }
            @Override public boolean wasRemoved() { return !added; }
            @Override public E getElementAdded() { return added ? element : null; }
            @Override public E getElementRemoved() { return added ? null : element; }
        };
    }

    @Override public int listenerCount() { return invalidationListeners.size() + changeListeners.size(); }

    @Override public void addListener(SetChangeListener<? super E> l) { changeListeners.add(l); }

    @Override public void removeListener(SetChangeListener<? super E> l) { changeListeners.remove(l); }

    @Override public void addListener(InvalidationListener l) { invalidationListeners.add(l); }

    @Override public void removeListener(InvalidationListener l) { invalidationListeners.remove(l); }
}
