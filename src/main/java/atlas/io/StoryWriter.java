package atlas.io;

import atlas.model.Drawing;
import atlas.model.LatLon;
import atlas.model.Source;
import atlas.model.Stop;
import atlas.model.Story;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes stories in the story file format ({@code assets/schema/story-format.md}), pretty-printed UTF-8 JSON
 * with a trailing newline. Saving is atomic: the text goes to a temporary file beside the target, which is
 * then moved over it, so a failed save leaves the previous file intact.
 */
public final class StoryWriter {
    /** Gets the JSON text of a story. */
    public String toJson(Story story) {
        StringWriter w = new StringWriter();
        try {
            write(story, w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w + "\n";
    }

    /** Saves a story to {@code file} atomically (temporary file + move); creates missing parent folders. */
    public void save(Story story, Path file) throws IOException {
        AtomicFiles.write(file, out -> out.write(toJson(story).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Saves a recovery copy of a story: atomically like {@link #save}, without forcing it to the disk (it is written
     * on every edit; a killed process still leaves it whole).
     */
    public void saveRecoveryCopy(Story story, Path file) throws IOException {
        AtomicFiles.write(file, out -> out.write(toJson(story).getBytes(StandardCharsets.UTF_8)), false);
    }

    private void write(Story story, Writer out) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE
                .withLinefeed("\n"));
        pp = pp.withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeStringField("format", "corridor-atlas-story");
            g.writeNumberField("version", Story.FORMAT_VERSION);
            g.writeStringField("title", story.title());
            if (!story.description().isEmpty()) g.writeStringField("description", story.description());
            g.writeArrayFieldStart("stops");
            for (Stop s : story.stops()) writeStop(g, s);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void writeStop(JsonGenerator g, Stop s) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", s.title());
        g.writeStringField("date", s.date().toString());
        if (s.isComparison()) g.writeStringField("compare", s.compareDate().toString());
        if (s.window() != null) {
            g.writeArrayFieldStart("window");
            g.writeString(s.window().from().toString());
            g.writeString(s.window().until().minusDays(1).toString());
            g.writeEndArray();
        }
        g.writeObjectFieldStart("view");
        g.writeNumberField("lat", round(s.center().lat(), 5));
        g.writeNumberField("lon", round(s.center().lon(), 5));
        g.writeNumberField("zoom", round(s.zoom(), 2));
        g.writeEndObject();
        if (s.setsLayers()) {
            g.writeArrayFieldStart("layers");
            for (String l : s.layers()) g.writeString(l);
            g.writeEndArray();
        }
        if (!s.highlights().isEmpty()) {
            g.writeArrayFieldStart("highlight");
            for (String h : s.highlights()) g.writeString(h);
            g.writeEndArray();
        }
        g.writeStringField("text", s.text());
        if (!s.notes().isEmpty()) g.writeStringField("notes", s.notes());
        if (!s.sources().isEmpty()) {
            g.writeArrayFieldStart("sources");
            for (Source src : s.sources()) {
                g.writeStartObject();
                g.writeStringField("title", src.title());
                if (src.url() != null) g.writeStringField("url", src.url());
                if (src.publisher() != null) g.writeStringField("publisher", src.publisher());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!s.drawings().isEmpty()) {
            g.writeArrayFieldStart("drawings");
            for (Drawing d : s.drawings()) writeDrawing(g, d);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** Writes a drawing on one line per member; points are [lat, lon] pairs rounded to 6 decimals (about 0.1 m). */
    private void writeDrawing(JsonGenerator g, Drawing d) throws IOException {
        g.writeStartObject();
        g.writeStringField("tool", d.tool().key());
        g.writeStringField("color", d.color());
        g.writeNumberField("zoom", round(d.zoom(), 2));
        if (d.tool() == Drawing.Tool.TEXT) g.writeStringField("text", d.text());
        // one line for all the points: a stroke of hundreds of points would otherwise take a screen per drawing
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < d.points().size(); i++) {
            LatLon p = d.points().get(i);
            if (i > 0) b.append(", ");
            b.append('[').append(number(round(p.lat(), 6))).append(", ").append(number(round(p.lon(), 6))).append(']');
        }
        g.writeFieldName("points");
        g.writeRawValue(b.append(']').toString());
        g.writeEndObject();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
