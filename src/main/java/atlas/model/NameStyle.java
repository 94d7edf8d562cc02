package atlas.model;

import atlas.i18n.Texts;
import java.util.Locale;

/** Which names to show for places the sides name differently. Independent of the interface's language. */
public enum NameStyle {
    BOTH, ARMENIAN, AZERBAIJANI, INTERNATIONAL;

    /** Gets the style's name in the interface's language ("Both names", "Armenian usage"). */
    public String label() { return Texts.get("name-style." + name().toLowerCase(Locale.ROOT)); }
}
