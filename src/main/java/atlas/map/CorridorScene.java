package atlas.map;

import atlas.geo.Viewport;
import atlas.geo.WebMercator;
import atlas.model.FeatureKind;
import atlas.model.TimedFeature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The corridor features ready to draw: each geometry turned once into normalised Web Mercator world coordinates
 * ([0, 1], x east, y south), ordered bottom to top (band, old road, routes, points). A frame then only filters by
 * date and scales; nothing here touches JavaFX, so it is tested and benchmarked without the toolkit.
 * Immutable and thread-safe.
 */
public final class CorridorScene {
    /** Which toggle of the layers panel shows a feature. */
    public enum Group { CORRIDOR, BAND, POSTS }

    /** The shape a feature is drawn as. */
    public enum Shape { LINE, AREA, POINT }

    /**
     * One drawable feature: its parts (a line, or a polygon's rings, or one point) in world coordinates.
     * The arrays are never changed after construction.
     */
    public record Item(TimedFeature feature, Shape shape, Group group, int layer, double[][] xs, double[][] ys) {
        /** Gets the kind of the feature drawn. */
        public FeatureKind kind() { return feature.kind(); }
    }

    /** The affine map from world coordinates to screen pixels: {@code sx = wx * scale + ox}, {@code sy = wy * scale + oy}. */
    public record View(double scale, double ox, double oy) {
        /** Gets the view whose world is {@code worldSizePx} wide with world point (wx, wy) at screen (sx, sy). */
        public static View anchored(double worldSizePx, double wx, double wy, double sx, double sy) {
            return new View(worldSizePx, sx - wx * worldSizePx, sy - wy * worldSizePx);
        }
        /** Gets the transform of a map view. */
        public static View of(Viewport v) { return new View(v.worldSizePx(), v.screenX(0), v.screenY(0)); }
        public double x(double wx) { return wx * scale + ox; }
        public double y(double wy) { return wy * scale + oy; }
    }

    private final List<Item> items;

    private CorridorScene(List<Item> items) { this.items = items; }

    /** Computes the scene of a list of features (bands included); features of kinds the layer does not draw are kept too. */
    public static CorridorScene of(List<TimedFeature> features) {
        List<Item> out = new ArrayList<>();
        for (TimedFeature f : features) out.add(item(f));
        out.sort(Comparator.comparingInt(Item::layer));
        return new CorridorScene(List.copyOf(out));
    }

    /** Gets every item, bottom to top. */
    public List<Item> items() { return items; }

    /** Computes the items valid on day {@code d} whose group is switched on, bottom to top; an empty list when none. */
    public List<Item> activeAt(LocalDate d, boolean corridor, boolean band, boolean posts) {
        List<Item> out = new ArrayList<>();
        for (Item it : items) {
            if (!it.feature().isValidAt(d)) continue;
            boolean on = switch (it.group()) { case CORRIDOR -> corridor; case BAND -> band; case POSTS -> posts; };
            if (on) out.add(it);
        }
        return out;
    }

    /**
     * Computes the item drawn topmost within {@code tolerancePx} of screen point (sx, sy): points first, then
     * lines, then areas containing the point. Returns null when nothing is hit.
     */
    public static Item hit(List<Item> active, View v, double sx, double sy, double tolerancePx) {
        Item best = null;
        double bestD = Double.MAX_VALUE;
        int bestRank = Integer.MAX_VALUE;
        for (int k = active.size() - 1; k >= 0; k--) {
            Item it = active.get(k);
            int rank = switch (it.shape()) { case POINT -> 0; case LINE -> 1; case AREA -> 2; };
            if (rank > bestRank) continue;
            double d = distancePx(it, v, sx, sy);
            boolean inside = it.shape() == Shape.AREA ? d == 0 : d <= tolerancePx;
            if (inside && (rank < bestRank || d < bestD)) { best = it; bestD = d; bestRank = rank; }
        }
        return best;
    }

    /** Computes the screen distance in pixels from (sx, sy) to an item; 0 inside an area. */
    static double distancePx(Item it, View v, double sx, double sy) {
        if (it.shape() == Shape.POINT) return Math.hypot(v.x(it.xs()[0][0]) - sx, v.y(it.ys()[0][0]) - sy);
        if (it.shape() == Shape.AREA) {
            boolean in = false;
            for (int p = 0; p < it.xs().length; p++) if (ringContains(it.xs()[p], it.ys()[p], v, sx, sy)) in = !in;
            if (in) return 0;
        }
        double best = Double.MAX_VALUE;
        for (int p = 0; p < it.xs().length; p++) {
            double[] xs = it.xs()[p], ys = it.ys()[p];
            for (int i = 0; i + 1 < xs.length; i++)
                best = Math.min(best, segment(sx, sy, v.x(xs[i]), v.y(ys[i]), v.x(xs[i + 1]), v.y(ys[i + 1])));
        }
        return best;
    }

    private static boolean ringContains(double[] xs, double[] ys, View v, double sx, double sy) {
        boolean c = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            double xi = v.x(xs[i]), yi = v.y(ys[i]), xj = v.x(xs[j]), yj = v.y(ys[j]);
            if ((yi > sy) != (yj > sy) && sx < (xj - xi) * (sy - yi) / (yj - yi) + xi) c = !c;
        }
        return c;
    }

    private static double segment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    private static Item item(TimedFeature f) {
        Geometry g = f.geometry();
        List<double[]> xs = new ArrayList<>(), ys = new ArrayList<>();
        Shape shape = Shape.LINE;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon poly) {
                shape = Shape.AREA;
                add(poly.getExteriorRing().getCoordinates(), xs, ys);
                for (int h = 0; h < poly.getNumInteriorRing(); h++) add(poly.getInteriorRingN(h).getCoordinates(), xs, ys);
            } else if (part instanceof Point) {
                shape = Shape.POINT;
                add(part.getCoordinates(), xs, ys);
            } else if (part instanceof LineString) {
                add(part.getCoordinates(), xs, ys);
            }
        }
        return new Item(f, shape, group(f.kind()), layer(f.kind()), xs.toArray(double[][]::new), ys.toArray(double[][]::new));
    }

    private static void add(Coordinate[] cs, List<double[]> xs, List<double[]> ys) {
        double[] x = new double[cs.length], y = new double[cs.length];
        for (int i = 0; i < cs.length; i++) { x[i] = WebMercator.worldX(cs[i].x); y[i] = WebMercator.worldY(cs[i].y); }
        xs.add(x);
        ys.add(y);
    }

    static Group group(FeatureKind k) {
        return switch (k) {
            case CORRIDOR_BAND, CONTROL_AREA -> Group.BAND;
            case PEACEKEEPING_HQ, PEACEKEEPING_POST -> Group.POSTS;
            default -> Group.CORRIDOR;
        };
    }

    static int layer(FeatureKind k) {
        return switch (k) {
            case CORRIDOR_BAND, CONTROL_AREA -> 0;
            case LACHIN_ROAD_1992 -> 1;
            case ALTERNATIVE_ROUTE -> 2;
            case CORRIDOR_ROUTE -> 3;
            case EXODUS_ROUTE -> 4;
            case TEMPORARY_LINK -> 5;
            case BRIDGE -> 6;
            case PEACEKEEPING_HQ, PEACEKEEPING_POST -> 7;
            case PROTEST_CAMP -> 8;
            case CHECKPOINT -> 9;
        };
    }
}
