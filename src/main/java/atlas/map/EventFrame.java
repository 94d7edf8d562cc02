package atlas.map;

import atlas.model.Category;
import atlas.model.TimedEvent;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the {@link EventLayer} draws for one date, window, filter and view: the events shown and the markers they
 * become after grid clustering in screen space. Pure computation (no toolkit), so it is tested and benchmarked
 * without a window. Immutable once computed.
 */
final class EventFrame {
    /** Side of a clustering cell in pixels: markers closer than this merge. */
    static final double CELL_PX = 26;
    private static final int CATEGORIES = Category.values().length;

    static final EventFrame EMPTY = new EventFrame(EventTable.EMPTY, new int[0], List.of(), null);

    private final EventTable table;
    private final int[] shownRows;
    final List<EventMarker> markers;
    /** The selected event's marker, drawn highlighted on top, or null when nothing is selected. */
    final EventMarker selected;

    private EventFrame(EventTable table, int[] shownRows, List<EventMarker> markers, EventMarker selected) {
        this.table = table;
        this.shownRows = shownRows;
        this.markers = markers;
        this.selected = selected;
    }

    /** Gets the events shown for the date (on screen or not), in timeline order. */
    List<TimedEvent> shownEvents() {
        return new AbstractList<>() {
            @Override public TimedEvent get(int i) { return table.event(shownRows[i]); }
            @Override public int size() { return shownRows.length; }
        };
    }

    int shownCount() { return shownRows.length; }

    /**
     * Computes the frame. Screen position of a row is {@code (ax * mx + bx, ay * my + by)} from its normalised
     * Web Mercator position; rows outside {@code width x height} (plus a margin) are shown but get no marker.
     *
     * @param selectedRow the selected event's row or -1; it is never clustered and always drawn
     */
    static EventFrame compute(EventTable t, LocalDate date, TimeWindow window, int categoryMask, int selectedRow,
                              double ax, double bx, double ay, double by, double width, double height) {
        long day = date.toEpochDay();
        LocalDate first = window.firstDay(date);
        long windowFirst = first.toEpochDay();
        long fadeFirst = windowFirst;
        int end = t.countStartingBefore(day + 1);

        int cols = Math.max(1, (int) Math.ceil(width / CELL_PX) + 2);
        int rows = Math.max(1, (int) Math.ceil(height / CELL_PX) + 2);
        int cells = cols * rows;
        int[] count = new int[cells];
        double[] sumX = new double[cells], sumY = new double[cells];
        float[] alpha = new float[cells];
        int[] latest = new int[cells];
        int[][] perCategory = null;

        int[] shown = new int[Math.min(end, 1024)];
        int n = 0;
        double margin = CELL_PX;
        for (int i = 0; i < end; i++) {
            if (t.untilDay[i] <= windowFirst) continue;
            if ((categoryMask & (1 << t.category[i])) == 0) continue;
            if (n == shown.length) shown = Arrays.copyOf(shown, Math.min(end, n * 2));
            shown[n++] = i;
            if (i == selectedRow) continue;
            double x = ax * t.mx[i] + bx, y = ay * t.my[i] + by;
            // written as a negation so that NaN (an event without location) is skipped too
            if (!(x >= -margin && y >= -margin && x <= width + margin && y <= height + margin)) continue;
            int cx = (int) ((x + margin) / CELL_PX), cy = (int) ((y + margin) / CELL_PX);
            if (cx >= cols || cy >= rows) continue;
            int c = cy * cols + cx;
            if (count[c] == 1) {
                // a second event joins the cell: start counting categories, including the first occupant's
                if (perCategory == null) perCategory = new int[cells][];
                perCategory[c] = new int[CATEGORIES];
                perCategory[c][t.category[latest[c]]]++;
            }
            if (count[c] >= 1) perCategory[c][t.category[i]]++;
            count[c]++;
            sumX[c] += x;
            sumY[c] += y;
            latest[c] = i;
            float a = (float) window.opacity(t.untilDay[i] - 1L, day, fadeFirst);
            if (a > alpha[c]) alpha[c] = a;
        }
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
                if (perCategory[o] == null) { perCategory[o] = new int[CATEGORIES]; perCategory[o][t.category[latest[o]]] = 1; }
                if (perCategory[c] == null) { perCategory[c] = new int[CATEGORIES]; perCategory[c][t.category[latest[c]]] = 1; }
                for (int q = 0; q < CATEGORIES; q++) perCategory[o][q] += perCategory[c][q];
                count[o] += count[c];
                sumX[o] += sumX[c];
                sumY[o] += sumY[c];
                latest[o] = Math.max(latest[o], latest[c]);
                alpha[o] = Math.max(alpha[o], alpha[c]);
                count[c] = 0;
                break;
            }
        }
        List<EventMarker> markers = new ArrayList<>();
        Category[] cats = Category.values();
        for (int c = 0; c < cells; c++) {
            if (count[c] == 0) continue;
            int row = latest[c];
            Category cat = cats[t.category[row]];
            if (count[c] > 1) cat = cats[argmax(perCategory[c])];
            markers.add(new EventMarker(sumX[c] / count[c], sumY[c] / count[c], count[c], cat, t.event(row), alpha[c]));
        }
        EventMarker selected = null;
        if (selectedRow >= 0 && selectedRow < t.size && !Double.isNaN(t.mx[selectedRow])) {
            selected = new EventMarker(ax * t.mx[selectedRow] + bx, ay * t.my[selectedRow] + by, 1,
                    cats[t.category[selectedRow]], t.event(selectedRow), 1.0);
        }
        return new EventFrame(t, Arrays.copyOf(shown, n), List.copyOf(markers), selected);
    }

    private static int argmax(int[] a) {
        int best = 0;
        for (int i = 1; i < a.length; i++) if (a[i] > a[best]) best = i;
        return best;
    }
}
