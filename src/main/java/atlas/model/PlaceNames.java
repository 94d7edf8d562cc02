package atlas.model;

import java.util.Objects;

/**
 * A place's names by usage. {@code armenian}, {@code azerbaijani} and {@code international} are the names in
 * Latin script as each usage writes them (Stepanakert / Khankendi / Stepanakert); the script fields
 * (Armenian script, Azerbaijani Latin, Russian) are null when unknown.
 */
public record PlaceNames(String armenian, String azerbaijani, String international,
                         String armenianScript, String azerbaijaniLatin, String russian) {
    public PlaceNames {
        Objects.requireNonNull(international, "international name");
        if (armenian == null) armenian = international;
        if (azerbaijani == null) azerbaijani = international;
    }

    /** Gets names for a place every usage names the same way. */
    public static PlaceNames single(String name) { return new PlaceNames(name, name, name, null, null, null); }

    /** Tests if the two usages differ, i.e. the place is named differently by the sides. */
    public boolean isContested() { return !armenian.equalsIgnoreCase(azerbaijani); }

    /** Gets the label for a style: for {@link NameStyle#BOTH}, "Armenian / Azerbaijani" when they differ. */
    public String label(NameStyle style) {
        return switch (style) {
            case ARMENIAN -> armenian;
            case AZERBAIJANI -> azerbaijani;
            case INTERNATIONAL -> international;
            case BOTH -> isContested() ? armenian + " / " + azerbaijani : international;
        };
    }
}
