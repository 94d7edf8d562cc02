package atlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A named place. {@code point} is null only when {@code status} is {@link CoordinateStatus#NOT_LOCATED};
 * {@code errorKm} is the stated error of an approximate point (0 for sourced ones).
 */
public record Place(String id, PlaceNames names, String type, LatLon point,
                    CoordinateStatus status, double errorKm, List<Source> sources, String note) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(status, "status");
        if ((point == null) != (status == CoordinateStatus.NOT_LOCATED))
            throw new IllegalArgumentException("place " + id + ": a point is required unless NOT_LOCATED");
        if (errorKm < 0) throw new IllegalArgumentException("place " + id + ": negative error");
        sources = List.copyOf(sources);
        type = type == null ? "" : type;
        note = note == null ? "" : note;
    }

    public boolean isApproximate() { return status == CoordinateStatus.APPROXIMATE; }
}
