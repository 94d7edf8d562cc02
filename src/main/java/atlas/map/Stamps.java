package atlas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * Small pictures painted once and then stamped: what a canvas layer draws many times over (a marker, a name with its
 * halo) is painted at full opacity into an image the first time a frame needs it, every picture a frame lacks in one
 * snapshot, and each use after that is one {@code drawImage}. A picture must keep inside its box. In software rendering (a virtual display, a machine
 * without a GPU) the render thread repaints every antialiased shape and stroked glyph of a canvas each time it
 * changes; a stamp costs a fraction of that. A stamp is placed on whole pixels: its anchor lands within half a pixel
 * of the point asked for. Where the shapes of a picture overlap, a faded stamp does not show the lower ones through.
 *
 * <p>Pictures are made at a display's scale (a cache for each: a HiDPI screen gets sharp ones). The cache is bounded:
 * past its size it starts again. FX thread only.
 *
 * @param <K> what tells pictures apart (a record or other value with equals and hashCode)
 */
final class Stamps<K> {
    /** Paints a picture with its anchor at (x, y) at an opacity (its atlas copy at 1). */
    @FunctionalInterface
    interface Picture {
        void paint(GraphicsContext g, double x, double y, double opacity);
    }

    /** How long after it is asked for a cache's first atlas is made (its pictures are painted in place meanwhile). */
    static final javafx.util.Duration FIRST_ATLAS_DELAY = javafx.util.Duration.seconds(1);
    /** The widest row of an atlas (one snapshot holds the pictures a frame lacked, in rows). */
    private static final double ATLAS_WIDTH = 1024;

    /** A painted picture: its cell in an atlas image (layout pixels; the image has {@code scale} pixels for each). */
    private record Stamp(Image atlas, double x, double y, double w, double h, double ax, double ay) {}

    /** A picture wanted and not yet painted: its whole-pixel size and its anchor inside that box. */
    private record Wanted<K>(K key, double w, double h, double ax, double ay, Picture picture) {}

    private final int max;
    private final Map<K, Stamp> stamps = new HashMap<>();
    private final Map<K, Wanted<K>> wanted = new LinkedHashMap<>();
    /** Pictures whose atlas is being made asynchronously: drawn in place meanwhile. */
    private final Map<K, Wanted<K>> pending = new HashMap<>();
    /** The display scale the pictures are made for: pixels of the images for each layout pixel. */
    private final double scale;
    private int atlases;
    /** Whether no atlas was asked for yet: the first is made asynchronously (see {@link #paintWanted()}). */
    private boolean first;
    /** How long after it is asked for the first atlas is made, or null to make every atlas at once. */
    private final javafx.util.Duration firstDelay;

    /**
     * Creates an empty cache of pictures for a display scale (2 on a doubled HiDPI screen; one cache per scale) that
     * starts again past {@code max} pictures and makes its first atlas {@link #FIRST_ATLAS_DELAY} later.
     */
    Stamps(int max, double scale) { this(max, FIRST_ATLAS_DELAY, scale); }

    /**
     * Creates an empty cache for a display scale that starts again past {@code max} pictures and makes its first atlas
     * {@code firstDelay} after it is asked for (null: every atlas at once).
     */
    Stamps(int max, javafx.util.Duration firstDelay, double scale) {
        this.max = max;
        this.firstDelay = firstDelay;
        this.first = firstDelay != null;
        this.scale = scale > 0 && Double.isFinite(scale) ? scale : 1;
    }

    /** Tests whether a picture is painted (or wanted already). */
    boolean has(K key) { return stamps.containsKey(key) || wanted.containsKey(key) || pending.containsKey(key); }

    /**
     * Notes that a frame will stamp a picture {@code w} by {@code h} pixels whose anchor is at ({@code ax}, {@code ay})
     * in it, unless it is painted already; {@link #paintWanted()} paints all those missing in one snapshot.
     */
    void want(K key, double w, double h, double ax, double ay, Picture picture) {
        if (has(key)) return;
        wanted.put(key, new Wanted<>(key, Math.ceil(w), Math.ceil(h), ax, ay, Objects.requireNonNull(picture)));
    }

    /**
     * Paints every wanted picture not yet painted into one new atlas image (one snapshot). The first atlas of a cache is
     * made asynchronously, {@link #FIRST_ATLAS_DELAY} later (by default): its pictures are drawn in place until it is there, so that
     * the window's first frames (when the first snapshot of the run costs a tenth of a second) are not held up. Later ones are made at
     * once, so that a frame of new pictures (a layer just imported, a new colour) is already a frame of stamps.
     */
    void paintWanted() {
        if (wanted.isEmpty()) return;
        if (stamps.size() + wanted.size() > max) stamps.clear();
        List<Wanted<K>> todo = new ArrayList<>(wanted.values());
        wanted.clear();
        todo.sort((a, b) -> Double.compare(b.h(), a.h()));
        // shelves: left to right, a new row when one is full; a pixel apart so that no picture bleeds into the next
        double[] xs = new double[todo.size()], ys = new double[todo.size()];
        double x = 0, y = 0, rowHeight = 0, width = 1;
        for (int i = 0; i < todo.size(); i++) {
            Wanted<K> t = todo.get(i);
            if (x > 0 && x + t.w() > ATLAS_WIDTH) {
                x = 0;
                y += rowHeight + 1;
                rowHeight = 0;
            }
            xs[i] = x;
            ys[i] = y;
            x += t.w() + 1;
            rowHeight = Math.max(rowHeight, t.h());
            width = Math.max(width, x);
        }
        Canvas canvas = new Canvas(width, Math.max(1, y + rowHeight));
        GraphicsContext g = canvas.getGraphicsContext2D();
        for (int i = 0; i < todo.size(); i++) {
            Wanted<K> t = todo.get(i);
            g.save();
            t.picture().paint(g, xs[i] + t.ax(), ys[i] + t.ay(), 1);
            g.restore();
        }
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        p.setTransform(Transform.scale(scale, scale));
        atlases++;
        if (first) {
            first = false;
            for (Wanted<K> t : todo) pending.put(t.key(), t);
            // a second after: the run's first snapshot costs the render thread a tenth of a second, not to be spent
            // in the window's first frames
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(firstDelay);
            later.setOnFinished(e -> canvas.snapshot(result -> {
                for (Wanted<K> t : todo) pending.remove(t.key());
                keep(todo, result.getImage(), xs, ys);
                return null;
            }, p, null));
            later.play();
        } else {
            keep(todo, canvas.snapshot(p, null), xs, ys);
        }
    }

    private void keep(List<Wanted<K>> todo, Image atlas, double[] xs, double[] ys) {
        for (int i = 0; i < todo.size(); i++) {
            Wanted<K> t = todo.get(i);
            stamps.putIfAbsent(t.key(), new Stamp(atlas, xs[i], ys[i], t.w(), t.h(), t.ax(), t.ay()));
        }
    }

    /**
     * Stamps a painted picture with its anchor at (x, y), to the nearest whole pixel, at an opacity; one whose atlas is
     * not there yet is painted in place, on the same pixels. Paints first what is wanted and not painted yet; a
     * picture never wanted is an error.
     */
    void stamp(GraphicsContext g, K key, double x, double y, double opacity) {
        Stamp s = stamps.get(key);
        if (s == null && wanted.containsKey(key)) {
            paintWanted();
            s = stamps.get(key);
        }
        if (s == null) {
            Wanted<K> t = pending.get(key);
            if (t == null) throw new IllegalStateException("no picture wanted for " + key);
            g.save();
            t.picture().paint(g, Math.round(x - t.ax()) + t.ax(), Math.round(y - t.ay()) + t.ay(), opacity);
            g.restore();
            return;
        }
        double k = scale;
        g.setGlobalAlpha(opacity);
        g.drawImage(s.atlas(), s.x() * k, s.y() * k, s.w() * k, s.h() * k,
                Math.round(x - s.ax()), Math.round(y - s.ay()), s.w(), s.h());
        g.setGlobalAlpha(1);
    }

    /** Gets the number of pictures painted and kept (for tests). */
    int size() { return stamps.size(); }

    /** Tests whether an atlas is being made asynchronously (for tests). */
    boolean isPainting() { return !pending.isEmpty(); }

    /** Gets the number of snapshots taken (for tests: a frame of known pictures takes none). */
    int atlases() { return atlases; }
}
