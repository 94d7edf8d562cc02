package atlas.model;

import java.util.Locale;

/** What kind of event an event is. The {@link #key()} is the lower-case hyphenated form used in files. */
public enum Category {
    WAR("War"),
    CLASH("Clash"),
    VIOLENCE("Violence against civilians"),
    CEASEFIRE("Ceasefire / agreement"),
    CORRIDOR("Corridor"),
    PEACEKEEPING("Peacekeeping"),
    DIPLOMACY("Diplomacy"),
    HUMANITARIAN("Humanitarian"),
    TERRITORIAL_CHANGE("Territorial change"),
    POLITICAL("Political"),
    /** An imported event whose file names no category the atlas knows. */
    OTHER("Other");

    private final String label;

    Category(String label) { this.label = label; }

    public String label() { return label; }

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
