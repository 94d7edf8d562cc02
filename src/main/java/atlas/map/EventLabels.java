package atlas.map;

import atlas.model.TimedEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Places event labels around their markers in one pass over a {@link LabelGrid}: the names to keep clear (towns,
 * regions) and every labelled marker's ring are taken first, then each label, in order, takes the first free place
 * among eight around its marker, then the same further out (drawn with a leader line), then with its title shortened;
 * a label that finds no free place inside the view gives way (is not drawn). Pure: no toolkit, text measured by the
 * caller.
 */
public final class EventLabels {
    /** Horizontal padding inside a selected event's label box, in pixels. */
    static final double PAD_X = 8;
    /** Height of a selected event's label (title and date) and of a highlight's label (title), in pixels. */
    static final double DATED_H = 34, PLAIN_H = 20;
    /** Extra distance of each ring of places further out, in pixels. */
    static final double STEP_OUT_PX = 26;
    /** Room kept around the names to keep clear, in pixels. */
    static final double AIR_PX = 2;
    /** The title lengths tried, in characters: the whole (up to 60), then shorter. */
    private static final int[] TITLE_LENGTHS = {60, 36, 20};
    /** Directions around the marker as (dx, dy) signs: right, left, above, below and the diagonals. */
    private static final int[][] AROUND_HIGHLIGHT = {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {1, 1}, {-1, -1}, {-1, 1}};
    private static final int[][] AROUND_SELECTED = {{0, -1}, {1, 0}, {-1, 0}, {0, 1}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}};

    /** Which line of a label a text is (fonts differ). */
    public enum Line { TITLE, DATE, HIGHLIGHT }

    /** Measures a text as drawn on a line of a label, in pixels. */
    @FunctionalInterface
    public interface Measure {
        double width(String text, Line line);
    }

    /**
     * A label to place: the event, its marker's screen position and ring radius, its title, and its date line (null
     * for a one-line highlight label).
     */
    public record Request(TimedEvent event, double x, double y, double ringPx, String title, String date) {}

    /**
     * A placed label: its box, the (possibly shortened) title, the date line or null, whether it stands apart from
     * its marker (a leader line joins them), and its marker's position and ring.
     */
    public record Placement(TimedEvent event, LabelBox box, String title, String date, boolean leader,
                            double anchorX, double anchorY, double ringPx) {}

    private EventLabels() {}

    /**
     * Computes where the labels go in a view of {@code width} x {@code height} pixels, in request order (earlier
     * requests choose first). Labels of markers outside the view are not placed.
     */
    public static List<Placement> place(List<Request> requests, List<LabelBox> keepClear, double width, double height,
                                        Measure measure) {
        LabelGrid grid = new LabelGrid();
        for (LabelBox b : keepClear) grid.add(b.grown(AIR_PX));
        for (Request r : requests) grid.add(new LabelBox(r.x() - r.ringPx(), r.y() - r.ringPx(), 2 * r.ringPx(), 2 * r.ringPx()));
        List<Placement> out = new ArrayList<>();
        for (Request r : requests) {
            if (r.x() < 0 || r.y() < 0 || r.x() > width || r.y() > height) continue;
            Placement p = placeOne(r, grid, width, height, measure);
            if (p != null) {
                out.add(p);
                grid.add(p.box().grown(1));
            }
        }
        return out;
    }

    private static Placement placeOne(Request r, LabelGrid grid, double width, double height, Measure m) {
        boolean dated = r.date() != null;
        int[][] around = dated ? AROUND_SELECTED : AROUND_HIGHLIGHT;
        double h = dated ? DATED_H : PLAIN_H;
        double gap = r.ringPx() + 4;
        for (String title : titles(r.title())) {
            double w = dated ? Math.max(m.width(title, Line.TITLE), m.width(r.date(), Line.DATE)) + 2 * PAD_X
                    : m.width(title, Line.HIGHLIGHT) + 10;
            for (int ring = 0; ring < 3; ring++) {
                double d = gap + ring * STEP_OUT_PX;
                for (int[] a : around) {
                    // the box's near side (or corner) at distance d from the marker, centred on the other axis
                    double x = a[0] > 0 ? r.x() + d : a[0] < 0 ? r.x() - d - w : r.x() - w / 2;
                    double y = a[1] > 0 ? r.y() + d : a[1] < 0 ? r.y() - d - h : r.y() - h / 2;
                    LabelBox b = new LabelBox(x, y, w, h);
                    if (b.x() < 2 || b.y() < 2 || b.maxX() > width - 2 || b.maxY() > height - 2) continue;
                    if (grid.isFree(b)) return new Placement(r.event(), b, title, r.date(), ring > 0, r.x(), r.y(), r.ringPx());
                }
            }
        }
        return null;
    }

    /** Gets the titles tried: the whole (cut at 60 characters), then shorter, each cut at a word with an ellipsis. */
    static List<String> titles(String title) {
        Set<String> out = new LinkedHashSet<>();
        for (int n : TITLE_LENGTHS) out.add(shorten(title, n));
        return List.copyOf(out);
    }

    /** Gets {@code s} cut to at most {@code n} characters, at a word boundary when one is near, with an ellipsis. */
    static String shorten(String s, int n) {
        if (s.length() <= n) return s;
        int cut = s.lastIndexOf(' ', n - 1);
        if (cut < n / 2) cut = n - 1;
        return s.substring(0, cut).stripTrailing().replaceAll("[,;:–-]+$", "") + "…";
    }
}
