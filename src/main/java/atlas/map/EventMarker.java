package atlas.map;

import atlas.model.Category;
import atlas.model.TimedEvent;

/**
 * One symbol drawn by the {@link EventLayer}, in layer pixels: a single event ({@code count == 1}) or a cluster of
 * {@code count} events that fell in one grid cell, drawn at their mean position with the colour of the most
 * frequent category. {@code event} is the single event, or for a cluster its latest event (the one a click selects).
 */
public record EventMarker(double x, double y, int count, Category category, TimedEvent event, double opacity) {
    /** Tests whether this marker stands for several events. */
    public boolean isCluster() { return count > 1; }
}
