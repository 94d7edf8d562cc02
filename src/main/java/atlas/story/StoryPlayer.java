package atlas.story;

import atlas.model.Stop;
import atlas.model.Story;
import atlas.model.TimedEvent;
import atlas.ui.AtlasState;
import java.util.HashSet;
import java.util.Optional;
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

    public StoryPlayer(AtlasState state, MapCamera camera) {
        this.state = state;
        this.flight = new CameraFlight(camera);
        story.addListener((o, a, b) -> {
            flight.stop();
            index.set(-1);
            stop.set(null);
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
        applyTo(state, target);
        index.set(k);
        stop.set(target);
        flight.flyTo(target.center(), target.zoom(), flightTime);
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
     * when the stop sets them, the visible layers. Unknown event ids are ignored. The slide export applies stops
     * the same way.
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
            state.highlightedEvents().retainAll(Set.copyOf(s.highlights()));
            state.highlightedEvents().addAll(s.highlights());
        });
    }
}
