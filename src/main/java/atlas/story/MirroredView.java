package atlas.story;

import atlas.geo.Viewport;
import atlas.map.AtlasMap;
import atlas.model.LatLon;

/**
 * Keeps two maps of different sizes on the same area: the presenter's copy shows what the audience sees (the same
 * centre, the zoom shifted so that the audience's map fits in it), and a pan or zoom on either moves the other. The
 * subscriptions belong to the maps and end when either is disposed. FX thread only.
 */
final class MirroredView {
    private final AtlasMap a, b;
    private boolean syncing;
    /** False until the copy showed the main map's area once: until then the copy never moves the main map. */
    private boolean aligned;

    private MirroredView(AtlasMap a, AtlasMap b) {
        this.a = a;
        this.b = b;
    }

    /** Links {@code copy} to {@code main}: it shows the area {@code main} shows now and follows it both ways. */
    static void link(AtlasMap main, AtlasMap copy) {
        MirroredView m = new MirroredView(main, copy);
        main.listen(main.viewProperty(), () -> m.sync(main, copy, 1));
        copy.listen(copy.viewProperty(), () -> m.sync(copy, main, -1));
        m.sync(main, copy, 1);
    }

    /** Moves {@code to} to {@code from}'s area: the zoom shifted by the main map's shift, {@code sign} +1 towards the copy. */
    private void sync(AtlasMap from, AtlasMap to, int sign) {
        if (!aligned && sign < 0) {
            // the copy got its size (or its first view): it takes the main map's area, not the other way round
            sync(a, b, 1);
            return;
        }
        Viewport f = from.getView(), t = to.getView();
        if (syncing || f.widthPx() <= 0 || f.heightPx() <= 0 || t.widthPx() <= 0 || t.heightPx() <= 0) return;
        if (sign > 0) aligned = true;
        double zoom = f.zoom() + sign * zoomShift(a.getView(), b.getView());
        if (Math.abs(zoom - t.zoom()) < 1e-6 && close(f.center(), t.center())) return;
        syncing = true;
        try {
            to.setView(f.center(), zoom);
        } finally {
            syncing = false;
        }
    }

    /** Computes how many zoom levels a map of {@code to}'s size is off {@code from}'s to show the same area (fitted). */
    static double zoomShift(Viewport from, Viewport to) {
        return Math.log(Math.min(to.widthPx() / from.widthPx(), to.heightPx() / from.heightPx())) / Math.log(2);
    }

    private static boolean close(LatLon p, LatLon q) {
        return Math.abs(p.lat() - q.lat()) < 1e-9 && Math.abs(p.lon() - q.lon()) < 1e-9;
    }
}
