package atlas.geo;

import atlas.model.LatLon;
import atlas.model.Track;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A shape in normalised Web Mercator world coordinates ({@link WebMercator}), ready to be drawn at any zoom by one
 * scale and two offsets: the lines, polygon rings and points of a JTS geometry (a line, a polygon with holes, a
 * multi-geometry), or the path of a moving point. Computed once per dataset (off the FX thread), never per frame.
 * Immutable.
 *
 * @param parts  each part's coordinates interleaved {@code x0, y0, x1, y1, …}
 * @param closed for each part, whether it is a polygon ring (filled) rather than a line
 * @param points single points of the shape (a multi-geometry's points, a reference placemark), interleaved
 */
public record WorldShape(List<double[]> parts, List<Boolean> closed, double[] points,
                         double minX, double minY, double maxX, double maxY) {
    public WorldShape {
        parts = List.copyOf(parts);
        closed = List.copyOf(closed);
        if (parts.size() != closed.size()) throw new IllegalArgumentException("one closed flag per part");
    }

    /** Computes the world shape of a JTS geometry in degrees (x = lon, y = lat). */
    public static WorldShape of(Geometry g) {
        Builder b = new Builder();
        b.add(g);
        return b.build();
    }

    /** Computes the path of a moving point (its positions in time order), as one line. */
    public static WorldShape of(Track t) {
        Builder b = new Builder();
        List<LatLon> ps = t.positions();
        double[] xy = new double[ps.size() * 2];
        for (int i = 0; i < ps.size(); i++) {
            xy[2 * i] = WebMercator.worldX(ps.get(i).lon());
            xy[2 * i + 1] = WebMercator.worldY(ps.get(i).lat());
        }
        if (ps.size() == 1) b.point(xy[0], xy[1]); else b.part(xy, false);
        return b.build();
    }

    /** Tests whether the shape has any polygon ring. */
    public boolean hasArea() { return closed.contains(Boolean.TRUE); }

    /** Tests whether the shape's bounds, seen through {@code v}, touch the screen (with a margin in pixels). */
    public boolean touches(Viewport v, double marginPx) {
        double x0 = v.screenX(minX), x1 = v.screenX(maxX), y0 = v.screenY(minY), y1 = v.screenY(maxY);
        return x1 >= -marginPx && x0 <= v.widthPx() + marginPx && y1 >= -marginPx && y0 <= v.heightPx() + marginPx;
    }

    private static final class Builder {
        private final List<double[]> parts = new ArrayList<>();
        private final List<Boolean> closed = new ArrayList<>();
        private double[] points = new double[0];
        private double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        private double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;

        void add(Geometry g) {
            if (g == null || g.isEmpty()) return;
            if (g instanceof Point p) {
                point(WebMercator.worldX(p.getX()), WebMercator.worldY(p.getY()));
            } else if (g instanceof Polygon p) {
                part(world(p.getExteriorRing().getCoordinates()), true);
                for (int i = 0; i < p.getNumInteriorRing(); i++) part(world(p.getInteriorRingN(i).getCoordinates()), true);
            } else if (g instanceof LineString l) {
                part(world(l.getCoordinates()), false);
            } else {
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    Geometry c = g.getGeometryN(i);
                    if (c != g) add(c);
                }
            }
        }

        private static double[] world(Coordinate[] cs) {
            double[] xy = new double[cs.length * 2];
            for (int i = 0; i < cs.length; i++) {
                xy[2 * i] = WebMercator.worldX(cs[i].x);
                xy[2 * i + 1] = WebMercator.worldY(cs[i].y);
            }
            return xy;
        }

        void part(double[] xy, boolean ring) {
            if (xy.length < 4) {
                if (xy.length == 2) point(xy[0], xy[1]);
                return;
            }
            parts.add(xy);
            closed.add(ring);
            for (int i = 0; i < xy.length; i += 2) grow(xy[i], xy[i + 1]);
        }

        void point(double x, double y) {
            double[] p = java.util.Arrays.copyOf(points, points.length + 2);
            p[points.length] = x;
            p[points.length + 1] = y;
            points = p;
            grow(x, y);
        }

        private void grow(double x, double y) {
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }

        WorldShape build() {
            if (minX > maxX) minX = minY = maxX = maxY = 0;
            return new WorldShape(parts, closed, points, minX, minY, maxX, maxY);
        }
    }
}
