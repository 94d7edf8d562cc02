package atlas.io;

import atlas.model.Stop;
import atlas.model.Story;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a {@link Story} as a StoryMapJS story: an overview slide with the title and description, then one slide
 * per stop with its date (ISO), location and zoom, headline and text (emphasis as {@code <b>}/{@code <i>}, text
 * escaped). {@link StoryMapReader} reads it back to the same stops. Atomic.
 */
public final class StoryMapWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Writes the story to {@code file} atomically. */
    public void write(Story story, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(story, out));
    }

    /** Writes the story as UTF-8 JSON to a stream (not closed). */
    public void write(Story story, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("storymap");
            g.writeBooleanField("map_as_image", false);
            g.writeStringField("map_type", "osm:standard");
            g.writeStringField("language", "en");
            g.writeArrayFieldStart("slides");
            g.writeStartObject();
            g.writeStringField("type", "overview");
            g.writeObjectFieldStart("text");
            g.writeStringField("headline", html(story.title()));
            g.writeStringField("text", html(story.description()));
            g.writeEndObject();
            g.writeEndObject();
            for (Stop s : story.stops()) {
                g.writeStartObject();
                g.writeStringField("date", s.date().toString());
                g.writeObjectFieldStart("location");
                g.writeNumberField("lat", s.center().lat());
                g.writeNumberField("lon", s.center().lon());
                g.writeNumberField("zoom", s.zoom());
                g.writeBooleanField("line", true);
                g.writeEndObject();
                g.writeObjectFieldStart("text");
                g.writeStringField("headline", html(s.title()));
                g.writeStringField("text", html(s.text()));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
    }

    /** Gets HTML of the atlas's plain text with {@code **bold**} and {@code *italic*}: escaped, emphasis as tags, lines as {@code <br>}. */
    static String html(String text) {
        String e = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        e = e.replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>").replaceAll("\\*(.+?)\\*", "<i>$1</i>");
        return e.replace("\n", "<br>");
    }
}
