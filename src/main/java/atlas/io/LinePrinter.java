package atlas.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * Lays out a FeatureCollection with each top-level member on its own line and each feature on one line: compact
 * for large files, readable, and one changed feature is one changed line in a diff. Package-private.
 */
final class LinePrinter extends MinimalPrettyPrinter {
    /** Tests if the context is the root object. */
    private static boolean isTop(JsonStreamContext c) { return c.inObject() && c.getParent() != null && c.getParent().inRoot(); }

    /** Tests if the context is an array member of the root object (the features). */
    private static boolean isFeatureArray(JsonStreamContext c) { return c.inArray() && c.getParent() != null && isTop(c.getParent()); }

    @Override public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (isTop(g.getOutputContext())) g.writeRaw("\n  ");
    }

    @Override public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException { g.writeRaw(": "); }

    @Override public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(isTop(g.getOutputContext()) ? ",\n  " : ", ");
    }

    @Override public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        g.writeRaw(isTop(g.getOutputContext()) ? "\n}" : "}");
    }

    @Override public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (isFeatureArray(g.getOutputContext())) g.writeRaw("\n    ");
    }

    @Override public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(isFeatureArray(g.getOutputContext()) ? ",\n    " : ", ");
    }

    @Override public void writeEndArray(JsonGenerator g, int values) throws IOException {
        g.writeRaw(isFeatureArray(g.getOutputContext()) && values > 0 ? "\n  ]" : "]");
    }
}
