package atlas.io;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal values read more than once (dates, sources, actors, categories, titles, positions) so that a million
 * records keep one instance of each repeated value. One per reading; package-private.
 *
 * <p>Bounded: past {@link #MAX_VALUES} distinct values it starts afresh, so a reading whose records are passed on
 * rather than kept (validation, conversion) never holds every value of the file; a value seen again later is shared
 * from then on (equal, not the same instance, as the one before: sharing saves memory, nothing depends on it).
 */
final class Pool {
    /** The most distinct values remembered. */
    static final int MAX_VALUES = 1 << 17;
    private final Map<Object, Object> values = new HashMap<>();

    /** Gets the shared instance equal to {@code v} (v itself the first time); null stays null. */
    @SuppressWarnings("unchecked")
    <T> T share(T v) {
        if (v == null) return null;
        if (values.size() >= MAX_VALUES && !values.containsKey(v)) values.clear();
        Object prior = values.putIfAbsent(v, v);
        return prior == null ? v : (T) prior;
    }

    /** Gets a shared string, or null for an empty or blank one. */
    String text(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : share(t);
    }
}
