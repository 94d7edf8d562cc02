package atlas.map;

import atlas.model.Category;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The event layer's markers as {@link Stamps}: a cluster's disc, a category's symbol (plain or approximate) and a
 * layer's ring are each painted once at full opacity, and every marker after that is one {@code drawImage} at its
 * opacity. Painting the same antialiased shapes again for every marker of every frame is what made a frame of a few
 * hundred clusters take 25 ms of the render thread in software rendering. A stamped marker is centred on a whole pixel
 * (within half a pixel of its place) and fades as a whole. Radii are kept to a quarter pixel (a cluster's radius grows
 * with the log of its count); past {@link #MAX_SPRITES} (only reached with many layer colours over a long session) the
 * cache starts again. FX thread only.
 */
final class MarkerSprites {
    /** What a sprite shows. */
    enum Kind { CLUSTER, SYMBOL, APPROXIMATE, RING, MIXED_RING }

    /** The most sprites kept before the cache starts again. */
    static final int MAX_SPRITES = 4096;
    /** The white outline of a cluster; the width of a ring and of its white underlay. */
    private static final double CLUSTER_OUTLINE = 1.5, RING_WIDTH = 2.5, RING_UNDERLAY = 4.5;

    private final Stamps<Long> stamps;
    /** The sprites every event layer shares, one cache per screen scale (a presentation on a projector has its own). */
    private static final java.util.Map<Double, MarkerSprites> SHARED = new java.util.HashMap<>();

    /**
     * Gets the sprites shared by every map on screens of a scale: a second map (a comparison, a presentation's audience)
     * paints none again. FX thread only.
     */
    static MarkerSprites shared(double scale) {
        return SHARED.computeIfAbsent(scale, s -> new MarkerSprites(MAX_SPRITES, Stamps.FIRST_ATLAS_DELAY, s));
    }

    /** Creates an empty cache for screens of scale 1; see {@link Stamps#Stamps(int, javafx.util.Duration, double)}. */
    MarkerSprites(int maxSprites, javafx.util.Duration firstDelay) { this(maxSprites, firstDelay, 1); }

    /** Creates an empty cache for a display scale; see {@link Stamps#Stamps(int, javafx.util.Duration, double)}. */
    MarkerSprites(int maxSprites, javafx.util.Duration firstDelay, double scale) {
        stamps = new Stamps<>(maxSprites, firstDelay, scale);
    }

    /**
     * Notes that a frame will stamp this sprite ({@link #paintWanted()} paints all those missing in one snapshot);
     * returns its key.
     */
    long want(Kind kind, Category category, double radius, Color colour) {
        long k = key(kind, category, radius, colour);
        if (stamps.has(k)) return k;
        double q = quantised(radius), size = size(kind, q);
        stamps.want(k, size, size, size / 2, size / 2, (g, x, y, opacity) -> paint(g, kind, category, q, colour, x, y, opacity));
        return k;
    }

    /** Paints every wanted sprite not yet painted, into one new atlas image (one snapshot). */
    void paintWanted() { stamps.paintWanted(); }

    /**
     * Stamps a sprite centred on the whole pixel nearest (x, y) ({@link Math#round}) at an opacity; paints it first if
     * {@link #want} was not called for it.
     */
    void stamp(GraphicsContext g, Kind kind, Category category, double radius, Color colour, double x, double y, double opacity) {
        stamps.stamp(g, want(kind, category, radius, colour), x, y, opacity);
    }

    /** Gets the number of sprites painted and kept (for tests). */
    int size() { return stamps.size(); }

    /** Tests whether the first atlas is being made (its sprites are painted in place meanwhile; for tests). */
    boolean isPainting() { return stamps.isPainting(); }

    /** Gets the number of snapshots taken (for tests: a frame of known sprites takes none). */
    int atlases() { return stamps.atlases(); }

    /** Paints a marker's shape centred on (x, y) at an opacity: the one place these shapes are drawn. */
    static void paint(GraphicsContext g, Kind kind, Category category, double r, Color colour, double x, double y,
                      double opacity) {
        switch (kind) {
            case CLUSTER -> {
                g.setFill(CategoryStyle.color(category));
                g.setGlobalAlpha(0.25 * opacity);
                g.fillOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
                g.setGlobalAlpha(opacity);
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(Color.WHITE);
                g.setLineWidth(CLUSTER_OUTLINE);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case SYMBOL -> CategoryStyle.draw(g, category, x, y, r, opacity);
            case APPROXIMATE -> CategoryStyle.drawApproximate(g, category, x, y, r, opacity);
            case RING, MIXED_RING -> {
                g.setGlobalAlpha(opacity);
                g.setStroke(Color.WHITE);
                g.setLineWidth(RING_UNDERLAY);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(colour);
                g.setLineWidth(RING_WIDTH);
                if (kind == Kind.MIXED_RING) g.setLineDashes(3, 3);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                g.setLineDashes((double[]) null);
            }
        }
        g.setGlobalAlpha(1);
    }

    /** Draws a cluster's count in white over its disc, centred on (x, y). */
    static void paintCount(GraphicsContext g, String count, Font font, double x, double y, double opacity) {
        g.setGlobalAlpha(opacity);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.WHITE);
        g.setFont(font);
        g.fillText(count, x, y);
        g.setGlobalAlpha(1);
    }

    /** Radii are kept to a quarter pixel: a cluster's radius grows with the log of its count. */
    private static double quantised(double r) { return Math.round(r * 4) / 4.0; }

    /** Gets the side of a sprite's square: its shape's reach from the centre, both ways, in whole pixels, plus a margin. */
    private static double size(Kind kind, double r) {
        double reach = switch (kind) {
            case CLUSTER -> r + 3;
            case SYMBOL -> r * 1.3 + 1;                  // a star reaches 1.3 r; outlines add half their width
            case APPROXIMATE -> r + 2;
            case RING, MIXED_RING -> r + RING_UNDERLAY / 2;
        };
        return 2 * Math.ceil(reach + 1);
    }

    private static long key(Kind kind, Category category, double radius, Color colour) {
        long r = Math.round(radius * 4) & 0xffff;
        long c = colour == null ? 0 : (long) toArgb(colour) & 0xffffffffL;
        int cat = category == null ? 0xf : category.ordinal();
        return (long) kind.ordinal() << 56 | (long) (cat & 0xff) << 48 | r << 32 | c;
    }

    private static int toArgb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
