package atlas.io;

import atlas.model.Dataset;
import atlas.model.Place;
import atlas.model.TimedEvent;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports events as a plain GeoJSON FeatureCollection (RFC 7946) for GIS tools: one Point feature per event with
 * properties {@code id}, {@code start}, {@code end} (ISO dates at their precision, {@code end} null for a single
 * date), {@code title}, {@code category}, {@code place} (id or null), {@code names} (the place's names by usage,
 * or null) and {@code sources}. Writes atomically, like {@link DatasetWriter}.
 */
public final class EventsExporter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Writes {@code events} (of dataset {@code d}, whose places give the names) to {@code file}, in list order. */
    public void export(Dataset d, List<TimedEvent> events, Path file) throws IOException {
        AtomicFiles.write(file, out -> export(d, events, out));
    }

    /** Writes the events as UTF-8 GeoJSON to a stream (not closed). */
    public void export(Dataset d, List<TimedEvent> events, OutputStream out) throws IOException {
        Map<String, Place> places = new HashMap<>();
        for (Place p : d.places()) places.put(p.id(), p);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new LinePrinter());
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (TimedEvent e : events) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeStringField("id", e.id());
                g.writeFieldName("geometry");
                GeometryJson.write(g, GeometryJson.FACTORY.createPoint(e.point().toCoordinate()));
                g.writeObjectFieldStart("properties");
                g.writeStringField("id", e.id());
                g.writeStringField("start", e.start().iso());
                g.writeStringField("end", e.end() == null ? null : e.end().iso());
                g.writeStringField("title", e.title());
                g.writeStringField("category", e.category().key());
                g.writeStringField("place", e.placeId());
                Place p = e.placeId() == null ? null : places.get(e.placeId());
                g.writeFieldName("names");
                if (p == null) g.writeNull(); else DatasetWriter.namesValue(g, p.names());
                DatasetWriter.sources(g, e.sources());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
