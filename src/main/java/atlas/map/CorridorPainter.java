package atlas.map;

import atlas.map.CorridorScene.Item;
import atlas.map.CorridorScene.Shape;
import atlas.map.CorridorScene.View;
import atlas.model.FeatureKind;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws corridor items on a canvas: bands as translucent areas, routes by status with a white casing, the
 * 1992–2020 road dashed brown, approximate points hollow and dashed, and "schematic" along schematic lines.
 * Reuses its coordinate buffers between frames; call on the FX thread (or any one thread per instance).
 */
final class CorridorPainter {
    private static final double[] OLD_ROAD_DASH = {10, 6};
    private static final double[] ALT_DASH = {14, 7};
    private static final double[] CLOSED_DASH = {6, 6};
    private static final double[] LINK_DASH = {4, 5};
    private static final double[] APPROX_DASH = {3, 3};
    private static final Font LABEL = AtlasFonts.italic(11);
    private static final Font SYMBOL = AtlasFonts.font(true, 8);

    private static final double[] GHOST_DASH = {7, 5};
    /** The other date's corridor in the compare mode: one neutral colour, so it never reads as a status. */
    private static final Color GHOST = Color.web("#3b2d4f", 0.55);
    private static final Color GHOST_CASING = Color.web("#ffffff", 0.5);

    private final CorridorPalette palette;
    private double[] bx = new double[64], by = new double[64];
    private List<LabelBox> keepClear = List.of();
    /** Room left between a name and a line broken under it, in pixels. */
    private static final double KEEP_CLEAR_PX = 4.5;
    private double width, height;

    CorridorPainter(CorridorPalette palette) { this.palette = palette; }

    /**
     * Clears the canvas area and draws the active items, bottom to top; {@code hovered} (may be null) gets its
     * error radius drawn when it is an approximate point. {@code metresPerPx} sizes error circles.
     */
    void paint(GraphicsContext gc, List<Item> active, View v, Item hovered, double width, double height, double metresPerPx) {
        paint(gc, active, List.of(), v, hovered, width, height, metresPerPx);
    }

    /** Same as the other {@code paint}, with another date's corridor drawn first as a faint ghost ({@link #paintGhost}). */
    void paint(GraphicsContext gc, List<Item> active, List<Item> ghost, View v, Item hovered, double width, double height,
               double metresPerPx) {
        paint(gc, active, ghost, v, hovered, width, height, metresPerPx, List.of());
    }

    /**
     * Same as the other {@code paint}, with the lines (routes, roads, band outlines) broken where they would cross
     * {@code keepClear} (the names on the map).
     */
    void paint(GraphicsContext gc, List<Item> active, List<Item> ghost, View v, Item hovered, double width, double height,
               double metresPerPx, List<LabelBox> keepClear) {
        gc.clearRect(0, 0, width, height);
        if (!ghost.isEmpty()) paintGhost(gc, ghost, v);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        // grown by half the widest line and its round cap: the gap leaves the letters clear, not just their box
        List<LabelBox> grown = new java.util.ArrayList<>(keepClear.size());
        for (LabelBox b : keepClear) if (b.maxX() > -10 && b.maxY() > -10 && b.x() < width + 10 && b.y() < height + 10) grown.add(b.grown(KEEP_CLEAR_PX));
        this.keepClear = grown;
        this.width = width;
        this.height = height;
        for (Item it : active) {
            switch (it.shape()) {
                case AREA -> area(gc, it, v);
                case LINE -> line(gc, it, v);
                case POINT -> { }
            }
        }
        for (Item it : active) if (it.shape() == Shape.LINE && it.feature().schematic()) schematicLabel(gc, it, v, width, height);
        for (Item it : active) if (it.shape() == Shape.POINT) point(gc, it, v);
        if (hovered != null && hovered.shape() == Shape.POINT && hovered.feature().approximate() && metresPerPx > 0) {
            double r = hovered.feature().errorKm() * 1000 / metresPerPx;
            double x = v.x(hovered.xs()[0][0]), y = v.y(hovered.ys()[0][0]);
            gc.setLineDashes(APPROX_DASH);
            gc.setLineWidth(1.5);
            gc.setStroke(palette.of(hovered.kind(), hovered.feature().status()));
            gc.setFill(palette.of(hovered.kind(), hovered.feature().status()).deriveColor(0, 1, 1, 0.10));
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            gc.setLineDashes((double[]) null);
        }
    }

    /**
     * Draws the lines of another date's corridor (the compare mode's "ghost") faint, dashed and in one neutral colour,
     * under what {@link #paint} draws next; the canvas is not cleared.
     */
    void paintGhost(GraphicsContext gc, List<Item> ghost, View v) {
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (Item it : ghost) {
            if (it.shape() != Shape.LINE) continue;
            for (int p = 0; p < it.xs().length; p++) {
                int n = project(it.xs()[p], it.ys()[p], v);
                gc.setLineDashes((double[]) null);
                gc.setStroke(GHOST_CASING);
                gc.setLineWidth(6);
                gc.strokePolyline(bx, by, n);
                gc.setLineDashes(GHOST_DASH);
                gc.setStroke(GHOST);
                gc.setLineWidth(3.5);
                gc.strokePolyline(bx, by, n);
            }
        }
        gc.setLineDashes((double[]) null);
    }

    private void area(GraphicsContext gc, Item it, View v) {
        Color c = palette.of(FeatureKind.CORRIDOR_ROUTE, it.feature().status());
        gc.beginPath();
        for (int p = 0; p < it.xs().length; p++) {
            int n = project(it.xs()[p], it.ys()[p], v);
            gc.moveTo(bx[0], by[0]);
            for (int i = 1; i < n; i++) gc.lineTo(bx[i], by[i]);
            gc.closePath();
        }
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setFill(c.deriveColor(0, 1, 1, 0.16));
        gc.fill();
        gc.setStroke(c.deriveColor(0, 1, 1, 0.55));
        gc.setLineWidth(1);
        gc.setLineDashes(CLOSED_DASH);
        if (keepClear.isEmpty()) {
            gc.stroke();
        } else {
            // the outline breaks under the names, the fill does not
            for (int p = 0; p < it.xs().length; p++) {
                int n = project(it.xs()[p], it.ys()[p], v);
                for (double[][] run : LineGaps.outside(bx, by, n, true, keepClear)) gc.strokePolyline(run[0], run[1], run[0].length);
            }
        }
        gc.setLineDashes((double[]) null);
    }

    private void line(GraphicsContext gc, Item it, View v) {
        FeatureKind k = it.kind();
        Color c = palette.of(k, it.feature().status());
        double w = switch (k) { case LACHIN_ROAD_1992 -> 3.5; case TEMPORARY_LINK -> 1.4; case ALTERNATIVE_ROUTE -> 3; default -> 4.5; };
        double[] dash = switch (k) {
            case LACHIN_ROAD_1992 -> OLD_ROAD_DASH;
            case ALTERNATIVE_ROUTE -> ALT_DASH;
            case TEMPORARY_LINK -> LINK_DASH;
            default -> it.feature().status() == atlas.model.FeatureStatus.CLOSED ? CLOSED_DASH : null;
        };
        for (int p = 0; p < it.xs().length; p++) {
            int n = project(it.xs()[p], it.ys()[p], v);
            // the line breaks under the names (a gap as wide as the name's box), so no line runs through letters
            List<double[][]> runs = keepClear.isEmpty() ? List.<double[][]>of(new double[][]{bx, by})
                    : LineGaps.outside(bx, by, n, false, keepClear);
            for (double[][] run : runs) {
                int m = keepClear.isEmpty() ? n : run[0].length;
                if (k != FeatureKind.TEMPORARY_LINK) {
                    gc.setLineDashes((double[]) null);
                    gc.setStroke(palette.casing().deriveColor(0, 1, 1, 0.85));
                    gc.setLineWidth(w + 3);
                    gc.strokePolyline(run[0], run[1], m);
                }
                gc.setLineDashes(dash);
                gc.setStroke(c);
                gc.setLineWidth(w);
                gc.strokePolyline(run[0], run[1], m);
            }
        }
        gc.setLineDashes((double[]) null);
    }

    private void schematicLabel(GraphicsContext gc, Item it, View v, double width, double height) {
        if (it.kind() == FeatureKind.TEMPORARY_LINK) return;
        double best = 0, ax = 0, ay = 0, bxx = 0, byy = 0;
        for (int p = 0; p < it.xs().length; p++) {
            int n = project(it.xs()[p], it.ys()[p], v);
            for (int i = 0; i + 1 < n; i++) {
                double mx = (bx[i] + bx[i + 1]) / 2, my = (by[i] + by[i + 1]) / 2;
                if (mx < 0 || my < 0 || mx > width || my > height) continue;
                double len = Math.hypot(bx[i + 1] - bx[i], by[i + 1] - by[i]);
                if (len > best) { best = len; ax = bx[i]; ay = by[i]; bxx = bx[i + 1]; byy = by[i + 1]; }
            }
        }
        if (best < 90) return;
        double angle = Math.toDegrees(Math.atan2(byy - ay, bxx - ax));
        if (angle > 90) angle -= 180;
        if (angle < -90) angle += 180;
        gc.save();
        gc.translate((ax + bxx) / 2, (ay + byy) / 2);
        gc.rotate(angle);
        gc.setFont(LABEL);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        String text = atlas.i18n.Texts.get(it.kind() == FeatureKind.LACHIN_ROAD_1992 ? "corridor.map.road-1992-schematic" : "corridor.map.schematic");
        gc.setLineWidth(3);
        gc.setStroke(Color.WHITE);
        gc.strokeText(text, 0, -5);
        gc.setFill(palette.of(it.kind(), it.feature().status()).darker());
        gc.fillText(text, 0, -5);
        gc.restore();
    }

    private void point(GraphicsContext gc, Item it, View v) {
        double x = v.x(it.xs()[0][0]), y = v.y(it.ys()[0][0]);
        Color c = palette.of(it.kind(), it.feature().status());
        boolean approx = it.feature().approximate();
        gc.setLineDashes(approx ? APPROX_DASH : null);
        gc.setLineWidth(approx ? 2.2 : 1.5);
        Color fill = approx ? Color.WHITE.deriveColor(0, 1, 1, 0.85) : c;
        Color stroke = approx ? c : Color.WHITE;
        switch (it.kind()) {
            case PEACEKEEPING_HQ -> {
                double s = 8;
                gc.setFill(fill); gc.fillRect(x - s, y - s, 2 * s, 2 * s);
                gc.setStroke(stroke); gc.strokeRect(x - s, y - s, 2 * s, 2 * s);
                glyph(gc, atlas.i18n.Texts.get("corridor.map.hq"), x, y, approx ? c : Color.WHITE);
            }
            case PEACEKEEPING_POST -> {
                double s = 7;
                bx[0] = x; by[0] = y - s; bx[1] = x + s; by[1] = y + s * 0.8; bx[2] = x - s; by[2] = y + s * 0.8;
                gc.setFill(fill); gc.fillPolygon(bx, by, 3);
                gc.setStroke(stroke); gc.strokePolygon(bx, by, 3);
            }
            case CHECKPOINT -> {
                double s = 11;
                bx[0] = x; by[0] = y - s; bx[1] = x + s; by[1] = y; bx[2] = x; by[2] = y + s; bx[3] = x - s; by[3] = y;
                gc.setFill(fill); gc.fillPolygon(bx, by, 4);
                gc.setStroke(approx ? c : Color.BLACK); gc.strokePolygon(bx, by, 4);
                gc.setLineDashes((double[]) null);
                gc.setStroke(approx ? c : Color.BLACK); gc.setLineWidth(2);
                gc.strokeLine(x - s * 0.5, y, x + s * 0.5, y);
            }
            case PROTEST_CAMP -> {
                double r = 8;
                gc.setFill(fill); gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                gc.setStroke(approx ? c : Color.WHITE); gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
                gc.setLineDashes((double[]) null);
                gc.setStroke(approx ? c : Color.WHITE); gc.setLineWidth(2.2);
                gc.strokeLine(x - 4, y - 4, x + 4, y + 4);
                gc.strokeLine(x - 4, y + 4, x + 4, y - 4);
            }
            default -> {
                double r = 6;
                gc.setFill(fill); gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                gc.setStroke(stroke); gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        gc.setLineDashes((double[]) null);
    }

    private static void glyph(GraphicsContext gc, String s, double x, double y, Color c) {
        gc.setFont(SYMBOL);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(c);
        gc.fillText(s, x, y);
    }

    private int project(double[] xs, double[] ys, View v) {
        int n = xs.length;
        if (bx.length < n) { bx = new double[n * 2]; by = new double[n * 2]; }
        for (int i = 0; i < n; i++) { bx[i] = v.x(xs[i]); by[i] = v.y(ys[i]); }
        return n;
    }
}
