package atlas.tiles;

/** The base-map symbols a legend explains, in legend order. */
public enum LegendItem {
    INTERNATIONAL_BORDER("International border"),
    ADMIN1_BOUNDARY("District / province boundary"),
    NKAO_1991("Former NKAO boundary (1991)"),
    CEASEFIRE_1994("1994 ceasefire line (line of contact until 2020)"),
    RIVER("River"),
    LAKE("Lake / reservoir");

    private final String label;

    LegendItem(String label) { this.label = label; }

    /** Gets the legend text. */
    public String label() { return label; }
}
