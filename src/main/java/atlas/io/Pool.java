package atlas.io;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal values read more than once (dates, sources, actors, categories, titles, positions) so that a million
 * records keep one instance of each repeated value. One per reading; package-private.
 */
final class Pool {
    private final Map<Object, Object> values = new HashMap<>();

    /** Gets the shared instance equal to {@code v} (v itself the first time); null stays null. */
    @SuppressWarnings("unchecked")
    <T> T share(T v) {
        if (v == null) return null;
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
