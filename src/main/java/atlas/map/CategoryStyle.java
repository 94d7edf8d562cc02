package atlas.map;

import atlas.model.Category;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The colour and map symbol of each event category, shared by the map's event layer, the timeline histogram and
 * the event list. Canvas drawing cannot read CSS, so the palette lives here, in one place (like the tile palette).
 * Colours are muted and stay distinguishable for the common colour-vision deficiencies (checked by simulation), and
 * each category has a symbol of its own.
 */
public final class CategoryStyle {
    private CategoryStyle() {}

    /** The shape drawn for a category. */
    public enum Symbol { CIRCLE, SQUARE, DIAMOND, TRIANGLE, TRIANGLE_DOWN, TRIANGLE_RIGHT, PENTAGON, STAR, CROSS, HEXAGON, RING }

    private static final Color[] COLORS = new Color[Category.values().length];
    private static final Symbol[] SYMBOLS = new Symbol[Category.values().length];

    static {
        // chosen by simulation (ColourVisionCheck in the tests: Machado et al. 2009 at full severity, CIEDE2000):
        // every pair differs by at least 15 for normal vision and 12 under protanopia, deuteranopia and tritanopia,
        // close to the Okabe-Ito-based colours they replaced; the symbols differ too, so colour is never needed alone
        set(Category.WAR, "#bb050e", Symbol.STAR);
        set(Category.CLASH, "#d4600e", Symbol.TRIANGLE);
        set(Category.VIOLENCE, "#8f3b6c", Symbol.TRIANGLE_DOWN);
        set(Category.CEASEFIRE, "#2d955e", Symbol.SQUARE);
        set(Category.CORRIDOR, "#e1aa21", Symbol.DIAMOND);
        set(Category.PEACEKEEPING, "#336c9e", Symbol.HEXAGON);
        set(Category.DIPLOMACY, "#7575e0", Symbol.CIRCLE);
        set(Category.HUMANITARIAN, "#cc78a8", Symbol.CROSS);
        set(Category.TERRITORIAL_CHANGE, "#705b45", Symbol.TRIANGLE_RIGHT);
        set(Category.POLITICAL, "#7a7978", Symbol.PENTAGON);
        set(Category.OTHER, "#2d3c37", Symbol.RING);
    }

    private static void set(Category c, String web, Symbol s) {
        COLORS[c.ordinal()] = Color.web(web);
        SYMBOLS[c.ordinal()] = s;
    }

    /** Gets the colour of a category. */
    public static Color color(Category c) { return COLORS[c.ordinal()]; }

    /** Gets the symbol of a category. */
    public static Symbol symbol(Category c) { return SYMBOLS[c.ordinal()]; }

    /**
     * Draws a category's symbol centred on (x, y) with radius {@code r} px, filled with its colour at {@code opacity}
     * and outlined in white, on the given context (its fill, stroke and alpha are left changed).
     */
    public static void draw(GraphicsContext g, Category c, double x, double y, double r, double opacity) {
        g.setGlobalAlpha(opacity);
        g.setFill(color(c));
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.25);
        switch (symbol(c)) {
            case CIRCLE -> { g.fillOval(x - r, y - r, 2 * r, 2 * r); g.strokeOval(x - r, y - r, 2 * r, 2 * r); }
            case SQUARE -> { double s = r * 0.9; g.fillRect(x - s, y - s, 2 * s, 2 * s); g.strokeRect(x - s, y - s, 2 * s, 2 * s); }
            case DIAMOND -> poly(g, x, y, r * 1.2, 4, Math.PI / 2);
            case TRIANGLE -> poly(g, x, y + r * 0.15, r * 1.2, 3, -Math.PI / 2);
            case TRIANGLE_DOWN -> poly(g, x, y - r * 0.15, r * 1.2, 3, Math.PI / 2);
            case TRIANGLE_RIGHT -> poly(g, x - r * 0.15, y, r * 1.2, 3, 0);
            case PENTAGON -> poly(g, x, y + r * 0.05, r * 1.1, 5, -Math.PI / 2);
            case HEXAGON -> poly(g, x, y, r * 1.05, 6, 0);
            case STAR -> star(g, x, y, r * 1.3);
            case RING -> {
                // a thick ring in the colour, white inside: "other", the events no category of the atlas names
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                g.setFill(Color.WHITE);
                g.fillOval(x - r * 0.45, y - r * 0.45, r * 0.9, r * 0.9);
            }
            case CROSS -> cross(g, x, y, r);
        }
        g.setGlobalAlpha(1.0);
    }

    /**
     * Draws a category's symbol for an approximate location: hollow (a pale fill) with a dashed outline in the
     * category's colour, as the corridor layer draws approximate places.
     */
    public static void drawApproximate(GraphicsContext g, Category c, double x, double y, double r, double opacity) {
        g.setGlobalAlpha(opacity);
        g.setFill(Color.WHITE.deriveColor(0, 1, 1, 0.85));
        g.fillOval(x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2);
        g.setStroke(color(c));
        g.setLineWidth(2);
        g.setLineDashes(3, 2);
        g.strokeOval(x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2);
        g.setLineDashes((double[]) null);
        draw(g, c, x, y, r * 0.55, opacity);
    }

    private static void poly(GraphicsContext g, double x, double y, double r, int n, double phase) {
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            double a = phase + 2 * Math.PI * i / n;
            xs[i] = x + r * Math.cos(a);
            ys[i] = y + r * Math.sin(a);
        }
        g.fillPolygon(xs, ys, n);
        g.strokePolygon(xs, ys, n);
    }

    private static void star(GraphicsContext g, double x, double y, double r) {
        double[] xs = new double[10], ys = new double[10];
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + Math.PI * i / 5;
            double rr = i % 2 == 0 ? r : r * 0.45;
            xs[i] = x + rr * Math.cos(a);
            ys[i] = y + rr * Math.sin(a);
        }
        g.fillPolygon(xs, ys, 10);
        g.strokePolygon(xs, ys, 10);
    }

    private static void cross(GraphicsContext g, double x, double y, double r) {
        double a = r, b = r * 0.38;
        double[] xs = {x - b, x + b, x + b, x + a, x + a, x + b, x + b, x - b, x - b, x - a, x - a, x - b};
        double[] ys = {y - a, y - a, y - b, y - b, y + b, y + b, y + a, y + a, y + b, y + b, y - b, y - b};
        g.fillPolygon(xs, ys, 12);
        g.strokePolygon(xs, ys, 12);
    }
}
