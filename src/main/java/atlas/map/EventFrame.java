package atlas.map;

import atlas.geo.ProjectedTimeline;
import atlas.geo.Viewport;
import atlas.geo.WebMercator;
import atlas.geo.WorldShape;
import atlas.model.Category;
import atlas.model.LatLon;
import atlas.model.TimeWindow;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the {@link EventLayer} draws for one date, window, filter and view: the events shown and the markers they
 * become after grid clustering in screen space. The events come from the one timeline query
 * ({@link TimelineIndex#positions}); the only per-event data kept here is the map's own, the projected position
 * ({@link ProjectedTimeline}). Pure computation (no toolkit), so it is tested and benchmarked without a window.
 * Immutable once computed.
 */
final class EventFrame {
    /** Side of a clustering cell in pixels: markers closer than this merge. */
    static final double CELL_PX = 26;
    private static final Category[] CATS = Category.values();
    private static final int CATEGORIES = CATS.length;

    static final EventFrame EMPTY = new EventFrame(() -> TimelineIndex.EMPTY.positions(Set.of()), List.of(), null, List.of());

    /**
     * Shortest run of events (in positions) for which a frame uses a {@link CellIndex} rather than visiting them: below
     * it the visit costs less than a look at every occupied cell. The run must also start at the first event (all up
     * to now, or a span from before the data): then every bucket's range starts at its start and its minima and
     * maxima are read, not scanned; a window starting later costs about as much from the cells as by visiting.
     */
    static final int CELLS_FROM_EVENTS = 20_000;

    /**
     * The shape of a shown event (a line, a polygon, a moving point's path), drawn under the markers: its layer
     * (place among the visible layers), category, opacity and whether it is approximate or a moving point's path.
     */
    record Shape(WorldShape shape, TimedEvent event, Category category, int layer, double opacity, boolean approximate,
                 boolean track) {}

    /** The shown events' positions, found when first asked for (a frame from a {@link CellIndex} never needs them). */
    private java.util.function.Supplier<TimelineIndex.Positions> shownQuery;
    private TimelineIndex.Positions shown;
    final List<EventMarker> markers;
    /** The selected event's marker, drawn highlighted on top, or null when nothing is selected or it has no point. */
    final EventMarker selected;
    /** The shapes of the shown events that have one, in timeline order (the selected one included). */
    final List<Shape> shapes;

    private EventFrame(java.util.function.Supplier<TimelineIndex.Positions> shown, List<EventMarker> markers, EventMarker selected,
                       List<Shape> shapes) {
        this.shownQuery = shown;
        this.markers = markers;
        this.selected = selected;
        this.shapes = shapes;
    }

    /** Gets the events shown for the date (on screen or not, with a point or not), in timeline order. */
    List<TimedEvent> shownEvents() { return shown().events(); }

    int shownCount() { return shown().size(); }

    private TimelineIndex.Positions shown() {
        if (shown == null) {
            shown = shownQuery.get();
            shownQuery = null;
        }
        return shown;
    }

    /** Gets the number of clustering columns of a view {@code widthPx} wide (a margin of one cell on each side). */
    static int cols(double widthPx) { return Math.max(1, (int) Math.ceil(widthPx / CELL_PX) + 2); }

    /** Gets the number of clustering rows of a view {@code heightPx} high. */
    static int rows(double heightPx) { return Math.max(1, (int) Math.ceil(heightPx / CELL_PX) + 2); }

    /**
     * Computes the frame for a view. Events outside the view (plus a margin) or without a point are shown but get
     * no marker.
     *
     * @param selectedPosition the selected event's position in the timeline, or -1; it is never clustered and always drawn
     */
    static EventFrame compute(ProjectedTimeline t, LocalDate date, TimeWindow window, Set<Category> categories,
                              int selectedPosition, Viewport view) {
        return compute(t, date, window, categories, selectedPosition, view, null);
    }

    /**
     * Computes the frame for a view as {@link #compute(ProjectedTimeline, LocalDate, TimeWindow, Set, int, Viewport)}
     * does, with the help of {@code cellIndex} when it was built for this timeline and view and the window reaches back
     * to the first event with a long run of events (see {@link #CELLS_FROM_EVENTS}): the run's events on the view are
     * then taken per (cell, category) from the cells' running totals (two searches each, next to the last frame's)
     * instead of one by one, so the cost follows the occupied cells, not the events in the window. The result is the
     * same (cluster centres up to the rounding of their sums).
     *
     * @param cellIndex the cells of this timeline and view, or null (then every shown event is visited)
     */
    static EventFrame compute(ProjectedTimeline t, LocalDate date, TimeWindow window, Set<Category> categories,
                              int selectedPosition, Viewport view, CellIndex cellIndex) {
        return compute(t, date, window, categories, selectedPosition, view, cellIndex, -1);
    }

    /**
     * Same as above; the cells are used when the window's run holds at least {@code cellsFrom} events, or with -1 when
     * it starts at the first event and holds {@link #CELLS_FROM_EVENTS} (tests give 0: cells for any window).
     */
    static EventFrame compute(ProjectedTimeline t, LocalDate date, TimeWindow window, Set<Category> categories,
                              int selectedPosition, Viewport view, CellIndex cellIndex, int cellsFrom) {
        // the view is affine in world coordinates: one scale and two offsets for every event of the frame
        double ax = view.worldSizePx(), ay = ax, bx = view.screenX(0), by = view.screenY(0);
        double width = view.widthPx(), height = view.heightPx();
        TimelineIndex index = t.index();
        LocalDate first = window.firstDay(date);
        LocalDate until = window.endExclusive(date);
        int windowDays = (int) Math.max(0, Math.min(Integer.MAX_VALUE, ChronoUnit.DAYS.between(first, date)));

        Grid g = new Grid(t, date, window, windowDays, selectedPosition, ax, bx, ay, by, width, height);
        java.util.function.Supplier<TimelineIndex.Positions> shownQuery;
        TimelineIndex.Positions all = cellIndex != null && cellIndex.isFor(t, view) && !categories.isEmpty()
                ? index.positions(first, until, EnumSet.allOf(Category.class)) : null;
        if (all != null && (cellsFrom >= 0 ? all.runEnd() - all.runStart() >= cellsFrom
                : all.runStart() == 0 && all.listedCount() == 0 && all.runEnd() >= CELLS_FROM_EVENTS)) {
            cellIndex.fill(g, all, categories, selectedPosition, until);
            Set<Category> shownCategories = EnumSet.copyOf(categories);
            shownQuery = shownCategories.size() == CATEGORIES ? () -> all : () -> index.positions(first, until, shownCategories);
        } else {
            TimelineIndex.Positions shown = index.positions(first, until, categories);
            shown.forEach(g);
            shownQuery = () -> shown;
        }
        int cols = g.cols, cells = g.cells;
        int[] count = g.count, latest = g.latest;
        double[] sumX = g.sumX, sumY = g.sumY;
        float[] alpha = g.alpha;
        int[][] perCategory = g.perCategory;
        int[] cellLayer = g.cellLayer, approximate = g.approximate;
        boolean layered = cellLayer != null;
        double[] minWX = g.minWX, minWY = g.minWY, maxWX = g.maxWX, maxWY = g.maxWY;
        // Markers near a cell border fall into two cells: merge a cell into an earlier neighbour (left or above)
        // whose centre is closer than a cell, so one place never shows two touching clusters.
        for (int c = 0; c < cells; c++) {
            if (count[c] == 0) continue;
            int cx = c % cols, cy = c / cols;
            for (int k = 0; k < 4; k++) {
                int nx = cx + (k == 0 ? -1 : k - 2), ny = cy - (k == 0 ? 0 : 1);
                if (nx < 0 || ny < 0 || nx >= cols) continue;
                int o = ny * cols + nx;
                if (count[o] == 0) continue;
                double dx = sumX[o] / count[o] - sumX[c] / count[c], dy = sumY[o] / count[o] - sumY[c] / count[c];
                if (dx * dx + dy * dy >= CELL_PX * CELL_PX) continue;
                if (perCategory == null) perCategory = new int[cells][];
                if (perCategory[o] == null) { perCategory[o] = new int[CATEGORIES]; perCategory[o][index.category(latest[o]).ordinal()] = 1; }
                if (perCategory[c] == null) { perCategory[c] = new int[CATEGORIES]; perCategory[c][index.category(latest[c]).ordinal()] = 1; }
                for (int q = 0; q < CATEGORIES; q++) perCategory[o][q] += perCategory[c][q];
                if (layered && cellLayer[o] != cellLayer[c]) cellLayer[o] = EventMarker.MIXED;
                approximate[o] += approximate[c];
                count[o] += count[c];
                minWX[o] = Math.min(minWX[o], minWX[c]); maxWX[o] = Math.max(maxWX[o], maxWX[c]);
                minWY[o] = Math.min(minWY[o], minWY[c]); maxWY[o] = Math.max(maxWY[o], maxWY[c]);
                sumX[o] += sumX[c];
                sumY[o] += sumY[c];
                latest[o] = Math.max(latest[o], latest[c]);
                alpha[o] = Math.max(alpha[o], alpha[c]);
                count[c] = 0;
                break;
            }
        }
        List<EventMarker> markers = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            if (count[c] == 0) continue;
            int p = latest[c];
            Category cat = count[c] > 1 ? CATS[argmax(perCategory[c])] : index.category(p);
            markers.add(new EventMarker(sumX[c] / count[c], sumY[c] / count[c], count[c], cat, index.get(p), alpha[c],
                    layered ? cellLayer[c] : 0, approximate[c] == count[c], minWX[c], minWY[c], maxWX[c], maxWY[c]));
        }
        EventMarker selected = null;
        if (selectedPosition >= 0 && selectedPosition < index.size() && t.hasPoint(selectedPosition)) {
            LatLon at = t.positionOn(selectedPosition, date);
            double wx = WebMercator.worldX(at.lon()), wy = WebMercator.worldY(at.lat());
            selected = new EventMarker(ax * wx + bx, ay * wy + by, 1,
                    index.category(selectedPosition), index.get(selectedPosition), 1.0, index.layerOf(selectedPosition),
                    t.isApproximate(selectedPosition), wx, wy, wx, wy);
        }
        return new EventFrame(shownQuery, List.copyOf(markers), selected, List.copyOf(g.shapes));
    }

    /**
     * The grid of clustering cells one frame fills: every shown event with a point on (or near) the screen falls
     * into a cell, which counts its events, their categories, the sum of their positions, the latest and the most
     * opaque, the layer of its events (or MIXED) and how many are approximate. Events without a point (NaN) and
     * off-screen ones are skipped. Events with a shape are collected for drawing; a moving point falls where it is on
     * the date.
     */
    static final class Grid implements TimelineIndex.Positions.Visitor {
        final int cols, rows, cells;
        final int[] count, latest;
        final double[] sumX, sumY;
        final float[] alpha;
        /** The extent of each cell's events in world coordinates, for zooming to a cluster. */
        final double[] minWX, minWY, maxWX, maxWY;
        int[][] perCategory;
        /** The layer of each cell's events, or MIXED; null when the timeline has one layer. */
        final int[] cellLayer;
        final int[] approximate;
        final List<Shape> shapes = new ArrayList<>();
        private final boolean anyShapes;
        private final LocalDate date;
        final ProjectedTimeline t;
        private final TimelineIndex index;
        private final TimeWindow window;
        private final int windowDays, selected;
        private final double ax, bx, ay, by, width, height;
        private static final double MARGIN = CELL_PX;

        Grid(ProjectedTimeline t, LocalDate date, TimeWindow window, int windowDays, int selected, double ax, double bx,
             double ay, double by, double width, double height) {
            this.t = t;
            this.date = date;
            this.index = t.index();
            this.window = window;
            this.windowDays = windowDays;
            this.selected = selected;
            this.ax = ax;
            this.bx = bx;
            this.ay = ay;
            this.by = by;
            this.width = width;
            this.height = height;
            cols = cols(width);
            rows = rows(height);
            cells = cols * rows;
            count = new int[cells];
            latest = new int[cells];
            sumX = new double[cells];
            sumY = new double[cells];
            alpha = new float[cells];
            cellLayer = t.index().layerCount() > 1 ? new int[cells] : null;
            approximate = new int[cells];
            anyShapes = t.hasShapes();
            minWX = new double[cells];
            minWY = new double[cells];
            maxWX = new double[cells];
            maxWY = new double[cells];
        }

        @Override public void visit(int p, int ageDays) {
            double wx, wy;
            if (anyShapes && t.hasShape(p)) {
                TimedEvent e = index.get(p);
                shapes.add(new Shape(t.shape(p), e, index.category(p), index.layerOf(p), window.opacity(ageDays, windowDays),
                        t.isApproximate(p), e.track() != null));
                if (p == selected) return;
                // a moving point is drawn where it is on the date, not where it started
                LatLon at = t.positionOn(p, date);
                wx = WebMercator.worldX(at.lon());
                wy = WebMercator.worldY(at.lat());
            } else {
                if (p == selected) return;
                wx = t.worldX(p);
                wy = t.worldY(p);
            }
            double x = ax * wx + bx, y = ay * wy + by;
            // NaN (no point) fails every comparison: test for "inside" rather than "outside"
            if (!(x >= -MARGIN && y >= -MARGIN && x <= width + MARGIN && y <= height + MARGIN)) return;
            int cx = (int) ((x + MARGIN) / CELL_PX), cy = (int) ((y + MARGIN) / CELL_PX);
            if (cx >= cols || cy >= rows) return;
            int c = cy * cols + cx;
            int cat = index.category(p).ordinal();
            if (count[c] == 1) {
                // a second event joins the cell: start counting categories, including the first occupant's
                if (perCategory == null) perCategory = new int[cells][];
                perCategory[c] = new int[CATEGORIES];
                perCategory[c][index.category(latest[c]).ordinal()]++;
            }
            if (count[c] >= 1) perCategory[c][cat]++;
            if (cellLayer != null) {
                int l = index.layerOf(p);
                cellLayer[c] = count[c] == 0 || cellLayer[c] == l ? l : EventMarker.MIXED;
            }
            if (t.isApproximate(p)) approximate[c]++;
            if (count[c] == 0) {
                minWX[c] = maxWX[c] = wx;
                minWY[c] = maxWY[c] = wy;
            } else {
                if (wx < minWX[c]) minWX[c] = wx; else if (wx > maxWX[c]) maxWX[c] = wx;
                if (wy < minWY[c]) minWY[c] = wy; else if (wy > maxWY[c]) maxWY[c] = wy;
            }
            count[c]++;
            sumX[c] += x;
            sumY[c] += y;
            // visits come in timeline order, except those a frame from cells mixes with whole buckets
            if (p > latest[c] || count[c] == 1) latest[c] = p;
            // the window ends the day after the date (a span window draws everything opaque): the age counted from
            // the window's end is the age seen from the date; a cell already opaque needs no more
            if (alpha[c] < 1f) {
                float a = (float) window.opacity(ageDays, windowDays);
                if (a > alpha[c]) alpha[c] = a;
            }
        }

        /**
         * Adds the totals of {@code n >= 1} events of category {@code cat}, none of them with a shape or selected, to
         * cell {@code c}, as visiting each of them would: {@code last} is the latest of them, {@code youngestAge} the
         * smallest age in days (the most opaque).
         */
        void add(int c, int n, double sx, double sy, int cat, int last, int youngestAge, int layer, int approx,
                 double loWX, double loWY, double hiWX, double hiWY) {
            if (count[c] == 0) {
                if (n > 1) {
                    if (perCategory == null) perCategory = new int[cells][];
                    perCategory[c] = new int[CATEGORIES];
                    perCategory[c][cat] = n;
                }
                latest[c] = last;
                if (cellLayer != null) cellLayer[c] = layer;
                minWX[c] = loWX; minWY[c] = loWY; maxWX[c] = hiWX; maxWY[c] = hiWY;
            } else {
                if (count[c] == 1) {
                    if (perCategory == null) perCategory = new int[cells][];
                    perCategory[c] = new int[CATEGORIES];
                    perCategory[c][index.category(latest[c]).ordinal()]++;
                }
                perCategory[c][cat] += n;
                if (last > latest[c]) latest[c] = last;
                if (cellLayer != null && cellLayer[c] != layer) cellLayer[c] = EventMarker.MIXED;
                minWX[c] = Math.min(minWX[c], loWX); minWY[c] = Math.min(minWY[c], loWY);
                maxWX[c] = Math.max(maxWX[c], hiWX); maxWY[c] = Math.max(maxWY[c], hiWY);
            }
            approximate[c] += approx;
            count[c] += n;
            sumX[c] += sx;
            sumY[c] += sy;
            if (alpha[c] < 1f) {
                float a = (float) window.opacity(youngestAge, windowDays);
                if (a > alpha[c]) alpha[c] = a;
            }
        }
    }

    private static int argmax(int[] a) {
        int best = 0;
        for (int i = 1; i < a.length; i++) if (a[i] > a[best]) best = i;
        return best;
    }
}
