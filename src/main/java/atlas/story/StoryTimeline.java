package atlas.story;

import atlas.model.Stop;
import atlas.model.TimeSpan;
import atlas.ui.AtlasState;
import atlas.ui.TimelineBar;
import java.time.LocalDate;

/** Builds the timeline bar of the presentation: bound to the AtlasState, and zoomed around each stop's date. */
public final class StoryTimeline {
    private StoryTimeline() {}

    /** Days shown before and after a stop's date (or window) on the presentation's timeline. */
    public static final int MARGIN_DAYS = 75;

    /** Creates a timeline bar that follows the state's date, events and selection, and frames each stop. */
    public static TimelineBar create(AtlasState state, StoryPlayer player) {
        TimelineBar bar = new TimelineBar(state.getIndex());
        bar.indexProperty().bind(state.indexProperty());
        bar.dateProperty().bindBidirectional(state.dateProperty());
        bar.selectedEventProperty().bindBidirectional(state.selectedEventProperty());
        bar.setFocusTraversable(false);
        bar.getStyleClass().add("presentation-timeline");
        player.stopProperty().addListener((o, a, s) -> { if (s != null) bar.setVisibleSpan(frame(s)); });
        if (player.getStop() != null) bar.setVisibleSpan(frame(player.getStop()));
        return bar;
    }

    /** Computes the span the timeline shows for a stop: its window (or date) with {@link #MARGIN_DAYS} either side. */
    public static TimeSpan frame(Stop s) {
        LocalDate from = s.window() == null ? s.date() : s.window().from();
        LocalDate until = s.window() == null ? s.date().plusDays(1) : s.window().until();
        return TimeSpan.of(from.minusDays(MARGIN_DAYS), until.plusDays(MARGIN_DAYS));
    }
}
