package atlas.geo;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One vector feature of a base-map layer: a JTS geometry in degrees (x = lon, y = lat) and its text properties
 * (absent values are absent keys). Treat the geometry as frozen.
 */
public record GeoFeature(Geometry geometry, Map<String, String> properties) {
    public GeoFeature {
        Objects.requireNonNull(geometry, "geometry");
        properties = Map.copyOf(properties);
    }

    /** Gets a property, or {@code ""} when absent. */
    public String property(String key) { return properties.getOrDefault(key, ""); }
}
