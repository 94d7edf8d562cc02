package atlas.geo;

import atlas.model.LatLon;
import atlas.model.PlaceNames;
import java.util.Objects;

/** A populated place of the base map: names by usage, position, population (0 when unknown) and whether it is a capital. */
public record Town(PlaceNames names, LatLon point, long population, boolean capital) {
    public Town {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(point, "point");
        if (population < 0) throw new IllegalArgumentException("negative population: " + population);
    }
}
