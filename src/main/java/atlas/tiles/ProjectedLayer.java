package atlas.tiles;

import atlas.geo.GeoFeature;
import atlas.geo.WebMercator;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A base-map layer projected once to normalised Web Mercator world coordinates, split into parts (one polygon or
 * line each) with their bounding boxes, so that a tile only touches the parts it overlaps. Immutable.
 */
final class ProjectedLayer {
    /** One polygon (rings, first is the shell) or line (one ring, open), with its world bounding box and a key. */
    record Part(double[][] rings, boolean closed, double minX, double minY, double maxX, double maxY, String key) {}

    private final List<Part> parts;

    private ProjectedLayer(List<Part> parts) { this.parts = List.copyOf(parts); }

    /**
     * Computes the projected parts of features; {@code key} gives each part a style key (e.g. a country code).
     * A polygon or line that crosses the antimeridian (Chukotka, Fiji) is unwrapped into one continuous shape
     * reaching past the world's edge and added twice, once shifted by a world's width, so each side of the map gets
     * its half; drawn as given, its edges would run across the whole map as a band.
     */
    static ProjectedLayer of(List<GeoFeature> features, Function<GeoFeature, String> key) {
        List<Part> out = new ArrayList<>();
        for (GeoFeature f : features) {
            String k = key.apply(f);
            Geometry g = f.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry single = g.getGeometryN(i);
                if (single instanceof Polygon p) {
                    double[][] rings = new double[1 + p.getNumInteriorRing()][];
                    rings[0] = project(p.getExteriorRing().getCoordinates(), true);
                    for (int h = 0; h < p.getNumInteriorRing(); h++)
                        rings[h + 1] = alignTo(rings[0], project(p.getInteriorRingN(h).getCoordinates(), true));
                    addWrapped(out, part(rings, true, k));
                } else if (single instanceof LineString l) {
                    addWrapped(out, part(new double[][] {project(l.getCoordinates(), false)}, false, k));
                }
            }
        }
        return new ProjectedLayer(out);
    }

    /**
     * Computes world coordinates of a ring or line, unwrapped: a step of more than 180 degrees of longitude is taken
     * as a crossing of the antimeridian, so x runs on past 0 or 1. A closed ring around a pole (Antarctica), which
     * cannot close once unwrapped, is kept as given: its step lies on the clamped edge of the world.
     */
    static double[] project(Coordinate[] cs, boolean closed) {
        double[] xy = new double[cs.length * 2];
        double shift = 0, prev = 0;
        for (int i = 0; i < cs.length; i++) {
            double lon = cs[i].x + shift;
            if (i > 0) {
                if (lon - prev > 180) {
                    shift -= 360;
                    lon -= 360;
                } else if (lon - prev < -180) {
                    shift += 360;
                    lon += 360;
                }
            }
            prev = lon;
            xy[2 * i] = WebMercator.worldX(lon);
            xy[2 * i + 1] = WebMercator.worldY(cs[i].y);
        }
        if (shift != 0 && closed && Math.abs(xy[xy.length - 2] - xy[0]) > 0.5) {
            for (int i = 0; i < cs.length; i++) xy[2 * i] = WebMercator.worldX(cs[i].x);
        }
        return xy;
    }

    /** Computes a hole moved by whole world widths to lie where its shell lies (both were unwrapped on their own). */
    private static double[] alignTo(double[] shell, double[] hole) {
        double shellMid = (min(shell) + max(shell)) / 2, holeMid = (min(hole) + max(hole)) / 2;
        double d = Math.rint(shellMid - holeMid);
        if (d == 0) return hole;
        for (int i = 0; i < hole.length; i += 2) hole[i] += d;
        return hole;
    }

    private static double min(double[] xy) {
        double m = Double.MAX_VALUE;
        for (int i = 0; i < xy.length; i += 2) m = Math.min(m, xy[i]);
        return m;
    }

    private static double max(double[] xy) {
        double m = -Double.MAX_VALUE;
        for (int i = 0; i < xy.length; i += 2) m = Math.max(m, xy[i]);
        return m;
    }

    /** Adds a part, and its copy one world width over when it reaches past the world's west or east edge. */
    private static void addWrapped(List<Part> out, Part p) {
        out.add(p);
        if (p.minX < 0) out.add(shifted(p, 1));
        if (p.maxX > 1) out.add(shifted(p, -1));
    }

    private static Part shifted(Part p, double dx) {
        double[][] rings = new double[p.rings.length][];
        for (int r = 0; r < rings.length; r++) {
            rings[r] = p.rings[r].clone();
            for (int i = 0; i < rings[r].length; i += 2) rings[r][i] += dx;
        }
        return part(rings, p.closed, p.key);
    }

    private static Part part(double[][] rings, boolean closed, String key) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] r : rings) {
            for (int i = 0; i < r.length; i += 2) {
                minX = Math.min(minX, r[i]);
                maxX = Math.max(maxX, r[i]);
                minY = Math.min(minY, r[i + 1]);
                maxY = Math.max(maxY, r[i + 1]);
            }
        }
        return new Part(rings, closed, minX, minY, maxX, maxY, key);
    }

    /** Gets the parts whose bounding box overlaps a world-coordinate box. */
    List<Part> overlapping(double minX, double minY, double maxX, double maxY) {
        List<Part> hits = new ArrayList<>();
        for (Part p : parts) {
            if (p.maxX >= minX && p.minX <= maxX && p.maxY >= minY && p.minY <= maxY) hits.add(p);
        }
        return hits;
    }

    /**
     * Computes a part's outline in tile pixels. Vertices are clamped to the tile grown by {@code marginPx} (which
     * keeps fills exact inside the tile and moves the extra edges out of sight) and vertices closer than
     * half a pixel to the previous one are dropped, so the path's size follows what is visible.
     */
    static Path2D.Double path(Part part, double scale, double offX, double offY, double marginPx) {
        return outline(part, scale, offX, offY, marginPx).path();
    }

    /** A part's outline in tile pixels, and whether any of its vertices lies within the tile (its edge is visible). */
    record Outline(Path2D.Double path, boolean edgeInTile) {}

    /** Computes a part's outline as {@link #path} does, noting whether an edge vertex falls inside the tile. */
    static Outline outline(Part part, double scale, double offX, double offY, double marginPx) {
        boolean inside = false;
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        double lo = -marginPx, hi = WebMercator.TILE_SIZE + marginPx;
        for (double[] r : part.rings) {
            int n = r.length / 2;
            double lastX = Double.NaN, lastY = Double.NaN;
            for (int i = 0; i < n; i++) {
                double x = r[2 * i] * scale - offX;
                double y = r[2 * i + 1] * scale - offY;
                if (!inside && x > -1 && y > -1 && x < WebMercator.TILE_SIZE + 1 && y < WebMercator.TILE_SIZE + 1) inside = true;
                x = x < lo ? lo : Math.min(x, hi);
                y = y < lo ? lo : Math.min(y, hi);
                if (i == 0) {
                    path.moveTo(x, y);
                } else if (i == n - 1 || Math.abs(x - lastX) >= 0.5 || Math.abs(y - lastY) >= 0.5) {
                    path.lineTo(x, y);
                } else {
                    continue;
                }
                lastX = x;
                lastY = y;
            }
            if (part.closed) path.closePath();
        }
        return new Outline(path, inside);
    }
}
