package atlas.map;

import atlas.model.Category;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Transform;

/**
 * The event layer's markers drawn once and then stamped: a cluster's disc, a category's symbol (plain or approximate)
 * and a layer's ring are each painted at full opacity into an image the first time a frame needs them (all a frame
 * lacks in one snapshot), and every marker after that is one {@code drawImage} at its opacity. Painting the same
 * antialiased shapes again for every marker of every frame is what made a frame of a few hundred clusters take 25 ms
 * of the render thread in software rendering (a virtual display, a machine without a GPU); a stamp costs a small
 * fraction of that. A marker stamped this way is centred on a whole pixel (within half a pixel of its place) and
 * fades as a whole: where its shapes overlap, the one on top is not seen through.
 *
 * <p>Images are made at the display's scale (a HiDPI screen gets sharp markers). The cache is bounded: past
 * {@link #MAX_SPRITES} (only reached with many layer colours over a long session) it starts again. FX thread only.
 */
final class MarkerSprites {
    /** What a sprite shows. */
    enum Kind { CLUSTER, SYMBOL, APPROXIMATE, RING, MIXED_RING }

    /** The most sprites kept before the cache starts again. */
    static final int MAX_SPRITES = 4096;
    private final int maxSprites;
    /** The widest row of an atlas (one snapshot holds the sprites a frame lacked, in rows). */
    private static final double ATLAS_WIDTH = 1024;
    /** The white outline of a cluster; the width of a ring and of its white underlay. */
    private static final double CLUSTER_OUTLINE = 1.5, RING_WIDTH = 2.5, RING_UNDERLAY = 4.5;

    /** One sprite: where it is in its atlas image (in layout pixels; the image has {@code scale} pixels for each). */
    private record Sprite(Image atlas, double x, double y, double size, double scale) {}

    /** A sprite wanted but not yet painted. */
    private record Wanted(long key, Kind kind, Category category, double radius, Color colour, double size) {}

    private final Map<Long, Sprite> sprites = new HashMap<>();
    private final Map<Long, Wanted> wanted = new HashMap<>();
    private double scale = 1;
    private int atlases;

    /** Creates an empty cache of at most {@link #MAX_SPRITES} sprites. */
    MarkerSprites() { this(MAX_SPRITES); }

    /** Creates an empty cache that starts again past {@code maxSprites}. */
    MarkerSprites(int maxSprites) { this.maxSprites = maxSprites; }

    /** Sets the display scale the next sprites are made for (a change starts the cache again). */
    void setScale(double s) {
        double c = s > 0 && Double.isFinite(s) ? s : 1;
        if (c == scale) return;
        scale = c;
        sprites.clear();
    }

    /** Notes that a frame will stamp this sprite; {@link #paintWanted()} paints all those missing in one snapshot. */
    void want(Kind kind, Category category, double radius, Color colour) {
        long k = key(kind, category, radius, colour);
        if (sprites.containsKey(k) || wanted.containsKey(k)) return;
        double q = quantised(radius);
        wanted.put(k, new Wanted(k, kind, category, q, colour, size(kind, q)));
    }

    /** Paints every wanted sprite not yet painted, into one new atlas image (one snapshot). */
    void paintWanted() {
        if (wanted.isEmpty()) return;
        if (sprites.size() + wanted.size() > maxSprites) sprites.clear();
        List<Wanted> todo = new ArrayList<>(wanted.values());
        wanted.clear();
        todo.sort((a, b) -> Double.compare(b.size(), a.size()));
        // shelves: left to right, a new row when one is full
        double[] xs = new double[todo.size()], ys = new double[todo.size()];
        double x = 0, y = 0, rowHeight = 0, width = 0;
        for (int i = 0; i < todo.size(); i++) {
            double s = todo.get(i).size();
            if (x > 0 && x + s > ATLAS_WIDTH) {
                x = 0;
                y += rowHeight;
                rowHeight = 0;
            }
            xs[i] = x;
            ys[i] = y;
            x += s;
            rowHeight = Math.max(rowHeight, s);
            width = Math.max(width, x);
        }
        Canvas canvas = new Canvas(width, y + rowHeight);
        GraphicsContext g = canvas.getGraphicsContext2D();
        for (int i = 0; i < todo.size(); i++) {
            Wanted w = todo.get(i);
            double half = w.size() / 2;
            paint(g, w.kind(), w.category(), w.radius(), w.colour(), xs[i] + half, ys[i] + half);
        }
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        p.setTransform(Transform.scale(scale, scale));
        Image atlas = canvas.snapshot(p, null);
        atlases++;
        for (int i = 0; i < todo.size(); i++) {
            Wanted w = todo.get(i);
            sprites.put(w.key(), new Sprite(atlas, xs[i], ys[i], w.size(), scale));
        }
    }

    /**
     * Stamps a sprite centred on the whole pixel nearest (x, y) ({@link Math#round}) at an opacity; paints it first if
     * {@link #want} was not called for it.
     */
    void stamp(GraphicsContext g, Kind kind, Category category, double radius, Color colour, double x, double y, double opacity) {
        long k = key(kind, category, radius, colour);
        Sprite s = sprites.get(k);
        if (s == null) {
            want(kind, category, radius, colour);
            paintWanted();
            s = sprites.get(k);
        }
        double half = s.size() / 2; // a whole number: sizes are even
        g.setGlobalAlpha(opacity);
        g.drawImage(s.atlas(), s.x() * s.scale(), s.y() * s.scale(), s.size() * s.scale(), s.size() * s.scale(),
                Math.round(x) - half, Math.round(y) - half, s.size(), s.size());
        g.setGlobalAlpha(1);
    }

    /** Gets the number of sprites painted and kept (for tests). */
    int size() { return sprites.size(); }

    /** Gets the number of snapshots taken (for tests: a frame of known sprites takes none). */
    int atlases() { return atlases; }

    /** Paints a marker's shape at full opacity centred on (x, y): the one place these shapes are drawn. */
    static void paint(GraphicsContext g, Kind kind, Category category, double r, Color colour, double x, double y) {
        switch (kind) {
            case CLUSTER -> {
                g.setFill(CategoryStyle.color(category));
                g.setGlobalAlpha(0.25);
                g.fillOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
                g.setGlobalAlpha(1);
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(Color.WHITE);
                g.setLineWidth(CLUSTER_OUTLINE);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case SYMBOL -> CategoryStyle.draw(g, category, x, y, r, 1);
            case APPROXIMATE -> CategoryStyle.drawApproximate(g, category, x, y, r, 1);
            case RING, MIXED_RING -> {
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
