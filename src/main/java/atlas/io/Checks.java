package atlas.io;

import atlas.io.JsonTree.Kind;
import atlas.io.JsonTree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Typed access to a {@link JsonTree} that records a {@link Problem} for every value of the wrong shape instead of
 * stopping. One instance per file read; package-private.
 */
final class Checks {
    final String file;
    private final RecordSink sink;
    private int count;
    /** When set, problems are file-level ones (the whole file is unusable), not one record's. */
    boolean fileLevel;

    Checks(String file, RecordSink sink) {
        this.file = file;
        this.sink = sink;
    }

    /**
     * Parses a whole import source into a tree (a small JSON document such as a TimelineJS or StoryMapJS file), its
     * duplicate members recorded here; then marks what follows as file-level problems, as the document's own shape is.
     *
     * @throws ReadException when the source is not well-formed JSON (the problem is located)
     */
    Node parseDocument(ImportSource source) throws java.io.IOException {
        Node root;
        try {
            root = JsonTree.parse(source.bytes(), file, Long.MAX_VALUE, this::add);
        } catch (JsonTree.SyntaxException e) {
            throw new ReadException(e.problem);
        }
        fileLevel = true;
        return root;
    }

    /** Records a problem at a node's position. */
    void add(Node at, String path, String message) {
        add(new Problem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), path, message));
    }

    /** Records a problem. */
    void add(Problem p) {
        count++;
        if (fileLevel) sink.fileProblem(p); else sink.problem(p);
    }

    /** Gets the number of problems recorded so far. */
    int count() { return count; }

    static String join(String path, String member) { return path.isEmpty() ? member : path + "." + member; }

    static String index(String path, int i) { return path + "[" + i + "]"; }

    /** Gets the object at {@code n}, or records "expected {what}" and returns null. */
    Node object(Node n, String path, String what) {
        if (n != null && n.kind() == Kind.OBJECT) return n;
        add(n, path, "expected " + what + ", found " + (n == null ? "nothing" : n.describe()));
        return null;
    }

    /** Gets a member node, or null when absent; records "missing required member" when {@code required}. */
    Node member(Node obj, String path, String name, boolean required, String expected) {
        Node v = obj.members().get(name);
        if (v == null && required)
            add(obj, join(path, name), "missing required member '" + name + "' (expected " + expected + ")");
        return v;
    }

    /** Gets a required string member (non-blank when {@code nonBlank}); null after recording a problem. */
    String string(Node obj, String path, String name, boolean nonBlank) {
        Node v = member(obj, path, name, true, nonBlank ? "a non-empty string" : "a string");
        if (v == null) return null;
        return stringValue(v, join(path, name), nonBlank);
    }

    String stringValue(Node v, String path, boolean nonBlank) {
        if (v.kind() != Kind.STRING) {
            add(v, path, "expected a string, found " + v.describe());
            return null;
        }
        String s = (String) v.value();
        if (nonBlank && s.isBlank()) {
            add(v, path, "expected a non-empty string, found an empty one");
            return null;
        }
        return s;
    }

    /** Gets an optional string member: absent or null gives {@code fallback}; other types are a problem. */
    String optionalString(Node obj, String path, String name, String fallback) {
        Node v = obj.members().get(name);
        if (v == null || v.kind() == Kind.NULL) return fallback;
        String s = stringValue(v, join(path, name), false);
        return s == null ? fallback : s;
    }

    /** Gets an optional number member (absent or null gives {@code fallback}), requiring it to be {@code >= 0}. */
    double optionalNonNegative(Node obj, String path, String name, double fallback) {
        Node v = obj.members().get(name);
        if (v == null || v.kind() == Kind.NULL) return fallback;
        if (v.kind() != Kind.NUMBER) {
            add(v, join(path, name), "expected a number, found " + v.describe());
            return fallback;
        }
        double d = ((Number) v.value()).doubleValue();
        if (!(d >= 0) || Double.isInfinite(d)) {
            add(v, join(path, name), "expected a number of kilometres >= 0, found " + v.value());
            return fallback;
        }
        return d;
    }

    /** Gets an optional boolean member (absent or null gives {@code fallback}). */
    boolean optionalBoolean(Node obj, String path, String name, boolean fallback) {
        Node v = obj.members().get(name);
        if (v == null || v.kind() == Kind.NULL) return fallback;
        if (v.kind() != Kind.BOOLEAN) {
            add(v, join(path, name), "expected true or false, found " + v.describe());
            return fallback;
        }
        return (Boolean) v.value();
    }

    /**
     * Gets an enum member by its file key through {@code parse} (which throws IllegalArgumentException for unknown
     * keys); records "unknown … (expected one of …)" and returns null otherwise. Absent or null gives
     * {@code fallback} unless {@code fallback} is null, when the member is required.
     */
    <E> E key(Node obj, String path, String name, E fallback, Function<String, E> parse, String what, List<String> keys) {
        Node v = obj.members().get(name);
        if ((v == null || v.kind() == Kind.NULL) && fallback != null) return fallback;
        String expected = v != null && v.kind() == Kind.STRING ? "" : "one of " + String.join(", ", keys);
        if (v == null || v.kind() == Kind.NULL) {
            add(obj, join(path, name), "missing required member '" + name + "' (expected " + expected + ")");
            return null;
        }
        if (v.kind() != Kind.STRING) {
            add(v, join(path, name), "expected " + what + " as a string (" + expected + "), found " + v.describe());
            return null;
        }
        try {
            return parse.apply((String) v.value());
        } catch (IllegalArgumentException e) {
            add(v, join(path, name), "unknown " + what + " '" + v.value() + "' (expected one of " + String.join(", ", keys) + ")");
            return null;
        }
    }

    /** Gets the elements of an array node, or records "expected an array of {what}" and returns null. */
    List<Node> array(Node v, String path, String what) {
        if (v != null && v.kind() == Kind.ARRAY) return v.elements();
        add(v, path, "expected an array of " + what + ", found " + (v == null ? "nothing" : v.describe()));
        return null;
    }

    static <T> List<T> list() { return new ArrayList<>(); }
}
