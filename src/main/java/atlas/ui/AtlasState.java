package atlas.ui;

import atlas.map.Fx;
import atlas.model.Category;
import atlas.model.Dataset;
import atlas.model.Drawing;
import atlas.model.EventDate;
import atlas.model.NameStyle;
import atlas.model.TimeSpan;
import atlas.model.TimeWindow;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableSet;

/**
 * The application's observable state, shared by the map, the timeline, the panels and the presentation mode.
 * One instance per window; touch it on the FX thread only.
 *
 * <p>The data is ONE immutable value, {@link LoadedData} (the workspace, its timeline index, the events' map
 * positions), replaced whole by {@link #setData}: no listener ever sees a dataset with another dataset's index.
 * Several changes that belong together (a story stop: date, window, layers, highlights, selection) are applied
 * with {@link #batch}: listeners are told once, after all of them, so none sees part of the change.
 *
 * <p>Every property and set counts its listeners ({@link #listenerCount()}): views that come and go (the
 * presentation's map and timeline) must remove theirs when they are disposed, and a test checks they do.
 */
public final class AtlasState {
    /** The window the map shows when none is remembered: the last 30 days. */
    public static final TimeWindow DEFAULT_WINDOW = TimeWindow.last(30, ChronoUnit.DAYS);

    /** Something of this state whose notification a batch can hold back. */
    interface Deferrable {
        /** Tells the listeners now what a batch held back. */
        void fireDeferred();

        /** Gets the number of listeners registered. */
        int listenerCount();
    }

    private int batchDepth;
    /** What a running batch held back; by identity (a set's hash changes with its content). */
    private final Set<Deferrable> deferred = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Deferrable> all = new ArrayList<>();

    private final StateProperty<LoadedData> data = track(new StateProperty<>(this, "data", LoadedData.EMPTY));
    /** Day the timeline shows; the map's overlays follow it. */
    private final StateProperty<LocalDate> date = track(new StateProperty<>(this, "date", EventDate.DEFAULT_DAY));
    private final StateProperty<TimedEvent> selectedEvent = track(new StateProperty<>(this, "selectedEvent", null));
    /** Which events around the date the map shows; a story stop may set a span for a while ({@link #showSpan}). */
    private final StateProperty<TimeWindow> timeWindow = track(new StateProperty<>(this, "timeWindow", DEFAULT_WINDOW));
    private final StateProperty<NameStyle> nameStyle = track(new StateProperty<>(this, "nameStyle", NameStyle.BOTH));
    private final StateSet<Category> categories = track(new StateSet<>(this, EnumSet.allOf(Category.class)));
    /** Ids of the map layers switched on (see atlas.map.MapLayers for the ids). */
    private final StateSet<String> visibleLayers = track(new StateSet<>(this, Set.of()));
    /** Ids of events a story stop highlights (empty outside presentations); the map marks them. */
    private final StateSet<String> highlightedEvents = track(new StateSet<>(this, Set.of()));
    /** Whether the view jumps instead of animating (no camera flights, no animated panels): an accessibility setting. */
    private final StateProperty<Boolean> reducedMotion = track(new StateProperty<>(this, "reducedMotion", false));
    /**
     * The date the compare mode shows on its other side (left, "A"; the timeline's date is "B"), or null when the
     * map does not compare two dates.
     */
    private final StateProperty<LocalDate> compareDate = track(new StateProperty<>(this, "compareDate", null));
    /** The marks drawn on the map (a stop's kept drawings and what is drawn now); every map of the state shows them. */
    private final StateProperty<List<Drawing>> drawings = track(new StateProperty<>(this, "drawings", List.of()));
    /** The story stops marked on the timelines (while a story is open or presented); empty otherwise. */
    private final StateProperty<List<TimelineMark>> timelineMarks = track(new StateProperty<>(this, "timelineMarks", List.of()));
    /** The last window the user chose (never a story's span): what {@link #restoreWindow()} goes back to. */
    private TimeWindow userWindow = DEFAULT_WINDOW;
    private boolean dateMoved;

    public AtlasState() {
        timeWindow.addListener(o -> {
            if (getTimeWindow().kind() != TimeWindow.Kind.SPAN) userWindow = getTimeWindow();
        });
        // a story's span stays while the date is inside it; a date moved elsewhere brings the user's window back
        date.addListener(o -> {
            dateMoved = true;
            TimeWindow w = getTimeWindow();
            if (w.kind() == TimeWindow.Kind.SPAN && !w.span().contains(getDate())) restoreWindow();
        });
    }

    private <T extends Deferrable> T track(T d) {
        all.add(d);
        return d;
    }

    public ObjectProperty<LocalDate> dateProperty() { return date; }

    /**
     * Tests whether anything moved the date since the state was made: then it is a choice (a story opened with the
     * app, a click, a key) that the timeline's remembered date must not override when the timeline is built.
     */
    public boolean isDateMoved() { return dateMoved; }
    public LocalDate getDate() { return date.get(); }
    public void setDate(LocalDate d) { date.set(Objects.requireNonNull(d, "date")); }

    /**
     * The other date of the compare mode (the map's left side, "A"), or null when not comparing: setting a date turns
     * the compare mode on, null turns it off.
     */
    public ObjectProperty<LocalDate> compareDateProperty() { return compareDate; }
    public LocalDate getCompareDate() { return compareDate.get(); }
    public void setCompareDate(LocalDate d) { compareDate.set(d); }

    /** Tests whether the map compares two dates (a compare date is set). */
    public boolean isComparing() { return compareDate.get() != null; }

    public ObjectProperty<TimedEvent> selectedEventProperty() { return selectedEvent; }
    public TimedEvent getSelectedEvent() { return selectedEvent.get(); }
    public void setSelectedEvent(TimedEvent e) { selectedEvent.set(e); }

    public ObjectProperty<NameStyle> nameStyleProperty() { return nameStyle; }
    public NameStyle getNameStyle() { return nameStyle.get(); }
    public void setNameStyle(NameStyle s) { nameStyle.set(s); }

    /** Whether maps jump to a new view instead of flying there, and panels open without animation. */
    public ObjectProperty<Boolean> reducedMotionProperty() { return reducedMotion; }
    public boolean isReducedMotion() { return Boolean.TRUE.equals(reducedMotion.get()); }
    public void setReducedMotion(boolean r) { reducedMotion.set(r); }

    /** The data shown: the workspace and its timeline, one immutable value. Read-only; replace it with {@link #setData}. */
    public ReadOnlyObjectProperty<LoadedData> dataProperty() { return data; }
    public LoadedData getData() { return data.get(); }

    /** Gets the one timeline of the data shown (a shortcut for {@code getData().index()}). */
    public TimelineIndex getIndex() { return data.get().index(); }

    /**
     * Replaces the data shown, whole, as one change: the selection is cleared first when its event is not in the new
     * timeline. FX thread; compute {@code d} on a loader thread when it is large.
     */
    public void setData(LoadedData d) {
        Fx.requireFxThread();
        Objects.requireNonNull(d, "data");
        batch(() -> {
            if (d.index().indexOf(getSelectedEvent()) < 0) selectedEvent.set(null);
            data.set(d);
        });
    }

    /** Replaces the data with one dataset, computing its timeline on this thread (fine for small data and tests). */
    public void setDataset(Dataset d) { setData(LoadedData.of(d)); }

    /** Categories shown on the map, the list and the histogram. */
    public ObservableSet<Category> categories() { return categories; }
    public Set<Category> categorySnapshot() { return categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories); }

    public ObservableSet<String> visibleLayers() { return visibleLayers; }

    public ObservableSet<String> highlightedEvents() { return highlightedEvents; }

    /** The marks drawn on the map, an immutable list (empty for none); replace it with {@link #setDrawings}. */
    public ObjectProperty<List<Drawing>> drawingsProperty() { return drawings; }
    public List<Drawing> getDrawings() { return drawings.get(); }
    public void setDrawings(List<Drawing> d) { drawings.set(List.copyOf(d)); }

    /** The story stops marked on every timeline of this state (the current one as a flag); empty for none. */
    public ObjectProperty<List<TimelineMark>> timelineMarksProperty() { return timelineMarks; }
    public List<TimelineMark> getTimelineMarks() { return timelineMarks.get(); }
    public void setTimelineMarks(List<TimelineMark> m) { timelineMarks.set(List.copyOf(m)); }

    /** Which events around the date the map shows (active that day, the last N days/months, all up to it, or a span). */
    public ObjectProperty<TimeWindow> timeWindowProperty() { return timeWindow; }
    public TimeWindow getTimeWindow() { return timeWindow.get(); }
    public void setTimeWindow(TimeWindow w) { timeWindow.set(Objects.requireNonNull(w, "window")); }

    /**
     * Shows the events of one span of days (a story stop's window) until the date leaves it, the user chooses another
     * window or {@link #restoreWindow()} is called; the user's own window is kept for then.
     */
    public void showSpan(TimeSpan span) { setTimeWindow(TimeWindow.span(span)); }

    /** Goes back to the user's own window when a span is shown; does nothing otherwise. */
    public void restoreWindow() {
        if (getTimeWindow().kind() == TimeWindow.Kind.SPAN) setTimeWindow(userWindow);
    }

    /** Gets the last window the user chose (never a story's span). */
    public TimeWindow getUserWindow() { return userWindow; }

    /**
     * Applies {@code changes} as one change: while they run, the properties and sets of this state take their new
     * values without telling anyone; then each that changed notifies its listeners once, so every listener sees all
     * of the change. Batches nest (the outermost one notifies). FX thread.
     */
    public void batch(Runnable changes) {
        Fx.requireFxThread();
        batchDepth++;
        try {
            changes.run();
        } finally {
            if (--batchDepth == 0) flush();
        }
    }

    /** Tests whether a batch is being applied (its listeners have not been told yet). */
    public boolean isBatching() { return batchDepth > 0; }

    /** Holds back {@code d}'s notification when a batch runs; returns false (notify now) otherwise. */
    boolean defer(Deferrable d) {
        if (batchDepth == 0) return false;
        deferred.add(d);
        return true;
    }

    private void flush() {
        // in declaration order: the data first, then the date, the selection and the window
        while (!deferred.isEmpty()) {
            List<Deferrable> now = new ArrayList<>();
            for (Deferrable d : all) if (deferred.remove(d)) now.add(d);
            for (Deferrable d : now) d.fireDeferred();
        }
    }

    /**
     * Gets the number of listeners (bindings included) registered on this state's properties and sets: flat over
     * time when views that come and go remove theirs.
     */
    public int listenerCount() {
        int n = 0;
        for (Deferrable d : all) n += d.listenerCount();
        return n;
    }
}
