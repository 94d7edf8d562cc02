package atlas.model;

import atlas.i18n.Texts;
import java.util.Locale;

/** What a {@link TimedFeature} represents. The {@link #key()} is the lower-case hyphenated form used in files. */
public enum FeatureKind {
    CORRIDOR_ROUTE, CORRIDOR_BAND, LACHIN_ROAD_1992, TEMPORARY_LINK, EXODUS_ROUTE, ALTERNATIVE_ROUTE, CHECKPOINT,
    PROTEST_CAMP, PEACEKEEPING_HQ, PEACEKEEPING_POST, BRIDGE, CONTROL_AREA;

    /** Gets the kind's name in the interface's language ("Corridor route", "Protest camp"). */
    public String label() { return Texts.get("feature-kind." + key()); }
    public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static FeatureKind ofKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        if (k.equals("blockade-point")) return PROTEST_CAMP; // older files
        for (FeatureKind f : values()) if (f.key().equals(k)) return f;
        throw new IllegalArgumentException("unknown feature kind '" + key + "'");
    }
}
