package atlas.ui;

import atlas.model.Bucket;
import atlas.model.Category;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.util.List;

/**
 * Event counts per bucket and category for the timeline's histogram, fast enough to recompute on every zoom of the
 * bar. When the events span at most {@value #MAX_PREFIX_DAYS} days, per-category running totals by day make a
 * bucket cost one subtraction per category, whatever the number of events; otherwise start days are kept as a
 * sorted int array and a span costs two binary searches and one pass over its events. Counts events by start day,
 * like {@link TimelineIndex#histogram}. Immutable.
 */
public final class EventCounts {
    private static final int CATEGORIES = Category.values().length;
    private final int[] startDay;
    private final byte[] category;
    /** Days covered by the running totals (about 270 years): beyond that, counting walks the events. */
    static final int MAX_PREFIX_DAYS = 100_000;
    /** {@code before[c][k]}: events of category c starting before day {@code firstDay + k}; null when too wide. */
    private final int[][] before;
    private final long firstDay;

    /** Computes the columns of an index's events (in its timeline order, which is sorted by start day). */
    public EventCounts(TimelineIndex index) {
        List<TimedEvent> events = index.events();
        startDay = new int[events.size()];
        category = new byte[events.size()];
        for (int i = 0; i < startDay.length; i++) {
            TimedEvent e = events.get(i);
            startDay[i] = (int) e.start().firstDay().toEpochDay();
            category[i] = (byte) e.category().ordinal();
        }
        long days = startDay.length == 0 ? 0 : (long) startDay[startDay.length - 1] - startDay[0] + 1;
        firstDay = startDay.length == 0 ? 0 : startDay[0];
        if (startDay.length == 0 || days > MAX_PREFIX_DAYS) {
            before = null;
        } else {
            before = new int[CATEGORIES][(int) days + 1];
            for (int i = 0; i < startDay.length; i++) before[category[i]][startDay[i] - (int) firstDay + 1]++;
            for (int[] row : before) for (int k = 1; k < row.length; k++) row[k] += row[k - 1];
        }
    }

    /** Gets the number of events. */
    public int size() { return startDay.length; }

    /**
     * Computes counts over {@code [from, until)}: {@code result[c][b]} is the number of events of
     * {@code Category.values()[c]} starting in bucket {@code b}; bucket 0 starts at {@code bucket.floor(from)}.
     */
    public int[][] count(LocalDate from, LocalDate until, Bucket bucket) {
        int n = bucket.count(from, until);
        int[][] out = new int[CATEGORIES][n];
        if (n == 0) return out;
        // bucket boundaries as epoch days: bounds[b] is the first day of bucket b, bounds[n] the end
        long[] bounds = new long[n + 1];
        LocalDate b = bucket.floor(from);
        for (int i = 0; i < n; i++) {
            bounds[i] = b.toEpochDay();
            b = bucket.next(b);
        }
        bounds[n] = Math.min(b.toEpochDay(), until.toEpochDay());
        if (before != null) {
            for (int c = 0; c < CATEGORIES; c++) {
                int[] row = before[c];
                int prev = totalBefore(row, bounds[0]);
                for (int k = 0; k < n; k++) {
                    int next = totalBefore(row, bounds[k + 1]);
                    out[c][k] = next - prev;
                    prev = next;
                }
            }
            return out;
        }
        int i = lowerBound(bounds[0]);
        int end = lowerBound(bounds[n]);
        int k = 0;
        for (; i < end; i++) {
            int d = startDay[i];
            while (d >= bounds[k + 1]) k++;
            out[category[i]][k]++;
        }
        return out;
    }

    private int totalBefore(int[] row, long day) {
        long k = day - firstDay;
        if (k <= 0) return 0;
        return row[(int) Math.min(k, row.length - 1)];
    }

    /** Gets the first position whose start day is not before {@code day}. */
    private int lowerBound(long day) {
        int lo = 0, hi = startDay.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startDay[mid] < day) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
