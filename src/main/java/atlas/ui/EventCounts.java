package atlas.ui;

import atlas.model.Bucket;
import atlas.model.Category;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.util.List;

/**
 * Event counts per bucket and category for the timeline's histogram, fast enough to recompute on every zoom of the
 * bar: start days are kept as a sorted int array, so counting a visible span costs two binary searches and one
 * pass over the events inside it. Counts events by start day, like {@link TimelineIndex#histogram}. Immutable.
 */
public final class EventCounts {
    private static final int CATEGORIES = Category.values().length;
    private final int[] startDay;
    private final byte[] category;

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
