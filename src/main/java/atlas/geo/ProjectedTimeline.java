package atlas.geo;

import atlas.model.LatLon;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import java.util.Objects;

/**
 * A timeline with the Web Mercator world position of each of its events, by position in the index: what the map
 * draws from, computed once per timeline (off the FX thread: a million events take tens of milliseconds) so that a
 * frame only scales and clusters. World coordinates are normalised to [0, 1] as in {@link WebMercator}; an event
 * without a point has NaN coordinates and is never drawn. Immutable and thread-safe.
 */
public final class ProjectedTimeline {
    /** The empty timeline. */
    public static final ProjectedTimeline EMPTY = new ProjectedTimeline(TimelineIndex.EMPTY);

    private final TimelineIndex index;
    private final double[] x;
    private final double[] y;

    private ProjectedTimeline(TimelineIndex index) {
        this.index = Objects.requireNonNull(index, "index");
        int n = index.size();
        x = new double[n];
        y = new double[n];
        LatLon last = null;
        double lx = Double.NaN, ly = Double.NaN;
        for (int i = 0; i < n; i++) {
            TimedEvent e = index.get(i);
            LatLon p = e.point();
            // events at one place often share one LatLon object: project it once
            if (p != last) {
                last = p;
                lx = p == null ? Double.NaN : WebMercator.worldX(p.lon());
                ly = p == null ? Double.NaN : WebMercator.worldY(p.lat());
            }
            x[i] = lx;
            y[i] = ly;
        }
    }

    /** Computes the world positions of an index's events. */
    public static ProjectedTimeline of(TimelineIndex index) {
        return new ProjectedTimeline(index);
    }

    /** Gets the timeline projected. */
    public TimelineIndex index() { return index; }

    /** Gets the normalised world x of the event at {@code position}, or NaN when it has no point. */
    public double worldX(int position) { return x[position]; }

    /** Gets the normalised world y of the event at {@code position}, or NaN when it has no point. */
    public double worldY(int position) { return y[position]; }

    /** Tests whether the event at {@code position} has a point to draw. */
    public boolean hasPoint(int position) { return !Double.isNaN(x[position]); }

    /** Gets an estimate of the heap bytes of the coordinates (16 per event). */
    public long bytes() { return 2 * (16 + 8L * x.length); }
}
