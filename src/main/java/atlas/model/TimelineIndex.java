package atlas.model;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The sorted, indexed timeline of a dataset's events and features.
 *
 * <p>Events are ordered by start day, then by id (a stable total order), and are addressed by their position in
 * that order. All spans are half-open: an event whose span ends at {@code t} is not active at {@code t}.
 * Queries return lists in that order, never null. Category filters take a set; an empty set means "none".
 *
 * <p>Storage is columnar, for a million events: the events in timeline order, their first and exclusive last
 * epoch days and category ordinals in primitive arrays, the positions grouped by category, and the positions
 * grouped by duration class (durations in {@code (2^(c-1), 2^c]} days). {@link #between} finds the events starting
 * inside the window by binary search; the ones that started earlier and are still running come from the list of
 * events running at the last checkpoint (every 64 days or more, so that the lists hold at most about four entries per
 * event) plus one binary search per duration class back to that checkpoint, so long events cost no more than short
 * ones: O(log n + k) per query, with k the result size plus the few listed or scanned events that ended just
 * before. Histograms use prefix sums per category and day ({@link StartCounts}).
 *
 * <p>This class is immutable and safe to share between threads.
 */
public final class TimelineIndex {
    /** The order of events on the timeline: start day, then id. */
    public static final Comparator<TimedEvent> ORDER =
            Comparator.comparing((TimedEvent e) -> e.start().firstDay()).thenComparing(TimedEvent::id);

    private static final Category[] CATEGORIES = Category.values();
    private static final int ALL = (1 << CATEGORIES.length) - 1;
    private static final int CLASSES = 32;

    private final TimedEvent[] events;
    private final List<TimedEvent> eventList;
    private final List<TimedFeature> features;
    /** First day (epoch day) of the event at each position, ascending. */
    private final int[] start;
    /** Exclusive last day (epoch day) of the event at each position. */
    private final int[] end;
    private final byte[] category;
    /** Positions grouped by category; category c is {@code byCategory[categoryStart[c] .. categoryStart[c+1])}. */
    private final int[] byCategory;
    private final int[] categoryStart;
    /** Positions grouped by duration class, ascending within each class. */
    private final int[] byClass;
    /** Start day, exclusive end day and category of the event at each entry of {@link #byClass} (contiguous scans). */
    private final int[] classStartDay;
    private final int[] classEndDay;
    private final byte[] classCategory;
    private final int[] classStart;
    private final int[] classMaxDays;
    private final int maxEnd;
    private final StartCounts counts;
    /**
     * Checkpoints every {@code checkpointDays} days from the first start day: checkpoint k lists, ascending, the
     * positions of the events started before its day and still running on it ({@code checkpointStart} holds the
     * offsets into {@code checkpointPositions}). A query then scans duration classes only back to the checkpoint.
     */
    private final int checkpointDays;
    private final int[] checkpointStart;
    private final int[] checkpointPositions;

    private TimelineIndex(List<TimedEvent> input, List<TimedFeature> features) {
        int n = input.size();
        this.features = List.copyOf(features);
        // Sort positions by start day with a primitive sort, then ties by id (runs of equal days are short).
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = ((long) firstDay(input.get(i)) << 32) | i;
        Arrays.sort(keys);
        events = new TimedEvent[n];
        start = new int[n];
        end = new int[n];
        category = new byte[n];
        for (int i = 0; i < n; i++) {
            events[i] = input.get((int) keys[i]);
            start[i] = (int) (keys[i] >> 32);
        }
        Comparator<TimedEvent> byId = (x, y) -> x.id().compareTo(y.id());
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && start[j] == start[i]) j++;
            if (j - i > 1) Arrays.sort(events, i, j, byId);
            i = j;
        }
        int[] catCount = new int[CATEGORIES.length + 1];
        int[] classCount = new int[CLASSES + 1];
        int[] classOf = new int[n];
        int last = Integer.MIN_VALUE;
        classMaxDays = new int[CLASSES];
        for (int i = 0; i < n; i++) {
            TimedEvent e = events[i];
            end[i] = endExclusive(e);
            category[i] = (byte) e.category().ordinal();
            int days = end[i] - start[i];
            int c = 32 - Integer.numberOfLeadingZeros(days - 1);
            classOf[i] = c;
            classMaxDays[c] = Math.max(classMaxDays[c], days);
            catCount[category[i] + 1]++;
            classCount[c + 1]++;
            last = Math.max(last, end[i]);
        }
        maxEnd = last;
        categoryStart = prefixSums(catCount);
        classStart = prefixSums(classCount);
        byCategory = new int[n];
        byClass = new int[n];
        int[] catFill = Arrays.copyOf(categoryStart, categoryStart.length);
        int[] classFill = Arrays.copyOf(classStart, classStart.length);
        classStartDay = new int[n];
        classEndDay = new int[n];
        classCategory = new byte[n];
        for (int i = 0; i < n; i++) {
            byCategory[catFill[category[i]]++] = i;
            int k = classFill[classOf[i]]++;
            byClass[k] = i;
            classStartDay[k] = start[i];
            classEndDay[k] = end[i];
            classCategory[k] = category[i];
        }
        counts = new StartCounts(start, category, byCategory, categoryStart);
        // Checkpoint spacing: 64 days, doubled until the lists hold at most about four entries per event.
        int spacing = 64;
        long entries;
        while (true) {
            entries = 0;
            for (int i = 0; i < n; i++) entries += checkpointCount(i, spacing);
            if (entries <= 4L * n + 1024 || spacing >= (1 << 24)) break;
            spacing *= 2;
        }
        checkpointDays = spacing;
        int checkpoints = n == 0 ? 0 : (start[n - 1] - start[0]) / spacing + 1;
        checkpointStart = new int[checkpoints + 1];
        for (int i = 0; i < n; i++) {
            int first = firstCheckpoint(i, spacing);
            int count = checkpointCount(i, spacing);
            for (int k = first; k < first + count; k++) checkpointStart[k + 1]++;
        }
        for (int k = 0; k < checkpoints; k++) checkpointStart[k + 1] += checkpointStart[k];
        checkpointPositions = new int[checkpointStart[checkpoints]];
        int[] fill = Arrays.copyOf(checkpointStart, checkpoints);
        for (int i = 0; i < n; i++) {
            int first = firstCheckpoint(i, spacing);
            int count = checkpointCount(i, spacing);
            for (int k = first; k < first + count; k++) checkpointPositions[fill[k]++] = i;
        }
        eventList = Collections.unmodifiableList(Arrays.asList(events));
    }

    /** Gets the first checkpoint strictly after the start of the event at position {@code i}. */
    private int firstCheckpoint(int i, int spacing) { return (start[i] - start[0]) / spacing + 1; }

    /** Gets how many checkpoints the event at position {@code i} runs across (start < checkpoint day < end). */
    private int checkpointCount(int i, int spacing) {
        int last = Math.min((end[i] - 1 - start[0]) / spacing, (start[start.length - 1] - start[0]) / spacing);
        return Math.max(0, last - firstCheckpoint(i, spacing) + 1);
    }

    private static int[] prefixSums(int[] counts) {
        int[] out = counts.clone();
        for (int i = 1; i < out.length; i++) out[i] += out[i - 1];
        return out;
    }

    private static int firstDay(TimedEvent e) { return epochDay(e.start().date()); }

    private static int endExclusive(TimedEvent e) {
        EventDate last = e.end() == null ? e.start() : e.end();
        if (last.precision() == DatePrecision.DAY) return epochDay(last.date()) + 1;
        return epochDay(last.endExclusive());
    }

    /** Days before each month in a common year. */
    private static final int[] DAYS_BEFORE_MONTH = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    /**
     * Gets {@code d.toEpochDay()} for years 1..9999 without the chronology calls of LocalDate (a third of the build
     * time at a million events); other years go through {@link #day}.
     */
    static int epochDay(LocalDate d) {
        int y = d.getYear();
        if (y < 1 || y > 9999) return day(d);
        int m = d.getMonthValue();
        int prior = y - 1;
        boolean leap = (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
        int days = 365 * prior + prior / 4 - prior / 100 + prior / 400 + DAYS_BEFORE_MONTH[m] + (leap && m > 2 ? 1 : 0)
                + d.getDayOfMonth() - 1;
        return days - 719162; // days from 0001-01-01 to 1970-01-01
    }

    /** Computes the index of a dataset's events and features. */
    public static TimelineIndex of(Dataset d) { return new TimelineIndex(d.events(), d.features()); }

    /** Computes the index of these events and features (the events in any order). */
    public static TimelineIndex of(List<TimedEvent> events, List<TimedFeature> features) { return new TimelineIndex(events, features); }

    /** Gets the number of events. */
    public int size() { return events.length; }

    /** Gets the event at position {@code i} of the timeline order. */
    public TimedEvent get(int i) { return events[i]; }

    /** Gets the position of an event (matched by start day and id) in the timeline order, or -1. */
    public int indexOf(TimedEvent e) {
        int s = firstDay(e);
        int lo = lowerBound(s);
        int p = idLowerBound(lo, lowerBound(s + 1), e.id());
        return p < events.length && start[p] == s && events[p].id().equals(e.id()) ? p : -1;
    }

    /** Gets all events in timeline order (an unmodifiable view). */
    public List<TimedEvent> events() { return eventList; }

    /** Gets the timed features, in dataset order. */
    public List<TimedFeature> features() { return features; }

    /** Gets the first day of the earliest event, or empty when there are none. */
    public Optional<LocalDate> firstDay() {
        return events.length == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(start[0]));
    }

    /** Gets the last day any event covers, or empty when there are none. */
    public Optional<LocalDate> lastDay() {
        return events.length == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(maxEnd - 1L));
    }

    /** Computes the events active on day {@code t} (span contains t), in timeline order. */
    public List<TimedEvent> at(LocalDate t) { return at(t, EnumSet.allOf(Category.class)); }

    /** Computes the events of these categories active on day {@code t}, in timeline order. */
    public List<TimedEvent> at(LocalDate t, Set<Category> categories) {
        int d = day(t);
        return overlapping(d, d + 1, mask(categories));
    }

    /** Computes the features valid on day {@code t}, in dataset order (features are few: a scan). */
    public List<TimedFeature> featuresAt(LocalDate t) {
        return features.stream().filter(f -> f.validity().contains(t)).toList();
    }

    /** Computes the events whose span overlaps {@code [from, until)}, in timeline order; empty when until <= from. */
    public List<TimedEvent> between(LocalDate from, LocalDate until) { return between(from, until, EnumSet.allOf(Category.class)); }

    /** Computes the events of these categories whose span overlaps {@code [from, until)}, in timeline order. */
    public List<TimedEvent> between(LocalDate from, LocalDate until, Set<Category> categories) {
        return overlapping(day(from), day(until), mask(categories));
    }

    /** Computes the events of these categories that start inside {@code [from, until)}, in timeline order. */
    public List<TimedEvent> startingBetween(LocalDate from, LocalDate until, Set<Category> categories) {
        int a = day(from);
        int b = day(until);
        if (b <= a) return List.of();
        return starting(lowerBound(a), lowerBound(b), mask(categories), null, 0);
    }

    /**
     * Gets the event after the cursor, for stepping: the cursor is a day {@code t} and optionally the event
     * currently selected. When {@code current} starts on {@code t}, events of the same day after it come next;
     * otherwise the first event starting after {@code t}. Empty at the end of the timeline.
     */
    public Optional<TimedEvent> next(LocalDate t, TimedEvent current, Set<Category> categories) {
        int d = day(t);
        int from = current != null && firstDay(current) == d
                ? idUpperBound(lowerBound(d), lowerBound(d + 1), current.id()) : lowerBound(d + 1);
        int m = mask(categories);
        int best = Integer.MAX_VALUE;
        if (m == ALL) best = from;
        else for (int c = 0; c < CATEGORIES.length; c++) {
            if ((m & (1 << c)) == 0) continue;
            int i = positionIndex(categoryStart[c], categoryStart[c + 1], from);
            if (i < categoryStart[c + 1]) best = Math.min(best, byCategory[i]);
        }
        return best < events.length ? Optional.of(events[best]) : Optional.empty();
    }

    /** Gets the event before the cursor; the mirror of {@link #next}. */
    public Optional<TimedEvent> previous(LocalDate t, TimedEvent current, Set<Category> categories) {
        int d = day(t);
        int until = current != null && firstDay(current) == d
                ? idLowerBound(lowerBound(d), lowerBound(d + 1), current.id()) : lowerBound(d);
        int m = mask(categories);
        int best = -1;
        if (m == ALL) best = until - 1;
        else for (int c = 0; c < CATEGORIES.length; c++) {
            if ((m & (1 << c)) == 0) continue;
            int i = positionIndex(categoryStart[c], categoryStart[c + 1], until);
            if (i > categoryStart[c]) best = Math.max(best, byCategory[i - 1]);
        }
        return best >= 0 ? Optional.of(events[best]) : Optional.empty();
    }

    /**
     * Computes event counts per bucket over {@code [from, until)}, by start day: {@code result[c][b]} is the number of
     * events of category {@code Category.values()[c]} starting in bucket {@code b} (bucket 0 starts at
     * {@code bucket.floor(from)}; the last bucket ends at {@code until}). Costs O(buckets x categories).
     */
    public int[][] histogram(LocalDate from, LocalDate until, Bucket bucket) {
        int n = bucket.count(from, until);
        int[][] out = new int[CATEGORIES.length][n];
        int limit = day(until);
        LocalDate b0 = bucket.floor(from);
        int a = day(b0);
        for (int b = 0; b < n; b++) {
            int next = switch (bucket) {
                case DAY -> a + 1;
                case WEEK -> a + 7;
                case MONTH -> day(b0.plusMonths(b + 1L));
                case YEAR -> day(b0.plusYears(b + 1L));
            };
            int z = Math.min(next, limit);
            for (int c = 0; c < CATEGORIES.length; c++) out[c][b] = counts.count(c, a, z);
            a = next;
        }
        return out;
    }

    /**
     * Gets an estimate of the heap bytes of this index's own arrays (positions, days, categories, groupings,
     * histogram table, references to the events), not counting the events themselves.
     */
    public long indexBytes() {
        long n = events.length;
        return 16 + 4 * n // event references (compressed oops)
                + 3 * (16 + 4 * n) // start, end, byCategory
                + 16 + n // category
                + 16 + 4 * n // byClass
                + 2 * (16 + 4 * n) + 16 + n // classStartDay, classEndDay, classCategory
                + 16 + 4L * checkpointStart.length + 16 + 4L * checkpointPositions.length
                + counts.bytes() + 4L * (categoryStart.length + classStart.length + classMaxDays.length);
    }

    /** Bounds of the epoch days stored and queried (about ±2.9 million years): far dates clamp, never overflow. */
    private static final long MIN_DAY = -(1L << 30);
    private static final long MAX_DAY = 1L << 30;

    /** Gets a query day as an epoch day, clamped so that LocalDate.MIN / MAX work as open ends. */
    private static int day(LocalDate d) { return (int) Math.max(MIN_DAY, Math.min(MAX_DAY, d.toEpochDay())); }

    private static int mask(Set<Category> categories) {
        int m = 0;
        for (Category c : categories) m |= 1 << c.ordinal();
        return m;
    }

    /** Gets the first position whose start day is {@code >= d}. */
    private int lowerBound(int d) {
        int lo = 0;
        int hi = start.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < d) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Gets the first position in {@code [lo, hi)} (one start day, sorted by id) whose id is {@code >= id}. */
    private int idLowerBound(int lo, int hi, String id) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events[mid].id().compareTo(id) < 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Gets the first position in {@code [lo, hi)} (one start day, sorted by id) whose id is {@code > id}. */
    private int idUpperBound(int lo, int hi, String id) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events[mid].id().compareTo(id) <= 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Gets the first index in {@code byCategory[lo, hi)} holding a position {@code >= p}. */
    private int positionIndex(int lo, int hi, int p) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byCategory[mid] < p) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Gets the first index in {@code byClass[lo, hi)} whose event starts on or after day {@code d}. */
    private int classLowerBound(int lo, int hi, int d) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (classStartDay[mid] < d) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Collects the positions of the events overlapping {@code [a, b)} (epoch days) whose category is in {@code m}. */
    private List<TimedEvent> overlapping(int a, int b, int m) {
        if (b <= a || m == 0 || events.length == 0) return List.of();
        // Events started before a and still running at a: per duration class, only those starting within the
        // class's longest duration before a can reach it. Each class yields an ascending run of positions.
        // Those started before the last checkpoint on or before a are listed at that checkpoint, in order.
        int[] running = new int[16];
        int[] runEnds = new int[CLASSES + 2];
        int runs = 0;
        int r = 0;
        int scanFrom = Integer.MIN_VALUE;
        if (checkpointStart.length > 1 && a > start[0]) {
            int k = Math.min(checkpointStart.length - 2, (a - start[0]) / checkpointDays);
            scanFrom = start[0] + k * checkpointDays;
            int from = checkpointStart[k];
            int to = checkpointStart[k + 1];
            if (to - from > running.length) running = new int[to - from];
            for (int i = from; i < to; i++) {
                int p = checkpointPositions[i];
                if (end[p] > a && (m & (1 << category[p])) != 0) running[r++] = p;
            }
        }
        int listed = r;
        runEnds[0] = r;
        for (int c = 0; c < CLASSES; c++) {
            int lo = classStart[c];
            int hi = classStart[c + 1];
            if (lo == hi) continue;
            int i = classLowerBound(lo, hi, Math.max(scanFrom, a - classMaxDays[c] + 1));
            int j = classLowerBound(i, hi, a);
            int before = r;
            for (; i < j; i++) {
                if (classEndDay[i] > a && (m & (1 << classCategory[i])) != 0) {
                    if (r == running.length) running = Arrays.copyOf(running, r * 2);
                    running[r++] = byClass[i];
                }
            }
            if (r > before) runEnds[++runs] = r;
        }
        if (runs > 1) running = mergeRuns(running, listed, runEnds, runs);
        return starting(lowerBound(a), lowerBound(b), m, running, r);
    }

    /**
     * Merges {@code runs} ascending runs of {@code a} (run k is {@code [ends[k], ends[k+1])}, {@code ends[0] == offset})
     * pairwise in passes, keeping {@code a[0, offset)} in front: O(k log runs), cheaper than sorting.
     */
    private static int[] mergeRuns(int[] a, int offset, int[] ends, int runs) {
        int[] src = a;
        int[] dst = new int[a.length];
        if (offset > 0) System.arraycopy(a, 0, dst, 0, offset);
        int[] bounds = Arrays.copyOf(ends, runs + 1);
        while (runs > 1) {
            int out = offset;
            int merged = 0;
            for (int x = 0; x < runs; x += 2) {
                int i = bounds[x];
                int iEnd = bounds[x + 1];
                int j = x + 1 < runs ? bounds[x + 1] : iEnd;
                int jEnd = x + 1 < runs ? bounds[x + 2] : iEnd;
                while (i < iEnd && j < jEnd) dst[out++] = src[i] <= src[j] ? src[i++] : src[j++];
                while (i < iEnd) dst[out++] = src[i++];
                while (j < jEnd) dst[out++] = src[j++];
                bounds[++merged] = out;
            }
            runs = merged;
            int[] t = src;
            src = dst;
            dst = t;
        }
        return src;
    }

    /**
     * Gets the events at positions {@code prefix[0, r)} followed by those in {@code [p, q)} whose category is in
     * {@code m}, in timeline order (all of {@code prefix} lies before {@code p}).
     */
    private List<TimedEvent> starting(int p, int q, int m, int[] prefix, int r) {
        // All categories: the events starting inside are one contiguous run of positions, kept as a range.
        if ((m & ALL) == ALL) return new Positions(events, prefix, r, p, q);
        int[] out = filtered(p, q, m, prefix, r);
        return new Positions(events, out, out.length, 0, 0);
    }

    /** Gets {@code prefix[0, r)} followed by the positions in {@code [p, q)} whose category is in {@code m}, ascending. */
    private int[] filtered(int p, int q, int m, int[] prefix, int r) {
        int selected = Integer.bitCount(m & ALL);
        int total = 0;
        if (selected * 2 <= CATEGORIES.length) {
            int[] lo = new int[CATEGORIES.length];
            int[] hi = new int[CATEGORIES.length];
            for (int c = 0; c < CATEGORIES.length; c++) {
                if ((m & (1 << c)) == 0) continue;
                lo[c] = positionIndex(categoryStart[c], categoryStart[c + 1], p);
                hi[c] = positionIndex(lo[c], categoryStart[c + 1], q);
                total += hi[c] - lo[c];
            }
            int[] out = new int[r + total];
            if (r > 0) System.arraycopy(prefix, 0, out, 0, r);
            int k = r;
            for (int c = 0; c < CATEGORIES.length; c++) {
                if ((m & (1 << c)) == 0) continue;
                System.arraycopy(byCategory, lo[c], out, k, hi[c] - lo[c]);
                k += hi[c] - lo[c];
            }
            if (selected > 1) Arrays.sort(out, r, k);
            return out;
        }
        int[] out = new int[r + q - p];
        if (r > 0) System.arraycopy(prefix, 0, out, 0, r);
        int k = r;
        for (int i = p; i < q; i++) if ((m & (1 << category[i])) != 0) out[k++] = i;
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    /**
     * An unmodifiable list of the events at some positions, without copying the events: the first {@code r}
     * positions listed in {@code prefix}, then the contiguous positions {@code [from, to)}.
     */
    private static final class Positions extends AbstractList<TimedEvent> implements RandomAccess {
        private final TimedEvent[] events;
        private final int[] prefix;
        private final int r;
        private final int from;
        private final int size;

        Positions(TimedEvent[] events, int[] prefix, int r, int from, int to) {
            this.events = events;
            this.prefix = prefix;
            this.r = r;
            this.from = from;
            this.size = r + to - from;
        }

        @Override public TimedEvent get(int i) {
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException("index " + i + ", size " + size);
            return events[i < r ? prefix[i] : from + i - r];
        }

        @Override public int size() { return size; }
    }
}
