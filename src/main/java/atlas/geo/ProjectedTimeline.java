package atlas.geo;

import atlas.model.LatLon;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A timeline with the Web Mercator world position of each of its events, by position in the index: what the map
 * draws from, computed once per timeline (off the FX thread: a million events take tens of milliseconds) so that a
 * frame only scales and clusters. World coordinates are normalised to [0, 1] as in {@link WebMercator}; an event
 * without a point has NaN coordinates and is never drawn. Events with a line or polygon, and moving points, also get
 * their {@link WorldShape} (the path, for a moving point), found by position; a bit per event tells a frame which
 * ones have one without a search. Immutable and thread-safe.
 */
public final class ProjectedTimeline {
    /** The empty timeline. */
    public static final ProjectedTimeline EMPTY = new ProjectedTimeline(TimelineIndex.EMPTY);

    private final TimelineIndex index;
    private final double[] x;
    private final double[] y;
    /** Positions whose event has a shape or a track, ascending, and their shapes; a bit set of them (null: none). */
    private final int[] shaped;
    private final WorldShape[] shapes;
    private final long[] shapedBits;
    /** A bit per event whose location is approximate (null: none is). */
    private final long[] approximateBits;

    private ProjectedTimeline(TimelineIndex index) {
        this.index = Objects.requireNonNull(index, "index");
        int n = index.size();
        x = new double[n];
        y = new double[n];
        LatLon last = null;
        double lx = Double.NaN, ly = Double.NaN;
        List<Integer> positions = new ArrayList<>();
        List<WorldShape> found = new ArrayList<>();
        long[] approx = null;
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
            if (e.geometry() != null || e.track() != null) {
                positions.add(i);
                found.add(e.track() != null ? WorldShape.of(e.track()) : WorldShape.of(e.geometry()));
            }
            if (e.isApproximate()) {
                if (approx == null) approx = new long[(n + 63) >>> 6];
                approx[i >>> 6] |= 1L << i;
            }
        }
        approximateBits = approx;
        shaped = positions.stream().mapToInt(Integer::intValue).toArray();
        shapes = found.toArray(WorldShape[]::new);
        shapedBits = shaped.length == 0 ? null : new long[(n + 63) >>> 6];
        for (int p : shaped) shapedBits[p >>> 6] |= 1L << p;
    }

    /** Tests whether the event at {@code position} has an approximate location (drawn and labelled as such). */
    public boolean isApproximate(int position) {
        return approximateBits != null && (approximateBits[position >>> 6] & (1L << position)) != 0;
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

    /** Tests whether the event at {@code position} has a shape (a line, a polygon, or a moving point's path). */
    public boolean hasShape(int position) {
        return shapedBits != null && (shapedBits[position >>> 6] & (1L << position)) != 0;
    }

    /** Gets how many events have a shape ({@link #hasShape}). */
    public int shapedCount() { return shaped.length; }

    /** Gets the position of the {@code k}-th event with a shape (0-based, ascending positions). */
    public int shapedPosition(int k) { return shaped[k]; }

    /** Gets how many events with a shape lie before {@code position}: where a scan of them from that position begins. O(log n). */
    public int shapedBefore(int position) {
        int lo = 0;
        int hi = shaped.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (shaped[mid] < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Tests whether any event of the timeline has a shape. */
    public boolean hasShapes() { return shapedBits != null; }

    /** Gets the world shape of the event at {@code position}, or null when it is a point or has no location. */
    public WorldShape shape(int position) {
        if (!hasShape(position)) return null;
        return shapes[Arrays.binarySearch(shaped, position)];
    }

    /**
     * Computes the world position of the event at {@code position} on day {@code date}: where a moving point is
     * that day (at noon UTC), otherwise its point. Returns null when the event has no location.
     */
    public LatLon positionOn(int position, java.time.LocalDate date) {
        return positionOn(index.get(position), date);
    }

    /** Gets where an event is on a date: a moving point where its track has it at noon UTC, otherwise its point (may be null). */
    public static LatLon positionOn(TimedEvent e, java.time.LocalDate date) {
        if (e.track() != null) return e.track().positionAt(date.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
        return e.point();
    }

    /** Gets an estimate of the heap bytes of the coordinates (16 per event, and the shapes' bit per event). */
    public long bytes() { return 2 * (16 + 8L * x.length) + (shapedBits == null ? 0 : 8L * shapedBits.length)
            + (approximateBits == null ? 0 : 8L * approximateBits.length); }
}
