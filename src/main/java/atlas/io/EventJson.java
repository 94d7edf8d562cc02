package atlas.io;

import atlas.model.Attributes;
import atlas.model.Source;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small JSON values that ride inside other formats' cells (a CSV column, a KML {@code Data} value): a list of
 * sources and an attributes object. Package-private.
 */
final class EventJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private EventJson() {}

    /** Gets the sources as a JSON array of {title, url, publisher}. */
    static String sources(List<Source> sources) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartArray();
            for (Source s : sources) {
                g.writeStartObject();
                g.writeStringField("title", s.title());
                if (s.url() != null) g.writeStringField("url", s.url());
                if (s.publisher() != null) g.writeStringField("publisher", s.publisher());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Parses a JSON array of sources; throws IllegalArgumentException with a reason when it is not one. */
    static List<Source> parseSources(String json) {
        List<Source> out = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) throw new IllegalArgumentException("expected a JSON array of sources");
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> m = object(p);
                String title = m.get("title");
                if (title == null || title.isBlank()) throw new IllegalArgumentException("a source without a title");
                out.add(new Source(title, m.get("url"), m.get("publisher")));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("expected a JSON array of sources: " + e.getMessage());
        }
        return out;
    }

    /** Gets attributes as a JSON object of strings. */
    static String attributes(Attributes a) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : a.asMap().entrySet()) g.writeStringField(e.getKey(), e.getValue());
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Parses a JSON object of strings into attributes. */
    static Attributes parseAttributes(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("expected a JSON object of attributes");
            return Attributes.of(object(p));
        } catch (IOException e) {
            throw new IllegalArgumentException("expected a JSON object of attributes: " + e.getMessage());
        }
    }

    private static Map<String, String> object(JsonParser p) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            JsonToken t = p.nextToken();
            if (t.isScalarValue()) { if (t != JsonToken.VALUE_NULL) m.put(k, p.getText()); }
            else p.skipChildren();
        }
        return m;
    }
}
