package atlas.model;

import atlas.i18n.Texts;
import java.util.Locale;

/**
 * The state of a corridor element during its validity: open, closed to civilian traffic, under a checkpoint, closed, or
 * not applicable. The keys are neutral terms ("closed-to-civilians", not one side's word); the older key "blockaded" is
 * still read, as a synonym of {@link #CLOSED_TO_CIVILIANS}.
 */
public enum FeatureStatus {
    NONE, OPEN, CLOSED_TO_CIVILIANS, CHECKPOINT, CLOSED;

    /** Gets the status in the interface's language ("closed to civilian traffic"); "" for {@link #NONE}. */
    public String label() { return this == NONE ? "" : Texts.get("feature-status." + key()); }

    public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static FeatureStatus ofKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        if (k.equals("blockaded")) return CLOSED_TO_CIVILIANS;
        for (FeatureStatus s : values()) if (s.key().equals(k)) return s;
        throw new IllegalArgumentException("unknown status '" + key + "'");
    }
}
