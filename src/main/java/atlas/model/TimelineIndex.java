package atlas.model;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
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
    private static final Comparator<TimedEvent> BY_ID = (x, y) -> x.id().compareTo(y.id());
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
    /** Exclusive end day and category of the event of each entry of {@link #checkpointPositions} (contiguous scans). */
    private final int[] checkpointEndDay;
    private final byte[] checkpointCategory;
    /** Layer of the event at each position, or null when the index has one layer. */
    private final short[] layer;
    private final int layers;
    /** {@code id.hashCode() << 32 | position} of every event, ascending: lookup by id in O(log n). */
    private final long[] byIdHash;

    private TimelineIndex(List<List<TimedEvent>> inputLayers, List<TimedFeature> features) {
        if (inputLayers.size() > Short.MAX_VALUE) throw new IllegalArgumentException("too many layers: " + inputLayers.size());
        List<TimedEvent> input = new ArrayList<>();
        int[] layerEnd = new int[inputLayers.size()];
        for (int k = 0; k < inputLayers.size(); k++) {
            input.addAll(inputLayers.get(k));
            layerEnd[k] = input.size();
        }
        layers = Math.max(1, inputLayers.size());
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
        // Ties of day and id keep the input order (a stable sort), which puts the earlier layer first.
        layer = layers > 1 ? new short[n] : null;
        Integer[] order = null;
        for (int i = 0; i < n; i++) {
            int from = (int) keys[i];
            events[i] = input.get(from);
            start[i] = (int) (keys[i] >> 32);
            if (layer != null) layer[i] = (short) layerOfInput(layerEnd, from);
        }
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && start[j] == start[i]) j++;
            if (j - i > 1) {
                if (layer != null && (order == null || order.length < j - i)) order = new Integer[Math.max(16, j - i)];
                sortRunById(i, j, order);
            }
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
        checkpointEndDay = new int[checkpointPositions.length];
        checkpointCategory = new byte[checkpointPositions.length];
        int[] fill = Arrays.copyOf(checkpointStart, checkpoints);
        for (int i = 0; i < n; i++) {
            int first = firstCheckpoint(i, spacing);
            int count = checkpointCount(i, spacing);
            for (int k = first; k < first + count; k++) {
                int e = fill[k]++;
                checkpointPositions[e] = i;
                checkpointEndDay[e] = end[i];
                checkpointCategory[e] = category[i];
            }
        }
        eventList = Collections.unmodifiableList(Arrays.asList(events));
        byIdHash = new long[n];
        for (int i = 0; i < n; i++) byIdHash[i] = ((long) events[i].id().hashCode() << 32) | i;
        Arrays.sort(byIdHash);
    }

    /** Gets the layer of the input event at {@code i} from the layers' exclusive ends. */
    private static int layerOfInput(int[] layerEnd, int i) {
        int lo = 0;
        int hi = layerEnd.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (layerEnd[mid] <= i) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Sorts the positions {@code [i, j)} (one start day) by id, stably, moving their layers along. */
    private void sortRunById(int i, int j, Integer[] order) {
        if (layer == null) {
            Arrays.sort(events, i, j, BY_ID);
            return;
        }
        for (int k = i; k < j; k++) order[k - i] = k;
        Arrays.sort(order, 0, j - i, (x, y) -> events[x].id().compareTo(events[y].id()));
        TimedEvent[] sorted = new TimedEvent[j - i];
        short[] layers = layer == null ? null : new short[j - i];
        for (int k = 0; k < j - i; k++) {
            sorted[k] = events[order[k]];
            if (layers != null) layers[k] = layer[order[k]];
        }
        System.arraycopy(sorted, 0, events, i, j - i);
        if (layers != null) System.arraycopy(layers, 0, layer, i, j - i);
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
    public static TimelineIndex of(Dataset d) { return new TimelineIndex(List.of(d.events()), d.features()); }

    /** Computes the index of these events and features (the events in any order). */
    public static TimelineIndex of(List<TimedEvent> events, List<TimedFeature> features) {
        return new TimelineIndex(List.of(events), features);
    }

    /**
     * Computes one index over several layers' events (layer k is {@code layers.get(k)}, events in any order) and
     * these features. Ids need only be unique within a layer.
     */
    public static TimelineIndex ofLayers(List<List<TimedEvent>> layers, List<TimedFeature> features) {
        return new TimelineIndex(layers, features);
    }

    /** The empty index: no events, no features. */
    public static final TimelineIndex EMPTY = of(List.of(), List.of());

    /** Gets the number of events. */
    public int size() { return events.length; }

    /** Gets the event at position {@code i} of the timeline order. */
    public TimedEvent get(int i) { return events[i]; }

    /** Gets the category of the event at position {@code i}. */
    public Category category(int i) { return CATEGORIES[category[i]]; }

    /** Gets the layer (0-based, as given to {@link #ofLayers}) of the event at position {@code i}; 0 with one layer. */
    public int layerOf(int i) {
        if (i < 0 || i >= events.length) throw new IndexOutOfBoundsException("position " + i + ", size " + events.length);
        return layer == null ? 0 : layer[i];
    }

    /** Gets the number of layers the index was built from (at least 1). */
    public int layerCount() { return layers; }

    /**
     * Gets the position of an event in the timeline order, or -1. The event itself is looked for among the events of
     * its start day and id: the same instance first, so that equal records in two layers (one file imported twice)
     * stay two events for selection and stepping; otherwise the first equal record.
     */
    public int indexOf(TimedEvent e) {
        if (e == null) return -1;
        int s = firstDay(e);
        int hi = lowerBound(s + 1);
        int from = idLowerBound(lowerBound(s), hi, e.id());
        int equal = -1;
        for (int p = from; p < hi && events[p].id().equals(e.id()); p++) {
            if (events[p] == e) return p;
            if (equal < 0 && events[p].equals(e)) equal = p;
        }
        return equal;
    }

    /**
     * Gets the position of the event with this id, or -1. When several layers hold the id, the event of the first
     * layer; within it, ids are unique. Costs O(log n).
     */
    public int positionOf(String id) {
        if (id == null) return -1;
        long h = (long) id.hashCode() << 32;
        int lo = 0;
        int hi = byIdHash.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byIdHash[mid] < h) lo = mid + 1; else hi = mid;
        }
        int best = -1;
        for (int k = lo; k < byIdHash.length && (byIdHash[k] & 0xFFFFFFFF00000000L) == h; k++) {
            int p = (int) byIdHash[k];
            if (events[p].id().equals(id) && (best < 0 || layerOf(p) < layerOf(best))) best = p;
        }
        return best;
    }

    /** Gets the event with this id (the first layer's when several have it), or empty. */
    public Optional<TimedEvent> find(String id) {
        int p = positionOf(id);
        return p < 0 ? Optional.empty() : Optional.of(events[p]);
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
        return overlapping(d, d + 1, mask(categories)).events();
    }

    /** Computes the features valid on day {@code t}, in dataset order (features are few: a scan). */
    public List<TimedFeature> featuresAt(LocalDate t) {
        return features.stream().filter(f -> f.validity().contains(t)).toList();
    }

    /** Computes the events whose span overlaps {@code [from, until)}, in timeline order; empty when until <= from. */
    public List<TimedEvent> between(LocalDate from, LocalDate until) { return between(from, until, EnumSet.allOf(Category.class)); }

    /** Computes the events of these categories whose span overlaps {@code [from, until)}, in timeline order. */
    public List<TimedEvent> between(LocalDate from, LocalDate until, Set<Category> categories) {
        return positions(from, until, categories).events();
    }

    /**
     * Computes the positions of the events of these categories whose span overlaps {@code [from, until)}, ascending
     * (timeline order); empty when until <= from or no category is given. Costs O(log n + k) and copies no events:
     * the result refers to this index.
     */
    public Positions positions(LocalDate from, LocalDate until, Set<Category> categories) {
        return overlapping(day(from), day(until), mask(categories));
    }

    /** Computes the positions of all events of these categories, ascending: the whole timeline, filtered. */
    public Positions positions(Set<Category> categories) {
        return events.length == 0 ? overlapping(0, 0, 0)
                : overlapping(start[0], maxEnd, mask(categories));
    }

    /** Computes the events of these categories that start inside {@code [from, until)}, in timeline order. */
    public List<TimedEvent> startingBetween(LocalDate from, LocalDate until, Set<Category> categories) {
        int a = day(from);
        int b = day(until);
        if (b <= a) return List.of();
        return starting(lowerBound(a), lowerBound(b), mask(categories), null, 0, b).events();
    }

    /**
     * Gets the event after the cursor, for stepping: the cursor is a day {@code t} and optionally the event
     * currently selected. When {@code current} starts on {@code t}, events of the same day after it come next;
     * otherwise the first event starting after {@code t}. Empty at the end of the timeline.
     */
    public Optional<TimedEvent> next(LocalDate t, TimedEvent current, Set<Category> categories) {
        int d = day(t);
        int from = current != null && firstDay(current) == d ? after(current, d) : lowerBound(d + 1);
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
        int until = current != null && firstDay(current) == d ? before(current, d) : lowerBound(d);
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

    /** Gets the first position after {@code current} (which starts on day {@code d}): after itself when indexed. */
    private int after(TimedEvent current, int d) {
        int p = indexOf(current);
        return p >= 0 ? p + 1 : idUpperBound(lowerBound(d), lowerBound(d + 1), current.id());
    }

    /** Gets the position of {@code current} (which starts on day {@code d}), or where its id would be. */
    private int before(TimedEvent current, int d) {
        int p = indexOf(current);
        return p >= 0 ? p : idLowerBound(lowerBound(d), lowerBound(d + 1), current.id());
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
                + 16 + 4L * checkpointStart.length + 3 * 16 + 9L * checkpointPositions.length
                + (layer == null ? 0 : 16 + 2L * n)
                + 16 + 8 * n // byIdHash
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
    private Positions overlapping(int a, int b, int m) {
        if (b <= a || m == 0 || events.length == 0) return new Positions(this, NONE, 0, 0, 0, b);
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
                if (checkpointEndDay[i] > a && (m & (1 << checkpointCategory[i])) != 0) running[r++] = checkpointPositions[i];
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
        return starting(lowerBound(a), lowerBound(b), m, running, r, b);
    }

    private static final int[] NONE = new int[0];

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
    private Positions starting(int p, int q, int m, int[] prefix, int r, int untilDay) {
        // All categories: the events starting inside are one contiguous run of positions, kept as a range.
        if ((m & ALL) == ALL) return new Positions(this, prefix == null ? NONE : prefix, r, p, q, untilDay);
        int[] out = filtered(p, q, m, prefix, r);
        return new Positions(this, out, out.length, 0, 0, untilDay);
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
            int[] ends = new int[CATEGORIES.length + 1];
            int runs = 0;
            ends[0] = r;
            for (int c = 0; c < CATEGORIES.length; c++) {
                if ((m & (1 << c)) == 0 || hi[c] == lo[c]) continue;
                System.arraycopy(byCategory, lo[c], out, k, hi[c] - lo[c]);
                k += hi[c] - lo[c];
                ends[++runs] = k;
            }
            // each category's positions are ascending: merge the runs rather than sort them
            return runs > 1 ? mergeRuns(out, r, ends, runs) : out;
        }
        int[] out = new int[r + q - p];
        if (r > 0) System.arraycopy(prefix, 0, out, 0, r);
        int k = r;
        for (int i = p; i < q; i++) if ((m & (1 << category[i])) != 0) out[k++] = i;
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    /**
     * The result of a window query: positions of events in ascending (timeline) order, without copying the events
     * and without boxing. The first positions come from a small array, the rest are one contiguous range, so a
     * query over a long window costs no more memory than a short one. Immutable; it refers to its index.
     */
    public static final class Positions {
        private final TimelineIndex index;
        private final int[] prefix;
        private final int r;
        private final int from;
        private final int size;
        private final int untilDay;

        Positions(TimelineIndex index, int[] prefix, int r, int from, int to, int untilDay) {
            this.index = index;
            this.prefix = prefix;
            this.r = r;
            this.from = from;
            this.size = r + to - from;
            this.untilDay = untilDay;
        }

        /** Gets the number of positions. */
        public int size() { return size; }

        /** Tests whether there are none. */
        public boolean isEmpty() { return size == 0; }

        /** Gets the {@code i}-th position (0-based), a position of {@link #index()}. */
        public int position(int i) {
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException("index " + i + ", size " + size);
            return i < r ? prefix[i] : from + i - r;
        }

        /** Gets the index these positions belong to. */
        public TimelineIndex index() { return index; }

        /**
         * Gets how many positions are listed one by one before the contiguous run (events started before the window
         * and still running in it, or every position when a category filter applies); the others are the run
         * {@link #runStart()} .. {@link #runEnd()}, all of them after the listed ones.
         */
        public int listedCount() { return r; }

        /** Gets the first position of the contiguous run that ends these positions (see {@link #listedCount()}). */
        public int runStart() { return from; }

        /** Gets the position after the last of the contiguous run (equal to {@link #runStart()} when it is empty). */
        public int runEnd() { return from + size - r; }

        /** Gets where {@code position} is among these positions (0-based), or -1 when it is not one. O(log n). */
        public int indexOf(int position) {
            if (position >= from && position < from + size - r) {
                // the contiguous range; no prefix position is inside it
                return r + position - from;
            }
            int i = Arrays.binarySearch(prefix, 0, r, position);
            return i >= 0 ? i : -1;
        }

        /**
         * Gets how many days before the last day of the queried window the {@code i}-th event's last day lies:
         * 0 when the event runs to the window's end or beyond, up to the window's length for one that ended on its
         * first day. Used to fade older events.
         */
        public int ageDays(int i) { return Math.max(0, untilDay - index.end[position(i)]); }

        /** Gets the events at these positions, in order (an unmodifiable view, nothing copied). */
        public List<TimedEvent> events() { return new EventList(this); }

        /**
         * Calls {@code visitor} for every position in order with its age ({@link #ageDays}): the loop of a frame over
         * a million events, without a bounds check or a branch per element.
         */
        public void forEach(Visitor visitor) {
            int[] end = index.end;
            for (int i = 0; i < r; i++) {
                int p = prefix[i];
                visitor.visit(p, Math.max(0, untilDay - end[p]));
            }
            for (int p = from, to = from + size - r; p < to; p++) visitor.visit(p, Math.max(0, untilDay - end[p]));
        }

        /** What {@link #forEach} calls for each position. */
        @FunctionalInterface
        public interface Visitor {
            /** Takes one position and the age of its event in days (see {@link Positions#ageDays}). */
            void visit(int position, int ageDays);
        }
    }

    /** An unmodifiable list view of the events at some positions. */
    private static final class EventList extends AbstractList<TimedEvent> implements RandomAccess {
        private final Positions positions;

        EventList(Positions positions) { this.positions = positions; }

        @Override public TimedEvent get(int i) { return positions.index.events[positions.position(i)]; }

        @Override public int size() { return positions.size; }
    }
}
