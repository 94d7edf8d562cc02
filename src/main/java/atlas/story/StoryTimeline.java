package atlas.story;

import atlas.map.Subscriptions;
import atlas.model.Stop;
import atlas.model.TimeSpan;
import atlas.ui.AtlasState;
import atlas.ui.TimelineBar;
import atlas.ui.TimelineViews;
import java.time.LocalDate;

/**
 * The timeline of a presentation: a read-only strip (the date, the window, the histogram with the playhead and the
 * story's stops marked; none of the window's editing controls) bound to the AtlasState and zoomed around each stop's
 * date. It lives as long as the presentation: {@link #dispose()} removes its bindings to the state.
 */
public final class StoryTimeline {
    /** Days shown before and after a stop's date (or window) on the presentation's timeline. */
    public static final int MARGIN_DAYS = 75;

    private final TimelineBar bar;
    private final Subscriptions subscriptions = new Subscriptions();

    /** Creates a timeline bar that follows the state's date, events and selection, and frames each stop. */
    public StoryTimeline(AtlasState state, StoryPlayer player) {
        bar = new TimelineBar(state.getIndex());
        TimelineViews.bind(bar, state, subscriptions);
        bar.setFocusTraversable(false);
        bar.setEditable(false);
        bar.getStyleClass().add("presentation-timeline");
        subscriptions.follow(player.stopProperty(), () -> { if (player.getStop() != null) bar.setVisibleSpan(frame(player.getStop())); });
    }

    /** Gets the bar (the node to show). */
    public TimelineBar bar() { return bar; }

    /** Removes the bar's bindings to the state and the player. */
    public void dispose() { subscriptions.dispose(); }

    /** Computes the span the timeline shows for a stop: its window (or date) with {@link #MARGIN_DAYS} either side. */
    public static TimeSpan frame(Stop s) {
        LocalDate from = s.window() == null ? s.date() : s.window().from();
        LocalDate until = s.window() == null ? s.date().plusDays(1) : s.window().until();
        return TimeSpan.of(from.minusDays(MARGIN_DAYS), until.plusDays(MARGIN_DAYS));
    }
}
