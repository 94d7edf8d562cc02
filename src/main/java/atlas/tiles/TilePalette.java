package atlas.tiles;

import java.awt.Color;
import java.util.Map;

/**
 * Colours of the offline base map (Java2D cannot read CSS, so they live here). Country tints are keyed by ISO 3166
 * alpha-3 code; other countries get {@code land}.
 */
public record TilePalette(Color ocean, Color land, Map<String, Color> countryTints, Color worldOutline,
                          Color lake, Color lakeEdge, Color river, Color admin1, Color border, Color borderHalo,
                          Color nkao1991, Color ceasefire1994) {
    public TilePalette {
        countryTints = Map.copyOf(countryTints);
    }

    /** Gets the atlas palette: soft country tints, blue water, dark borders, a purple NKAO line and a red 1994 line. */
    public static TilePalette atlas() {
        return new TilePalette(
                new Color(0xAFCDE3), new Color(0xEDE9E0),
                Map.of("ARM", new Color(0xF4DFC4), "AZE", new Color(0xDCE8CB), "IRN", new Color(0xEEDFE6),
                        "TUR", new Color(0xF1ECCB), "GEO", new Color(0xDDDCEE), "RUS", new Color(0xE6E1D7)),
                new Color(0x9A9490),
                new Color(0xA3C8E4), new Color(0x6E9FC6), new Color(0x5A93C8),
                new Color(0x9C8FA6), new Color(0x4A4150), new Color(0xE8C9E3, false),
                new Color(0x8A2E8F), new Color(0xC62828));
    }

    /** Gets the tint of a country by ISO alpha-3 code, or the neutral land colour. */
    public Color tint(String iso3) { return countryTints.getOrDefault(iso3, land); }
}
