package atlas.story;

import atlas.model.Drawing;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.model.TimedEvent;
import atlas.ui.AtlasState;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;

/**
 * Plays a story: moves between stops and applies each stop to the {@link AtlasState} and the map camera.
 * The stop's state (selected and highlighted events, date, time window, layers) is applied to AtlasState as one
 * {@link AtlasState#batch batch}, so no listener sees half a stop; the camera flight starts in the same FX event,
 * before any frame is drawn. Only the camera animates (≤ {@link #flightTime()}), and a new move stops the old
 * flight and starts from wherever the camera is. FX thread only.
 */
public final class StoryPlayer {
    /** Default camera flight time: quick enough for a class, slow enough to follow. */
    public static final Duration DEFAULT_FLIGHT = Duration.millis(800);

    private final AtlasState state;
    private final CameraFlight flight;
    private final ObjectProperty<Story> story = new SimpleObjectProperty<>(this, "story", Story.titled(atlas.i18n.Texts.get("story.untitled")));
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<Stop> stop = new ReadOnlyObjectWrapper<>(this, "stop");
    private final BooleanProperty blank = new SimpleBooleanProperty(this, "blank", false);
    private Duration flightTime = DEFAULT_FLIGHT;
    /** What was drawn at each stop visited (by position) where it differs from what the stop keeps. */
    private final Map<Integer, List<Drawing>> drawn = new TreeMap<>();
    private boolean replacingStop;

    public StoryPlayer(AtlasState state, MapCamera camera) {
        this.state = state;
        this.flight = new CameraFlight(camera);
        story.addListener((o, a, b) -> {
            if (replacingStop) return;
            flight.stop();
            index.set(-1);
            stop.set(null);
            drawn.clear();
        });
    }

    /** The story being played; setting it resets the position to "before the first stop" (-1). */
    public ObjectProperty<Story> storyProperty() { return story; }
    public Story getStory() { return story.get(); }
    public void setStory(Story s) { story.set(s); }

    /** Position of the current stop, 0-based, or -1 before the first stop is shown. */
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }
    public int getIndex() { return index.get(); }

    /** The stop shown, or null before the first. */
    public ReadOnlyObjectProperty<Stop> stopProperty() { return stop.getReadOnlyProperty(); }
    public Stop getStop() { return stop.get(); }

    /** Whether the audience screen is blanked (B key); the position is kept. */
    public BooleanProperty blankProperty() { return blank; }

    public Duration flightTime() { return flightTime; }
    public void setFlightTime(Duration d) { flightTime = d; }

    /** Tests whether the camera is still flying to the current stop. */
    public boolean isFlying() { return flight.isFlying(); }

    /** Ends the running camera flight at its target now. */
    public void finishFlight() { flight.finish(); }

    /** Shows stop {@code i} (clamped to the story), applying its state and flying the camera there. */
    public void go(int i) {
        Story s = story.get();
        if (s.size() == 0) return;
        int k = Math.max(0, Math.min(s.size() - 1, i));
        blank.set(false);
        Stop target = s.stop(k);
        rememberDrawings();
        // coming back to a stop shows what was drawn there, not only what it keeps
        List<Drawing> before = drawn.get(k);
        state.batch(() -> {
            applyTo(state, target);
            if (before != null) state.setDrawings(before);
        });
        index.set(k);
        stop.set(target);
        flight.flyTo(target.center(), target.zoom(), flightTime);
    }

    /**
     * Gets what was drawn at the stops visited (by position, ascending) where it differs from what the stop keeps,
     * the current stop included: the drawings a presenter may want to keep with their stops.
     */
    public Map<Integer, List<Drawing>> unkeptDrawings() {
        rememberDrawings();
        return Map.copyOf(drawn);
    }

    /**
     * Keeps what the map shows now as the current stop's drawings: the story played gets the stop with them (the
     * position stays) and returns it; null before the first stop. The caller saves it in the story document.
     */
    public Stop keepDrawings() {
        int i = index.get();
        if (i < 0) return null;
        Stop kept = story.get().stop(i).withDrawings(state.getDrawings());
        replacingStop = true;
        try {
            story.set(story.get().withStopReplaced(i, kept));
        } finally {
            replacingStop = false;
        }
        drawn.remove(i);
        stop.set(kept);
        return kept;
    }

    private void rememberDrawings() {
        int i = index.get();
        if (i < 0 || i >= story.get().size()) return;
        List<Drawing> now = state.getDrawings();
        if (now.equals(story.get().stop(i).drawings())) drawn.remove(i); else drawn.put(i, now);
    }

    public void next() { go(index.get() + 1); }
    public void previous() { go(index.get() < 0 ? 0 : index.get() - 1); }
    public void first() { go(0); }
    public void last() { go(story.get().size() - 1); }

    /**
     * Stops the flight, clears the highlights and gives the user's time window back (the date, layers and view stay
     * as the last stop left them), as one change.
     */
    public void close() {
        flight.stop();
        state.batch(() -> {
            state.highlightedEvents().clear();
            state.restoreWindow();
        });
    }

    /**
     * Applies a stop's state except the camera to {@code state} as one change ({@link AtlasState#batch}): selected
     * event (the first highlighted one the data has), highlighted events, date, the time window (the stop's window
     * of days when it has one, shown as such in the timeline's "Map shows"; the user's own window otherwise) and,
     * when the stop sets them, the visible layers, and its compare date (none for a stop that is not a comparison);
     * the map's drawings become the stop's. Unknown event ids are ignored. The slide export applies stops the same way.
     */
    public static void applyTo(AtlasState state, Stop s) {
        Optional<TimedEvent> selected = s.highlights().stream().map(id -> state.getData().event(id))
                .flatMap(Optional::stream).findFirst();
        state.batch(() -> {
            state.setSelectedEvent(selected.orElse(null));
            state.setDate(s.date());
            if (s.window() != null) state.showSpan(s.window()); else state.restoreWindow();
            if (s.setsLayers()) {
                Set<String> want = new HashSet<>(s.layers());
                state.visibleLayers().retainAll(want);
                state.visibleLayers().addAll(want);
            }
            // a comparison stop shows its two dates; any other stop shows one
            state.setCompareDate(s.compareDate());
            state.highlightedEvents().retainAll(Set.copyOf(s.highlights()));
            state.highlightedEvents().addAll(s.highlights());
            state.setDrawings(s.drawings());
        });
    }
}
