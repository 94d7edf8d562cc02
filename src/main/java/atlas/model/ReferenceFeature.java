package atlas.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An untimed feature of an imported file (a placemark or GeoJSON feature without a time): reference geometry shown
 * at every date, never on the timeline. The JTS geometry is in degrees (x = lon, y = lat) and frozen.
 */
public record ReferenceFeature(String id, String name, Geometry geometry, String description, Attributes attributes) {
    public ReferenceFeature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(geometry, "geometry");
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        attributes = attributes == null ? Attributes.NONE : attributes;
    }
}
