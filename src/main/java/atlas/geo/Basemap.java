package atlas.geo;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * The vector base map of the region, loaded once at start-up: the detailed layers of the wider region (inside
 * {@link #detailBounds()}), the towns, and the elevation grid for hillshading. The world layers are a separate
 * {@link WorldMap}. Immutable; safe to share between tile-rendering threads.
 *
 * @param countries    land polygons of the region's countries (property {@code iso_a3}, {@code name})
 * @param borders      international boundary lines
 * @param admin1       first-level divisions (polygons; property {@code name})
 * @param lakes        lakes and reservoirs (polygons)
 * @param rivers       rivers (lines; property {@code level})
 * @param nkLines      the former NKAO boundary ({@code kind=nkao_1991}) and the 1994 ceasefire line ({@code kind=ceasefire_1994})
 * @param towns        populated places
 * @param elevation    approximate elevation grid
 * @param detailBounds the extent (lon = x, lat = y) the detailed layers cover
 */
public record Basemap(List<GeoFeature> countries, List<GeoFeature> borders, List<GeoFeature> admin1,
                      List<GeoFeature> lakes, List<GeoFeature> rivers, List<GeoFeature> nkLines,
                      List<Town> towns,
                      ElevationGrid elevation, Envelope detailBounds) {
    public Basemap {
        countries = List.copyOf(countries);
        borders = List.copyOf(borders);
        admin1 = List.copyOf(admin1);
        lakes = List.copyOf(lakes);
        rivers = List.copyOf(rivers);
        nkLines = List.copyOf(nkLines);
        towns = List.copyOf(towns);
        Objects.requireNonNull(elevation, "elevation");
        detailBounds = new Envelope(Objects.requireNonNull(detailBounds, "detailBounds"));
    }

    /** Gets the extent the detailed layers cover (a copy: JTS envelopes are mutable). */
    @Override public Envelope detailBounds() { return new Envelope(detailBounds); }
}
