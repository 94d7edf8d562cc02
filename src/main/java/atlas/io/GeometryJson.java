package atlas.io;

import atlas.io.JsonTree.Kind;
import atlas.io.JsonTree.Node;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Converts GeoJSON geometry ({@code [lon, lat]} positions, WGS84 degrees) to and from JTS (x = lon, y = lat),
 * checking ranges and ring closure. Package-private.
 */
final class GeometryJson {
    static final GeometryFactory FACTORY = new GeometryFactory();
    private static final List<String> TYPES = List.of("Point", "LineString", "Polygon", "MultiPoint",
            "MultiLineString", "MultiPolygon", "GeometryCollection");

    private GeometryJson() {}

    /** Reads a geometry object; records problems and returns null when it is not valid GeoJSON geometry. */
    static Geometry read(Node n, String path, Checks c) { return read(n, path, c, null); }

    /**
     * Reads a geometry object whose positions are first passed through {@code crs} (x, y in a file's CRS to lon, lat;
     * null for positions already in degrees), then checked.
     */
    static Geometry read(Node n, String path, Checks c, java.util.function.UnaryOperator<Coordinate> crs) {
        Node obj = c.object(n, path, "a GeoJSON geometry object");
        if (obj == null) return null;
        String type = c.string(obj, path, "type", true);
        if (type == null) return null;
        if (!TYPES.contains(type)) {
            c.add(obj.members().get("type"), Checks.join(path, "type"),
                    "unknown geometry type '" + type + "' (expected one of " + String.join(", ", TYPES) + ")");
            return null;
        }
        if (type.equals("GeometryCollection")) {
            Node gs = c.member(obj, path, "geometries", true, "an array of geometries");
            if (gs == null) return null;
            List<Node> els = c.array(gs, Checks.join(path, "geometries"), "geometries");
            if (els == null) return null;
            List<Geometry> parts = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < els.size(); i++) {
                Geometry g = read(els.get(i), Checks.index(Checks.join(path, "geometries"), i), c, crs);
                if (g == null) ok = false; else parts.add(g);
            }
            return ok ? FACTORY.createGeometryCollection(parts.toArray(Geometry[]::new)) : null;
        }
        Node coords = c.member(obj, path, "coordinates", true, "the coordinates of a " + type);
        if (coords == null) return null;
        String cp = Checks.join(path, "coordinates");
        int before = c.count();
        Geometry g = switch (type) {
            case "Point" -> { Coordinate p = position(coords, cp, c, crs); yield p == null ? null : FACTORY.createPoint(p); }
            case "LineString" -> line(coords, cp, c, crs);
            case "Polygon" -> polygon(coords, cp, c, crs);
            case "MultiPoint" -> {
                List<Node> els = c.array(coords, cp, "positions [longitude, latitude]");
                if (els == null) yield null;
                List<Point> pts = new ArrayList<>();
                for (int i = 0; i < els.size(); i++) {
                    Coordinate p = position(els.get(i), Checks.index(cp, i), c, crs);
                    if (p != null) pts.add(FACTORY.createPoint(p));
                }
                yield FACTORY.createMultiPoint(pts.toArray(Point[]::new));
            }
            case "MultiLineString" -> {
                List<Node> els = c.array(coords, cp, "line strings");
                if (els == null) yield null;
                List<LineString> ls = new ArrayList<>();
                for (int i = 0; i < els.size(); i++) {
                    LineString l = line(els.get(i), Checks.index(cp, i), c, crs);
                    if (l != null) ls.add(l);
                }
                yield FACTORY.createMultiLineString(ls.toArray(LineString[]::new));
            }
            default -> {
                List<Node> els = c.array(coords, cp, "polygons");
                if (els == null) yield null;
                List<Polygon> ps = new ArrayList<>();
                for (int i = 0; i < els.size(); i++) {
                    Polygon p = polygon(els.get(i), Checks.index(cp, i), c, crs);
                    if (p != null) ps.add(p);
                }
                yield FACTORY.createMultiPolygon(ps.toArray(Polygon[]::new));
            }
        };
        return c.count() == before ? g : null;
    }

    /** Reads a {@code [lon, lat]} (or {@code [lon, lat, alt]}) position, checking the ranges. */
    static Coordinate position(Node n, String path, Checks c) { return position(n, path, c, null); }

    static Coordinate position(Node n, String path, Checks c, java.util.function.UnaryOperator<Coordinate> crs) {
        if (n.kind() != Kind.ARRAY || n.elements().size() < 2 || n.elements().size() > 3
                || n.elements().stream().anyMatch(e -> e.kind() != Kind.NUMBER)) {
            c.add(n, path, "expected a position [longitude, latitude] of two numbers, found " + n.describe()
                    + (n.kind() == Kind.ARRAY ? " of " + n.elements().size() + " elements" : ""));
            return null;
        }
        double lon = ((Number) n.elements().get(0).value()).doubleValue();
        double lat = ((Number) n.elements().get(1).value()).doubleValue();
        if (crs != null) {
            Coordinate t = crs.apply(new Coordinate(lon, lat));
            lon = t.x;
            lat = t.y;
        }
        boolean ok = true;
        if (!(lon >= -180 && lon <= 180)) {
            c.add(n.elements().get(0), Checks.index(path, 0), "longitude " + lon + " is outside [-180, 180] (positions are [longitude, latitude])");
            ok = false;
        }
        if (!(lat >= -90 && lat <= 90)) {
            c.add(n.elements().get(1), Checks.index(path, 1), "latitude " + lat + " is outside [-90, 90] (positions are [longitude, latitude])");
            ok = false;
        }
        if (!ok) return null;
        return n.elements().size() == 3
                ? new Coordinate(lon, lat, ((Number) n.elements().get(2).value()).doubleValue())
                : new Coordinate(lon, lat);
    }

    private static Coordinate[] positions(Node n, String path, Checks c, int min, String what,
                                          java.util.function.UnaryOperator<Coordinate> crs) {
        List<Node> els = c.array(n, path, "positions [longitude, latitude]");
        if (els == null) return null;
        if (els.size() < min) {
            c.add(n, path, "expected " + what + ", found " + els.size() + " positions");
            return null;
        }
        Coordinate[] out = new Coordinate[els.size()];
        boolean ok = true;
        for (int i = 0; i < out.length; i++) {
            out[i] = position(els.get(i), Checks.index(path, i), c, crs);
            ok &= out[i] != null;
        }
        return ok ? out : null;
    }

    private static LineString line(Node n, String path, Checks c, java.util.function.UnaryOperator<Coordinate> crs) {
        Coordinate[] cs = positions(n, path, c, 2, "a line of at least 2 positions", crs);
        return cs == null ? null : FACTORY.createLineString(cs);
    }

    private static Polygon polygon(Node n, String path, Checks c, java.util.function.UnaryOperator<Coordinate> crs) {
        List<Node> rings = c.array(n, path, "linear rings");
        if (rings == null) return null;
        if (rings.isEmpty()) {
            c.add(n, path, "expected at least one linear ring (the exterior), found none");
            return null;
        }
        List<LinearRing> out = new ArrayList<>();
        for (int i = 0; i < rings.size(); i++) {
            String rp = Checks.index(path, i);
            Coordinate[] cs = positions(rings.get(i), rp, c, 4, "a closed ring of at least 4 positions", crs);
            if (cs == null) continue;
            if (!cs[0].equals2D(cs[cs.length - 1])) {
                c.add(rings.get(i), rp, "expected a closed ring (last position equal to the first)");
                continue;
            }
            out.add(FACTORY.createLinearRing(cs));
        }
        if (out.size() != rings.size()) return null;
        return FACTORY.createPolygon(out.get(0), out.subList(1, out.size()).toArray(LinearRing[]::new));
    }

    /** Writes a JTS geometry as a GeoJSON geometry object. */
    static void write(JsonGenerator g, Geometry geom) throws IOException {
        g.writeStartObject();
        if (geom instanceof GeometryCollection gc && !(geom instanceof MultiPoint)
                && !(geom instanceof MultiLineString) && !(geom instanceof MultiPolygon)) {
            g.writeStringField("type", "GeometryCollection");
            g.writeArrayFieldStart("geometries");
            for (int i = 0; i < gc.getNumGeometries(); i++) write(g, gc.getGeometryN(i));
            g.writeEndArray();
            g.writeEndObject();
            return;
        }
        g.writeStringField("type", geom.getGeometryType());
        g.writeFieldName("coordinates");
        if (geom instanceof Point p) {
            writePosition(g, p.getCoordinate());
        } else if (geom instanceof LineString l) {
            writePositions(g, l.getCoordinates());
        } else if (geom instanceof Polygon p) {
            writePolygon(g, p);
        } else {
            g.writeStartArray();
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                Geometry part = geom.getGeometryN(i);
                if (part instanceof Point p) writePosition(g, p.getCoordinate());
                else if (part instanceof Polygon p) writePolygon(g, p);
                else writePositions(g, part.getCoordinates());
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writePolygon(JsonGenerator g, Polygon p) throws IOException {
        g.writeStartArray();
        writePositions(g, p.getExteriorRing().getCoordinates());
        for (int i = 0; i < p.getNumInteriorRing(); i++) writePositions(g, p.getInteriorRingN(i).getCoordinates());
        g.writeEndArray();
    }

    private static void writePositions(JsonGenerator g, Coordinate[] cs) throws IOException {
        g.writeStartArray();
        for (Coordinate c : cs) writePosition(g, c);
        g.writeEndArray();
    }

    static void writePosition(JsonGenerator g, Coordinate c) throws IOException {
        g.writeStartArray();
        g.writeNumber(c.x);
        g.writeNumber(c.y);
        if (!Double.isNaN(c.getZ())) g.writeNumber(c.getZ());
        g.writeEndArray();
    }
}
