package atlas.model;

import atlas.i18n.Texts;
import java.util.Locale;

/** What kind of event an event is. The {@link #key()} is the lower-case hyphenated form used in files. */
public enum Category {
    WAR, CLASH, VIOLENCE, CEASEFIRE, CORRIDOR, PEACEKEEPING, DIPLOMACY, HUMANITARIAN, TERRITORIAL_CHANGE, POLITICAL,
    /** An imported event whose file names no category the atlas knows. */
    OTHER;

    /** Gets the category's name in the interface's language ("Violence against civilians"). */
    public String label() { return Texts.get("category." + key()); }

    /** Gets the file key: {@code territorial-change}, {@code ceasefire}. */
    public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** Gets the category for a file key; accepts {@code ceasefire/agreement} as {@link #CEASEFIRE}. */
    public static Category ofKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        if (k.equals("ceasefire/agreement") || k.equals("agreement")) return CEASEFIRE;
        for (Category c : values()) if (c.key().equals(k)) return c;
        throw new IllegalArgumentException("unknown category '" + key + "'");
    }
}
