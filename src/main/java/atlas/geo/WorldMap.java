package atlas.geo;

import java.util.List;

/**
 * The world layers of the base map (Natural Earth 1:50m), used at low zoom and outside the detailed region.
 *
 * @param land      world land polygons
 * @param countries world country polygons (property {@code id} = ISO 3166 numeric, {@code name})
 */
public record WorldMap(List<GeoFeature> land, List<GeoFeature> countries) {
    public WorldMap {
        land = List.copyOf(land);
        countries = List.copyOf(countries);
    }
}
