package atlas.tiles;

import atlas.i18n.Texts;
import java.util.Locale;

/** The base-map symbols a legend explains, in legend order. */
public enum LegendItem {
    INTERNATIONAL_BORDER, ADMIN1_BOUNDARY, NKAO_1991, CEASEFIRE_1994, RIVER, LAKE;

    /** Gets the legend text in the interface's language ("Former NKAO boundary (1991)"). */
    public String label() { return Texts.get("legend." + name().toLowerCase(Locale.ROOT).replace('_', '-')); }
}
