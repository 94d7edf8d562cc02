package atlas.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits lines around boxes (the names on the map), so that a line is drawn up to a name and on after it rather than
 * through its letters: pure geometry (Liang–Barsky clipping of each segment against each box near it), no clip mask
 * on the canvas, so a frame costs a few comparisons per segment.
 */
final class LineGaps {
    private static final double EPS = 1e-9;

    private LineGaps() {}

    /**
     * Computes the runs of a polyline (the first {@code n} points of {@code xs}, {@code ys}; with {@code closed} the
     * segment back to the first point too) that lie outside every box, in order. Each run is {@code {xs, ys}} with at
     * least two points. A line touching no box comes back as one run.
     */
    static List<double[][]> outside(double[] xs, double[] ys, int n, boolean closed, List<LabelBox> boxes) {
        List<Run> runs = new ArrayList<>();
        if (n < 2) return List.of();
        Run run = null;
        int segments = closed ? n : n - 1;
        List<double[]> cut = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
            int j = (i + 1) % n;
            double x0 = xs[i], y0 = ys[i], x1 = xs[j], y1 = ys[j];
            cut.clear();
            double minX = Math.min(x0, x1), maxX = Math.max(x0, x1), minY = Math.min(y0, y1), maxY = Math.max(y0, y1);
            for (LabelBox b : boxes) {
                if (b.maxX() < minX || b.x() > maxX || b.maxY() < minY || b.y() > maxY) continue;
                double[] t = inside(x0, y0, x1, y1, b);
                if (t != null) cut.add(t);
            }
            cut.sort((a, b) -> Double.compare(a[0], b[0]));
            double from = 0;
            for (double[] c : cut) {
                if (c[0] > from + EPS) run = piece(runs, run, x0, y0, x1, y1, from, c[0]);
                if (c[0] > from + EPS || c[1] > from) run = null;
                from = Math.max(from, c[1]);
            }
            if (from < 1 - EPS) run = piece(runs, run, x0, y0, x1, y1, from, 1);
            else run = null;
        }
        List<double[][]> out = new ArrayList<>(runs.size());
        for (Run r : runs) out.add(r.toArrays());
        return out;
    }

    /** Adds the visible piece [a, b] of a segment, continuing the open run when the piece starts where it ends. */
    private static Run piece(List<Run> runs, Run run, double x0, double y0, double x1, double y1, double a, double b) {
        double ax = x0 + (x1 - x0) * a, ay = y0 + (y1 - y0) * a, bx = x0 + (x1 - x0) * b, by = y0 + (y1 - y0) * b;
        if (run == null || a > EPS) {
            run = new Run();
            run.add(ax, ay);
            runs.add(run);
        }
        run.add(bx, by);
        return run;
    }

    /** Computes the part of a segment inside a box as parameters {t0, t1} (0..1), or null when it misses the box. */
    static double[] inside(double x0, double y0, double x1, double y1, LabelBox b) {
        double dx = x1 - x0, dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - b.x(), b.maxX() - x0, y0 - b.y(), b.maxY() - y0};
        double t0 = 0, t1 = 1;
        for (int k = 0; k < 4; k++) {
            if (Math.abs(p[k]) < EPS) {
                if (q[k] < 0) return null;
            } else {
                double r = q[k] / p[k];
                if (p[k] < 0) t0 = Math.max(t0, r); else t1 = Math.min(t1, r);
            }
        }
        return t0 < t1 ? new double[]{t0, t1} : null;
    }

    /** A run being built. */
    private static final class Run {
        double[] x = new double[8], y = new double[8];
        int size;

        void add(double px, double py) {
            if (size == x.length) {
                x = java.util.Arrays.copyOf(x, size * 2);
                y = java.util.Arrays.copyOf(y, size * 2);
            }
            x[size] = px;
            y[size++] = py;
        }

        double[][] toArrays() { return new double[][]{java.util.Arrays.copyOf(x, size), java.util.Arrays.copyOf(y, size)}; }
    }
}
