package atlas.model;

import java.util.Locale;

/** What a {@link TimedFeature} represents. The {@link #key()} is the lower-case hyphenated form used in files. */
public enum FeatureKind {
    CORRIDOR_ROUTE("Corridor route"),
    CORRIDOR_BAND("Corridor band (5 km, interpretation)"),
    LACHIN_ROAD_1992("Lachin road 1992–2020"),
    TEMPORARY_LINK("Temporary link"),
    EXODUS_ROUTE("Exodus route"),
    ALTERNATIVE_ROUTE("Alternative route"),
    CHECKPOINT("Checkpoint"),
    PROTEST_CAMP("Protest camp"),
    PEACEKEEPING_HQ("Peacekeeping headquarters"),
    PEACEKEEPING_POST("Peacekeeping post"),
    BRIDGE("Bridge"),
    CONTROL_AREA("Control area");

    private final String label;
    FeatureKind(String label) { this.label = label; }
    public String label() { return label; }
    public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static FeatureKind ofKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        if (k.equals("blockade-point")) return PROTEST_CAMP; // older files
        for (FeatureKind f : values()) if (f.key().equals(k)) return f;
        throw new IllegalArgumentException("unknown feature kind '" + key + "'");
    }
}
