package atlas.map;

import atlas.geo.ProjectedTimeline;
import atlas.geo.Viewport;
import atlas.model.Category;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The events of one timeline grouped by the clustering cell they fall in for one view and by category, with running
 * totals, so that a frame of a long time window (all up to now) costs a few binary searches per occupied cell instead
 * of a visit of every event in the window: "how many events of cell c and category k lie in positions [a, b), where is
 * their centre, their extent, their latest, their youngest" is two binary searches and a few subtractions.
 *
 * <p>A bucket holds the events of one (cell, category) pair in timeline order; each entry keeps the totals from the
 * bucket's start up to and including itself: screen x and y sums (the same {@code ax * worldX + bx} a frame computes,
 * for the same view), the count of approximate locations, the smallest age against the timeline's last day, the
 * extent in world coordinates, and the start of its run of one layer. Sums and counts subtract for any range of a
 * bucket; minima and maxima hold for ranges starting at the bucket's start (a window from the first event: all up to
 * now, a span before the data), other ranges scan their entries. Events without a point, off the view, or with a shape
 * (lines, polygons, moving points, which a frame draws and places by date) are not in it: a frame visits those itself.
 *
 * <p>Built off the FX thread for one (timeline, view) pair, in O(n) time and about 80 bytes per event on or near the
 * view; pure computation. Immutable once built except for its search hints (where each bucket's range was found last:
 * while the date moves a little, the next range is found next to them rather than by a binary search); the hints only
 * speed up a search, whose result is checked, so frames may be computed from any thread, one at a time. See
 * {@link EventFrame}.
 */
final class CellIndex {
    private static final int CATEGORIES = Category.values().length;

    private final ProjectedTimeline timeline;
    private final Viewport view;
    final int cols, rows;
    /** Entries of bucket {@code cell * CATEGORIES + category} are {@code [bucketStart[key], bucketStart[key + 1])}. */
    final int[] bucketStart;
    /** The position of each entry, ascending within a bucket. */
    final int[] position;
    /** Running totals from the bucket's start through the entry (see the class comment). */
    final double[] sumX, sumY, minWX, minWY, maxWX, maxWY;
    /** Each entry's world position, for ranges that do not start at their bucket's start (scanned in order). */
    final double[] worldX, worldY;
    /** Running smallest age and each entry's own age, in days before the timeline's last day (see {@link #ageOffset}). */
    final int[] minAge, age;
    /** Running count of approximate locations, or null when the timeline has none. */
    final int[] approximate;
    /** The first entry of each entry's run of events of one layer within its bucket, or null with one layer. */
    final int[] layerRun;
    /** Where each bucket's range started and ended in the last frame (hints for {@link #seek}). */
    private final int[] startHint, endHint;
    /** The exclusive last day of the timeline's events, as an epoch day: an entry's age counts back from it. */
    private final long lastEnd;

    private CellIndex(ProjectedTimeline timeline, Viewport view) {
        this.timeline = timeline;
        this.view = view;
        TimelineIndex index = timeline.index();
        int n = index.size();
        double ax = view.worldSizePx(), ay = ax, bx = view.screenX(0), by = view.screenY(0);
        double width = view.widthPx(), height = view.heightPx(), margin = EventFrame.CELL_PX;
        cols = EventFrame.cols(width);
        rows = EventFrame.rows(height);
        int keys = cols * rows * CATEGORIES;
        bucketStart = new int[keys + 1];
        startHint = new int[keys];
        endHint = new int[keys];
        int[] keyOf = new int[n];
        boolean anyShapes = timeline.hasShapes();
        boolean anyApproximate = false;
        for (int p = 0; p < n; p++) {
            keyOf[p] = -1;
            if (anyShapes && timeline.hasShape(p)) continue;
            // the same arithmetic as a frame's, so that every event falls in the cell a frame would put it in
            double x = ax * timeline.worldX(p) + bx, y = ay * timeline.worldY(p) + by;
            if (!(x >= -margin && y >= -margin && x <= width + margin && y <= height + margin)) continue;
            int cx = (int) ((x + margin) / EventFrame.CELL_PX), cy = (int) ((y + margin) / EventFrame.CELL_PX);
            if (cx >= cols || cy >= rows) continue;
            int key = (cy * cols + cx) * CATEGORIES + index.category(p).ordinal();
            keyOf[p] = key;
            bucketStart[key + 1]++;
            anyApproximate |= timeline.isApproximate(p);
        }
        for (int k = 0; k < keys; k++) bucketStart[k + 1] += bucketStart[k];
        int m = bucketStart[keys];
        position = new int[m];
        // every event's age against the end of the whole timeline: the index's own query gives it without epoch days
        int[] ageOf = new int[n];
        index.positions(EnumSet.allOf(Category.class)).forEach((p, a) -> ageOf[p] = a);
        lastEnd = index.lastDay().map(d -> d.toEpochDay() + 1).orElse(0L);
        sumX = new double[m];
        sumY = new double[m];
        minWX = new double[m];
        minWY = new double[m];
        maxWX = new double[m];
        maxWY = new double[m];
        minAge = new int[m];
        age = new int[m];
        worldX = new double[m];
        worldY = new double[m];
        approximate = anyApproximate ? new int[m] : null;
        layerRun = index.layerCount() > 1 ? new int[m] : null;
        // one pass in timeline order (every read in order) puts each event's own values in its entry; approximate
        // holds 0 or 1 and layerRun the layer until the pass below turns them into running totals and runs
        int[] fill = java.util.Arrays.copyOf(bucketStart, keys);
        for (int p = 0; p < n; p++) {
            if (keyOf[p] < 0) continue;
            int k = fill[keyOf[p]]++;
            position[k] = p;
            worldX[k] = timeline.worldX(p);
            worldY[k] = timeline.worldY(p);
            age[k] = ageOf[p];
            if (approximate != null && timeline.isApproximate(p)) approximate[k] = 1;
            if (layerRun != null) layerRun[k] = index.layerOf(p);
        }
        keyOf = null;
        for (int key = 0; key < keys; key++) {
            int from = bucketStart[key], to = bucketStart[key + 1];
            int previousLayer = -1;
            for (int k = from; k < to; k++) {
                double wx = worldX[k], wy = worldY[k];
                // the same arithmetic as a frame's: the sums are of the very values a visit adds
                double x = ax * wx + bx, y = ay * wy + by;
                if (layerRun != null) {
                    int l = layerRun[k];
                    layerRun[k] = k == from || l != previousLayer ? k : layerRun[k - 1];
                    previousLayer = l;
                }
                if (k == from) {
                    sumX[k] = x;
                    sumY[k] = y;
                    minWX[k] = maxWX[k] = wx;
                    minWY[k] = maxWY[k] = wy;
                    minAge[k] = age[k];
                } else {
                    sumX[k] = sumX[k - 1] + x;
                    sumY[k] = sumY[k - 1] + y;
                    minWX[k] = Math.min(minWX[k - 1], wx);
                    maxWX[k] = Math.max(maxWX[k - 1], wx);
                    minWY[k] = Math.min(minWY[k - 1], wy);
                    maxWY[k] = Math.max(maxWY[k - 1], wy);
                    minAge[k] = Math.min(minAge[k - 1], age[k]);
                    if (approximate != null) approximate[k] += approximate[k - 1];
                }
            }
        }
    }

    /** Computes the cells of a timeline for a view (O(n); off the FX thread for large timelines). */
    static CellIndex of(ProjectedTimeline timeline, Viewport view) { return new CellIndex(timeline, view); }

    /** Tests whether this was built for this timeline (the same instance) and view. */
    boolean isFor(ProjectedTimeline t, Viewport v) { return timeline == t && view.equals(v); }

    /** Gets the number of entries (events on or near the view, without a shape). */
    int size() { return position.length; }

    /** Gets the number of buckets: cells times categories, empty ones included. */
    int buckets() { return bucketStart.length - 1; }

    /**
     * Gets what to add to an entry's age (days before the timeline's last day) to get its age in a window whose
     * exclusive end is the epoch day {@code untilDay}, as {@link TimelineIndex.Positions#ageDays} counts it (before
     * clamping at 0).
     */
    long ageOffset(long untilDay) { return untilDay - lastEnd; }

    /**
     * Fills a frame's grid with its shown events from these cells (built for the frame's timeline and view): the
     * listed events (started before the window) and the run's events with a shape are visited one by one; each bucket
     * of the run adds its range's totals, except the bucket holding the selected event, whose other events are visited
     * (the selected one is never clustered). {@code all} is the window's positions of every category.
     */
    void fill(EventFrame.Grid g, TimelineIndex.Positions all, Set<Category> categories, int selected, LocalDate until) {
        TimelineIndex index = all.index();
        ProjectedTimeline t = g.t;
        boolean[] shownCategory = new boolean[CATEGORIES];
        for (Category c : categories) shownCategory[c.ordinal()] = true;
        int listed = all.listedCount(), runStart = all.runStart(), runEnd = all.runEnd();
        for (int i = 0; i < listed; i++) {
            int p = all.position(i);
            if (shownCategory[index.category(p).ordinal()]) g.visit(p, all.ageDays(i));
        }
        for (int k = t.shapedBefore(runStart), n = t.shapedCount(); k < n; k++) {
            int p = t.shapedPosition(k);
            if (p >= runEnd) break;
            if (shownCategory[index.category(p).ordinal()]) g.visit(p, all.ageDays(listed + p - runStart));
        }
        long untilDay = Math.max(-(1L << 30), Math.min(1L << 30, until.toEpochDay()));
        long offset = ageOffset(untilDay);
        for (int key = 0, keys = buckets(); key < keys; key++) {
            int bs = bucketStart[key], be = bucketStart[key + 1];
            if (bs == be) continue;
            int cat = key % CATEGORIES;
            if (!shownCategory[cat]) continue;
            int i = position[bs] >= runStart ? bs : seekStart(key, bs, be, runStart);
            int j = position[be - 1] < runEnd ? be : seekEnd(key, i, be, runEnd);
            if (i >= j) continue;
            int cell = key / CATEGORIES;
            if (selected >= position[i] && selected <= position[j - 1]) {
                int s = lowerBound(i, j, selected);
                if (s < j && position[s] == selected) {
                    for (int k = i; k < j; k++) g.visit(position[k], ageDays(k, offset));
                    continue;
                }
            }
            double sx = sumX[j - 1], sy = sumY[j - 1];
            int approx = approximate == null ? 0 : approximate[j - 1];
            double lowWX, lowWY, highWX, highWY;
            int youngestEntry;
            if (i == bs) {
                lowWX = minWX[j - 1]; lowWY = minWY[j - 1]; highWX = maxWX[j - 1]; highWY = maxWY[j - 1];
                youngestEntry = minAge[j - 1];
            } else {
                sx -= sumX[i - 1];
                sy -= sumY[i - 1];
                if (approximate != null) approx -= approximate[i - 1];
                // minima and maxima do not subtract: scan the range (a window that starts after the first event)
                lowWX = lowWY = Double.POSITIVE_INFINITY;
                highWX = highWY = Double.NEGATIVE_INFINITY;
                youngestEntry = Integer.MAX_VALUE;
                for (int k = i; k < j; k++) {
                    double wx = worldX[k], wy = worldY[k];
                    if (wx < lowWX) lowWX = wx;
                    if (wx > highWX) highWX = wx;
                    if (wy < lowWY) lowWY = wy;
                    if (wy > highWY) highWY = wy;
                    if (age[k] < youngestEntry) youngestEntry = age[k];
                }
            }
            int layer = layerRun == null ? 0 : layerRun[j - 1] <= i ? index.layerOf(position[j - 1]) : EventMarker.MIXED;
            // opacity falls with age: the youngest event of the range is the most opaque
            int youngest = (int) Math.max(0, Math.min(Integer.MAX_VALUE, youngestEntry + offset));
            g.add(cell, j - i, sx, sy, cat, position[j - 1], youngest, layer, approx, lowWX, lowWY, highWX, highWY);
        }
    }

    /** Gets the age of entry {@code k} in a window, as {@link TimelineIndex.Positions#ageDays} gives it ({@link #ageOffset}). */
    int ageDays(int k, long ageOffset) { return (int) Math.max(0, Math.min(Integer.MAX_VALUE, age[k] + ageOffset)); }

    /** Gets the first entry of bucket {@code key}'s {@code [lo, hi)} whose position is {@code >= p}: the start of a range. */
    int seekStart(int key, int lo, int hi, int p) { return startHint[key] = seek(lo, hi, startHint[key], p); }

    /** Gets the first entry of bucket {@code key}'s {@code [lo, hi)} whose position is {@code >= p}: the end of a range. */
    int seekEnd(int key, int lo, int hi, int p) { return endHint[key] = seek(lo, hi, endHint[key], p); }

    /**
     * Gets the first entry of {@code [lo, hi)} whose position is {@code >= p}, looking first at {@code hint} and the
     * entry after it (a date moved by a step), then by binary search.
     */
    private int seek(int lo, int hi, int hint, int p) {
        int h = Math.max(lo, Math.min(hi, hint));
        if (h == lo || position[h - 1] < p) {
            if (h == hi || position[h] >= p) return h;
            if (h + 1 == hi || position[h + 1] >= p) return h + 1;
            return lowerBound(h + 2, hi, p);
        }
        return lowerBound(lo, h - 1, p);
    }

    /** Gets the first entry of {@code [lo, hi)} whose position is {@code >= p}. */
    int lowerBound(int lo, int hi, int p) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (position[mid] < p) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Gets an estimate of the heap bytes of this index. */
    long bytes() {
        long m = position.length;
        return 4L * bucketStart.length + m * (4 + 8 * 8 + 2 * 4 + (approximate == null ? 0 : 4) + (layerRun == null ? 0 : 4));
    }
}
