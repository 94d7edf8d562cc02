package atlas.io;

import atlas.geo.GeoFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON FeatureCollection of (Multi)Point, (Multi)LineString and (Multi)Polygon features into
 * {@link GeoFeature}s, with Jackson's streaming parser. Properties become strings (numbers in their JSON form;
 * nulls are left out). Features with a null geometry are skipped. Any syntax or structure error throws an
 * {@link AssetException} naming the file, line and column.
 */
public final class GeoJsonReader {
    private static final JsonFactory JSON = new JsonFactory();
    private final GeometryFactory factory = new GeometryFactory();

    /** Reads a whole FeatureCollection; {@code name} is the file name used in error messages. */
    public List<GeoFeature> read(InputStream in, String name) {
        try (in; JsonParser p = JSON.createParser(in)) {
            List<GeoFeature> out = new ArrayList<>();
            expect(p, p.nextToken(), JsonToken.START_OBJECT, name, "a GeoJSON object");
            boolean sawFeatures = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("features")) {
                    expect(p, t, JsonToken.START_ARRAY, name, "an array of features");
                    sawFeatures = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        GeoFeature f = feature(p, name);
                        if (f != null) out.add(f);
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (!sawFeatures) throw new AssetException(name, "not a GeoJSON FeatureCollection (no \"features\" array)");
            return out;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new AssetException(name, "invalid JSON at line " + (l == null ? "?" : l.getLineNr()) + ", column "
                    + (l == null ? "?" : l.getColumnNr()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new AssetException(name, "cannot be read: " + e.getMessage(), e);
        }
    }

    private GeoFeature feature(JsonParser p, String name) throws IOException {
        Map<String, String> props = new HashMap<>();
        String type = null;
        Object coords = null;
        JsonLocation start = p.currentLocation();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("properties") && t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (v.isScalarValue()) {
                        if (v != JsonToken.VALUE_NULL) props.put(key, p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
            } else if (field.equals("geometry") && t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (key.equals("type")) type = p.getText();
                    else if (key.equals("coordinates")) coords = nested(p, name);
                    else p.skipChildren();
                }
            } else {
                p.skipChildren();
            }
        }
        if (type == null && coords == null) return null;
        try {
            return new GeoFeature(geometry(type, coords), props);
        } catch (RuntimeException e) {
            throw new AssetException(name, "bad geometry in the feature at line " + start.getLineNr()
                    + ", column " + start.getColumnNr() + ": " + e.getMessage(), e);
        }
    }

    /** Reads nested coordinate arrays: a position becomes double[], an array of arrays a List. */
    private Object nested(JsonParser p, String name) throws IOException {
        expect(p, p.currentToken(), JsonToken.START_ARRAY, name, "a coordinate array");
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            double[] xy = new double[2];
            int n = 0;
            while (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                if (n < 2) xy[n] = p.getDoubleValue();
                n++;
                t = p.nextToken();
            }
            if (n < 2) throw new AssetException(name, "a position needs 2 numbers at line " + p.currentLocation().getLineNr());
            expect(p, t, JsonToken.END_ARRAY, name, "the end of a position");
            return xy;
        }
        List<Object> items = new ArrayList<>();
        while (t == JsonToken.START_ARRAY) {
            items.add(nested(p, name));
            t = p.nextToken();
        }
        expect(p, t, JsonToken.END_ARRAY, name, "a coordinate array");
        return items;
    }

    private static void expect(JsonParser p, JsonToken got, JsonToken want, String name, String what) {
        if (got != want) {
            JsonLocation l = p.currentLocation();
            throw new AssetException(name, "expected " + what + " at line " + l.getLineNr() + ", column "
                    + l.getColumnNr() + ", found " + (got == null ? "end of file" : got.asString()));
        }
    }

    @SuppressWarnings("unchecked")
    private Geometry geometry(String type, Object coords) {
        if (type == null || coords == null) throw new IllegalArgumentException("geometry without type or coordinates");
        return switch (type) {
            case "Point" -> factory.createPoint(coordinate((double[]) coords));
            case "MultiPoint" -> factory.createMultiPointFromCoords(coordinates((List<Object>) coords));
            case "LineString" -> line((List<Object>) coords);
            case "MultiLineString" -> factory.createMultiLineString(((List<Object>) coords).stream()
                    .map(c -> line((List<Object>) c)).toArray(LineString[]::new));
            case "Polygon" -> polygon((List<Object>) coords);
            case "MultiPolygon" -> factory.createMultiPolygon(((List<Object>) coords).stream()
                    .map(c -> polygon((List<Object>) c)).toArray(Polygon[]::new));
            default -> throw new IllegalArgumentException("unsupported geometry type " + type);
        };
    }

    private LineString line(List<Object> pts) { return factory.createLineString(coordinates(pts)); }

    @SuppressWarnings("unchecked")
    private Polygon polygon(List<Object> rings) {
        if (rings.isEmpty()) throw new IllegalArgumentException("polygon without rings");
        LinearRing shell = ring((List<Object>) rings.get(0));
        LinearRing[] holes = rings.subList(1, rings.size()).stream().map(r -> ring((List<Object>) r)).toArray(LinearRing[]::new);
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(List<Object> pts) {
        Coordinate[] c = coordinates(pts);
        if (c.length > 0 && !c[0].equals2D(c[c.length - 1])) {
            Coordinate[] closed = java.util.Arrays.copyOf(c, c.length + 1);
            closed[c.length] = new Coordinate(c[0]);
            c = closed;
        }
        return factory.createLinearRing(c);
    }

    private static Coordinate[] coordinates(List<Object> pts) {
        Coordinate[] c = new Coordinate[pts.size()];
        for (int i = 0; i < c.length; i++) {
            if (!(pts.get(i) instanceof double[] xy)) throw new IllegalArgumentException("expected a position");
            c[i] = coordinate(xy);
        }
        return c;
    }

    private static Coordinate coordinate(double[] xy) {
        if (!(xy[0] >= -180.0001 && xy[0] <= 180.0001 && xy[1] >= -90.0001 && xy[1] <= 90.0001))
            throw new IllegalArgumentException("position out of range: " + xy[0] + ", " + xy[1]);
        return new Coordinate(xy[0], xy[1]);
    }
}
