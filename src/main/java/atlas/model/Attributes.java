package atlas.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The extra attributes of an event or a reference feature, kept as read (actors, fatalities, a KML
 * {@code ExtendedData} entry, a media link…): an ordered list of name–value pairs, immutable.
 *
 * <p>Built for a million events: there is no map per event. Names live in a {@link Schema} that every record read
 * from one file shares; each record keeps only an array of values (absent values are null), and may continue in a
 * shared tail ({@code next}) that holds a group of values many records repeat (an ACLED actor pair, an
 * administrative area). Readers pass equal value strings as one instance. Equality is by content.
 */
public final class Attributes {
    /** No attributes. */
    public static final Attributes NONE = new Attributes(new Schema(new String[0]), new String[0], null);

    private final Schema schema;
    private final String[] values;
    private final Attributes next;
    /** For a join of shared groups: the groups, in order (null otherwise). */
    private final Attributes[] parts;

    private Attributes(Schema schema, String[] values, Attributes next) {
        this(schema, values, next, null);
    }

    private Attributes(Schema schema, String[] values, Attributes next, Attributes[] parts) {
        this.schema = schema;
        this.values = values;
        this.next = next == NONE ? null : next;
        this.parts = parts;
    }

    /**
     * Gets the attributes of several groups in order, without copying them: a record whose groups are each shared
     * with many others (an actor pair, an area, a row's small values) costs one small object and one array.
     */
    public static Attributes join(Attributes... groups) {
        Attributes[] kept = java.util.Arrays.stream(groups).filter(g -> g != null && g != NONE).toArray(Attributes[]::new);
        if (kept.length == 0) return NONE;
        if (kept.length == 1) return kept[0];
        return new Attributes(NONE.schema, NONE.values, null, kept);
    }

    /** Visits the name–value pairs in order (absent values skipped); stops when {@code visit} returns false. */
    private boolean each(java.util.function.BiPredicate<String, String> visit) {
        for (Attributes a = this; a != null; a = a.next) {
            for (int i = 0; i < a.values.length; i++)
                if (a.values[i] != null && !visit.test(a.schema.names[i], a.values[i])) return false;
            if (a.parts != null) for (Attributes p : a.parts) if (!p.each(visit)) return false;
        }
        return true;
    }

    /** The names of a group of attributes, shared by every record read with them. Immutable. */
    public static final class Schema {
        private final String[] names;

        private Schema(String[] names) { this.names = names; }

        /** Gets a schema of these names (no null, no duplicate). */
        public static Schema of(String... names) {
            String[] copy = names.clone();
            for (String n : copy) Objects.requireNonNull(n, "attribute name");
            if (Arrays.stream(copy).distinct().count() != copy.length)
                throw new IllegalArgumentException("duplicate attribute name in " + Arrays.toString(copy));
            return new Schema(copy);
        }

        /** Gets the number of names. */
        public int size() { return names.length; }

        /** Gets the name at {@code i}. */
        public String name(int i) { return names[i]; }
    }

    /**
     * Gets the attributes with these values for the schema's names, followed by {@code next} (may be null). Values
     * may be null (absent); the array is copied.
     */
    public static Attributes of(Schema schema, String[] values, Attributes next) {
        Objects.requireNonNull(schema, "schema");
        if (values.length != schema.size())
            throw new IllegalArgumentException("expected " + schema.size() + " values, found " + values.length);
        boolean any = false;
        for (String v : values) any |= v != null;
        if (!any) return next == null ? NONE : next;
        return new Attributes(schema, values.clone(), next);
    }

    /** Gets attributes holding the entries of a map, in its iteration order (null values are dropped). */
    public static Attributes of(Map<String, String> entries) {
        if (entries.isEmpty()) return NONE;
        return of(Schema.of(entries.keySet().toArray(String[]::new)), entries.values().toArray(String[]::new), null);
    }

    /** Gets the value of the attribute {@code name}, empty when absent. */
    public Optional<String> get(String name) {
        String[] found = new String[1];
        each((k, v) -> {
            if (!k.equals(name)) return true;
            found[0] = v;
            return false;
        });
        return Optional.ofNullable(found[0]);
    }

    /** Tests whether there are no attributes. */
    public boolean isEmpty() { return this == NONE; }

    /** Gets the attributes as a new ordered map (first occurrence of a name wins). */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        each((k, v) -> {
            m.putIfAbsent(k, v);
            return true;
        });
        return Collections.unmodifiableMap(m);
    }

    @Override public boolean equals(Object o) {
        return o == this || o instanceof Attributes a && asMap().equals(a.asMap());
    }

    @Override public int hashCode() { return asMap().hashCode(); }

    @Override public String toString() { return asMap().toString(); }
}
