package atlas.model;

/**
 * Counts of events by category and start day, for histograms: {@code count(c, a, b)} is the number of events of
 * category ordinal {@code c} starting on an epoch day in {@code [a, b)}. Uses prefix sums per category over the
 * days the events start on when that table is small enough, otherwise binary searches over the positions of each
 * category. Package-private: {@link TimelineIndex} hides it behind {@link TimelineIndex#histogram}.
 */
final class StartCounts {
    /** Prefix tables larger than this many ints (and than 8 per event) fall back to binary search. */
    private static final long MAX_PREFIX_INTS = 1L << 21;

    private final int base;
    private final int[][] prefix;
    private final int[] start;
    private final int[] byCategory;
    private final int[] categoryStart;

    /**
     * Computes the counts. {@code start} holds epoch start days in ascending order; {@code byCategory} lists the
     * positions of each category in ascending order, category {@code c} in {@code [categoryStart[c], categoryStart[c+1])}.
     */
    StartCounts(int[] start, byte[] category, int[] byCategory, int[] categoryStart) {
        this.start = start;
        this.byCategory = byCategory;
        this.categoryStart = categoryStart;
        int n = start.length;
        int cats = categoryStart.length - 1;
        long days = n == 0 ? 0 : (long) start[n - 1] - start[0] + 1;
        int present = 0;
        for (int c = 0; c < cats; c++) if (categoryStart[c + 1] > categoryStart[c]) present++;
        if (n > 0 && days * present <= Math.max(MAX_PREFIX_INTS, 8L * n)) {
            base = start[0];
            prefix = new int[cats][];
            for (int c = 0; c < cats; c++) if (categoryStart[c + 1] > categoryStart[c]) prefix[c] = new int[(int) days + 1];
            for (int i = 0; i < n; i++) prefix[category[i]][start[i] - base + 1]++;
            for (int[] p : prefix) if (p != null) for (int d = 1; d < p.length; d++) p[d] += p[d - 1];
        } else {
            base = 0;
            prefix = null;
        }
    }

    /** Gets the number of events of category ordinal {@code c} starting in {@code [a, b)} (epoch days). */
    int count(int c, int a, int b) {
        if (b <= a) return 0;
        if (prefix != null) {
            int[] p = prefix[c];
            if (p == null) return 0;
            return p[clamp(b - base, p.length - 1)] - p[clamp(a - base, p.length - 1)];
        }
        int lo = categoryStart[c];
        int hi = categoryStart[c + 1];
        return firstAtOrAfter(lo, hi, b) - firstAtOrAfter(lo, hi, a);
    }

    private static int clamp(int i, int max) { return i < 0 ? 0 : Math.min(i, max); }

    /** Gets the first index in {@code byCategory[lo, hi)} whose event starts on or after {@code day}. */
    private int firstAtOrAfter(int lo, int hi, int day) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[byCategory[mid]] < day) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Gets the heap bytes of the prefix table (0 when binary search is used). */
    long bytes() {
        long b = 0;
        if (prefix != null) for (int[] p : prefix) b += p == null ? 0 : 16 + 4L * p.length;
        return b;
    }
}
