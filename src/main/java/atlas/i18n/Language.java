package atlas.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages of the interface: English, Armenian, Azerbaijani (Latin script) and Russian. Each has a tag (the
 * ISO 639-1 code, as {@code --lang} takes it), the {@link Locale} its dates and numbers are formatted with, and its
 * name in itself, as a language menu lists it.
 */
public enum Language {
    EN("en", "English"),
    HY("hy", "Հայերեն"),
    AZ("az", "Azərbaycan dili"),
    RU("ru", "Русский");

    private final String tag;
    private final String nativeName;
    private final Locale locale;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
        // Azerbaijani in Latin script: CLDR's "az" is az-Latn (month names "avqust", decimal comma)
        this.locale = Locale.forLanguageTag(tag);
    }

    /** Gets the tag: {@code en}, {@code hy}, {@code az} or {@code ru}. */
    public String tag() { return tag; }

    /** Gets the locale dates and numbers are formatted with. */
    public Locale locale() { return locale; }

    /** Gets the language's name in itself ("Հայերեն", "Русский"), as a language menu shows it. */
    public String nativeName() { return nativeName; }

    /**
     * Gets the language of a tag, ignoring case and a region or script after it ({@code ru-RU}, {@code az_Latn});
     * empty for any other language or a blank tag.
     */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null) return Optional.empty();
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        if (cut >= 0) t = t.substring(0, cut);
        for (Language l : values()) if (l.tag.equals(t)) return Optional.of(l);
        return Optional.empty();
    }

    /** Gets the language of the system's locale when it is one of the four, English otherwise. */
    public static Language system() { return ofTag(Locale.getDefault().getLanguage()).orElse(EN); }

    /** Gets the tags as a list for messages: "en, hy, az, ru". */
    public static String tags() { return Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(", ")); }
}
