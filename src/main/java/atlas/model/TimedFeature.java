package atlas.model;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * Geometry valid for a period: a corridor route, a checkpoint, a post. The JTS geometry is in degrees
 * (x = lon, y = lat) and counts as frozen: never mutate it after construction.
 * {@code approximate} marks geometry drawn through estimated points (with {@code errorKm}, the largest stated
 * error); {@code schematic} marks lines drawn through a handful of points rather than surveyed.
 */
public record TimedFeature(String id, FeatureKind kind, PlaceNames names, Geometry geometry, TimeSpan validity,
                           FeatureStatus status, boolean approximate, double errorKm, boolean schematic,
                           String description, List<Source> sources) {
    public TimedFeature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(validity, "validity");
        status = status == null ? FeatureStatus.NONE : status;
        description = description == null ? "" : description;
        if (errorKm < 0) throw new IllegalArgumentException("feature " + id + ": negative error");
        sources = List.copyOf(sources);
    }

    /** Tests if this feature is valid on day {@code t} (half-open validity). */
    public boolean isValidAt(java.time.LocalDate t) { return validity.contains(t); }
}
