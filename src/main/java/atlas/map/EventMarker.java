package atlas.map;

import atlas.model.Category;
import atlas.model.TimedEvent;

/**
 * One symbol drawn by the {@link EventLayer}, in layer pixels: a single event ({@code count == 1}) or a cluster of
 * {@code count} events that fell in one grid cell, drawn at their mean position with the colour of the most
 * frequent category. {@code event} is the single event, or for a cluster its latest event (the one a click selects).
 * {@code layer} is the workspace layer (its place among the visible layers) all its events come from, or
 * {@link #MIXED} when a cluster mixes layers; {@code approximate} tells that every event of it has an approximate
 * location. {@code minWorldX} .. {@code maxWorldY} bound the positions of its events in normalised Web Mercator world
 * coordinates (0..1, see {@code WebMercator.worldX}), so that a click on a cluster can zoom to them.
 */
public record EventMarker(double x, double y, int count, Category category, TimedEvent event, double opacity,
                          int layer, boolean approximate,
                          double minWorldX, double minWorldY, double maxWorldX, double maxWorldY) {
    /** The layer of a cluster whose events come from several layers. */
    public static final int MIXED = -1;

    /** Creates a marker of the first layer with sourced locations whose events' extent is unknown (NaN). */
    public EventMarker(double x, double y, int count, Category category, TimedEvent event, double opacity) {
        this(x, y, count, category, event, opacity, 0, false, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Tests whether this marker stands for several events. */
    public boolean isCluster() { return count > 1; }

    /** Tests whether the extent of the marker's events is known (see {@link #minWorldX()}). */
    public boolean hasExtent() { return !Double.isNaN(minWorldX); }
}
