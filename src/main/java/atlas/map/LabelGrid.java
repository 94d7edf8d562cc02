package atlas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The boxes taken by labels in one frame, in a uniform grid of cells, so that testing a new box costs the few boxes
 * in the cells it covers rather than every label placed. Boxes may lie partly off screen. One per frame; not shared
 * between threads.
 */
final class LabelGrid {
    /** Side of a cell in pixels: about one short label. */
    static final double CELL_PX = 64;

    private final Map<Long, List<LabelBox>> cells = new HashMap<>();
    private final List<LabelBox> all = new ArrayList<>();

    /** Tests whether {@code b} overlaps no box added so far. */
    boolean isFree(LabelBox b) {
        int x0 = cell(b.x()), x1 = cell(b.maxX()), y0 = cell(b.y()), y1 = cell(b.maxY());
        for (int cy = y0; cy <= y1; cy++) {
            for (int cx = x0; cx <= x1; cx++) {
                List<LabelBox> in = cells.get(key(cx, cy));
                if (in == null) continue;
                for (LabelBox o : in) if (o.intersects(b)) return false;
            }
        }
        return true;
    }

    /** Takes the area of {@code b}. */
    void add(LabelBox b) {
        all.add(b);
        int x0 = cell(b.x()), x1 = cell(b.maxX()), y0 = cell(b.y()), y1 = cell(b.maxY());
        for (int cy = y0; cy <= y1; cy++)
            for (int cx = x0; cx <= x1; cx++) cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(b);
    }

    /** Gets every box added, in order. */
    List<LabelBox> boxes() { return all; }

    private static int cell(double v) { return (int) Math.floor(v / CELL_PX); }

    private static long key(int cx, int cy) { return ((long) cx << 32) ^ (cy & 0xffffffffL); }
}
