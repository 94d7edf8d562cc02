package atlas.map;

import atlas.geo.Viewport;
import atlas.geo.WorldShape;
import atlas.model.TimedEvent;
import java.util.List;
import java.util.function.IntFunction;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Draws the shapes of the events shown (lines, polygons, moving points' paths) under the event markers, and the
 * untimed reference features: one place for how a {@link WorldShape} becomes strokes on a canvas. A shape takes its
 * layer's colour, or its category's when the layer has none; polygons are filled lightly; approximate shapes are
 * dashed; a moving point's path is a thin dotted line (its symbol shows where it is on the date); the selected
 * event's shape is outlined in dark. FX thread.
 */
final class EventShapes {
    private static final Color SELECTED = Color.web("#1b1f24");
    private static final double LINE_PX = 2.5;

    private EventShapes() {}

    /** Draws the frame's shapes seen through {@code v}; {@code layerColour} gives a layer's colour or null. */
    static void draw(GraphicsContext g, List<EventFrame.Shape> shapes, Viewport v, IntFunction<Color> layerColour,
                     TimedEvent selected) {
        if (shapes.isEmpty()) return;
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (EventFrame.Shape s : shapes) {
            if (!s.shape().touches(v, 8)) continue;
            Color c = layerColour.apply(s.layer());
            if (c == null) c = CategoryStyle.color(s.category());
            boolean isSelected = s.event() == selected;
            if (isSelected) {
                g.setGlobalAlpha(1);
                stroke(g, s.shape(), v, SELECTED, LINE_PX + 3, null);
            }
            g.setGlobalAlpha(isSelected ? 1 : Math.max(0.25, s.opacity()));
            if (s.shape().hasArea()) fill(g, s.shape(), v, c.deriveColor(0, 1, 1, 0.12));
            double[] dashes = s.track() ? new double[] {1, 5} : s.approximate() ? new double[] {7, 5} : null;
            stroke(g, s.shape(), v, c, s.track() ? LINE_PX - 0.5 : LINE_PX, dashes);
        }
        g.setGlobalAlpha(1);
        g.setLineDashes((double[]) null);
    }

    /** Draws reference shapes (untimed features): thin, in their colour, polygons barely filled, points as rings. */
    static void drawReference(GraphicsContext g, WorldShape shape, Viewport v, Color c) {
        if (!shape.touches(v, 8)) return;
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (shape.hasArea()) fill(g, shape, v, c.deriveColor(0, 1, 1, 0.08));
        stroke(g, shape, v, c.deriveColor(0, 1, 1, 0.85), 1.6, new double[] {6, 3});
        g.setLineDashes((double[]) null);
        double[] pts = shape.points();
        g.setStroke(c);
        g.setLineWidth(1.8);
        for (int i = 0; i < pts.length; i += 2) {
            double x = v.screenX(pts[i]), y = v.screenY(pts[i + 1]);
            g.setFill(Color.WHITE);
            g.fillRect(x - 4, y - 4, 8, 8);
            g.strokeRect(x - 4, y - 4, 8, 8);
        }
    }

    private static void stroke(GraphicsContext g, WorldShape shape, Viewport v, Color c, double width, double[] dashes) {
        g.setStroke(c);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        for (int k = 0; k < shape.parts().size(); k++) {
            path(g, shape.parts().get(k), v, shape.closed().get(k));
            g.stroke();
        }
    }

    private static void fill(GraphicsContext g, WorldShape shape, Viewport v, Color c) {
        g.setFill(c);
        g.beginPath();
        // all rings of the shape in one path, filled even-odd, so that holes stay open
        for (int k = 0; k < shape.parts().size(); k++) {
            if (!shape.closed().get(k)) continue;
            double[] xy = shape.parts().get(k);
            g.moveTo(v.screenX(xy[0]), v.screenY(xy[1]));
            for (int i = 2; i < xy.length; i += 2) g.lineTo(v.screenX(xy[i]), v.screenY(xy[i + 1]));
            g.closePath();
        }
        g.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
        g.fill();
        g.setFillRule(javafx.scene.shape.FillRule.NON_ZERO);
    }

    private static void path(GraphicsContext g, double[] xy, Viewport v, boolean closed) {
        g.beginPath();
        g.moveTo(v.screenX(xy[0]), v.screenY(xy[1]));
        for (int i = 2; i < xy.length; i += 2) g.lineTo(v.screenX(xy[i]), v.screenY(xy[i + 1]));
        if (closed) g.closePath();
    }
}
