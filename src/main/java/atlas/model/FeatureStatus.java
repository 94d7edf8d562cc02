package atlas.model;

import java.util.Locale;

/** The state of a corridor element during its validity: open, blockaded, under a checkpoint, closed, or not applicable. */
public enum FeatureStatus {
    NONE, OPEN, BLOCKADED, CHECKPOINT, CLOSED;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static FeatureStatus ofKey(String key) {
        try { return valueOf(key.trim().toUpperCase(Locale.ROOT)); }
        catch (IllegalArgumentException e) { throw new IllegalArgumentException("unknown status '" + key + "'"); }
    }
}
