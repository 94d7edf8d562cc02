package atlas.map;

import atlas.geo.PixelXY;
import atlas.geo.Viewport;
import atlas.model.Drawing;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes how drawings look in one view: their screen points, line width, opacity, arrow head and text size. Pure
 * (no toolkit), so the map's {@link AnnotationLayer} and the PDF handout draw the same shapes, one on a canvas, the
 * other as vectors.
 *
 * <p>A drawing is anchored to positions, so its shape follows the map; its line width and text size are as drawn at
 * its own zoom and scale with the map from there by {@code 2^(zoom - drawn zoom)}, kept within
 * [{@value #MIN_SCALE}, {@value #MAX_SCALE}] so that a mark stays legible when the map is zoomed far out or in.
 */
public final class DrawingShapes {
    /** Line width of the pen at the zoom it was drawn at, in pixels. */
    public static final double PEN_WIDTH_PX = 4;
    /** Line width of the highlighter at the zoom it was drawn at, in pixels. */
    public static final double HIGHLIGHTER_WIDTH_PX = 18;
    /** Line width of an arrow's shaft at the zoom it was drawn at, in pixels. */
    public static final double ARROW_WIDTH_PX = 4.5;
    /** Size of a text label at the zoom it was drawn at, in pixels. */
    public static final double TEXT_SIZE_PX = 20;
    /** Opacity of a highlighter stroke (one stroke over itself stays this light). */
    public static final double HIGHLIGHTER_OPACITY = 0.38;
    /** Bounds of the factor a mark's width and text size scale by with the map. */
    public static final double MIN_SCALE = 0.35, MAX_SCALE = 3;

    private DrawingShapes() {}

    /**
     * How one drawing is drawn: {@code xs}/{@code ys} its screen points (for an arrow, the shaft ends before the
     * head), {@code widthPx} the line width, {@code opacity} 0..1, {@code rgb} its colour as 0xRRGGBB;
     * {@code headXs}/{@code headYs} the arrow head's triangle (empty otherwise); {@code textSizePx} a text label's size.
     */
    public record Shape(Drawing drawing, double[] xs, double[] ys, double widthPx, double opacity, int rgb,
                        double[] headXs, double[] headYs, double textSizePx) {
        /** Tests whether this is a single point of a pen or highlighter (drawn as a dot of the line's width). */
        public boolean isDot() {
            return drawing.tool() != Drawing.Tool.TEXT && drawing.tool() != Drawing.Tool.ARROW && xs.length == 1;
        }
    }

    /** Computes the factor a drawing's width and text size scale by in a view of zoom {@code zoom}. */
    public static double scale(Drawing d, double zoom) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.pow(2, zoom - d.zoom())));
    }

    /** Computes the shapes of drawings in a view, in drawing order (later ones on top). Empty input gives an empty list. */
    public static List<Shape> shapes(List<Drawing> drawings, Viewport view) {
        List<Shape> out = new ArrayList<>(drawings.size());
        for (Drawing d : drawings) out.add(shape(d, view));
        return out;
    }

    /** Computes the shape of one drawing in a view. */
    public static Shape shape(Drawing d, Viewport view) {
        double s = scale(d, view.zoom());
        int n = d.points().size();
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            PixelXY p = view.toScreen(d.points().get(i));
            xs[i] = p.x();
            ys[i] = p.y();
        }
        int rgb = Integer.parseInt(d.color().substring(1), 16);
        double[] none = new double[0];
        return switch (d.tool()) {
            case PEN -> new Shape(d, xs, ys, PEN_WIDTH_PX * s, 1, rgb, none, none, 0);
            case HIGHLIGHTER -> new Shape(d, xs, ys, HIGHLIGHTER_WIDTH_PX * s, HIGHLIGHTER_OPACITY, rgb, none, none, 0);
            case TEXT -> new Shape(d, xs, ys, 0, 1, rgb, none, none, Math.max(9, TEXT_SIZE_PX * s));
            case ARROW -> arrow(d, xs, ys, ARROW_WIDTH_PX * s, rgb);
        };
    }

    /** The shaft stops where the head begins, so its round cap never pokes out of the point. */
    private static Shape arrow(Drawing d, double[] xs, double[] ys, double width, int rgb) {
        double x0 = xs[0], y0 = ys[0], x1 = xs[1], y1 = ys[1];
        double len = Math.hypot(x1 - x0, y1 - y0);
        double head = Math.min(Math.max(12, width * 3.6), Math.max(len, 1) * 0.6);
        double ux = len == 0 ? 1 : (x1 - x0) / len, uy = len == 0 ? 0 : (y1 - y0) / len;
        double bx = x1 - ux * head, by = y1 - uy * head;
        double half = head * 0.55;
        double[] hx = {x1, bx - uy * half, bx + uy * half};
        double[] hy = {y1, by + ux * half, by - ux * half};
        double sx = x1 - ux * head * 0.8, sy = y1 - uy * head * 0.8;
        return new Shape(d, new double[]{x0, sx}, new double[]{y0, sy}, width, 1, rgb, hx, hy, 0);
    }
}
