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
 * Exports events as a plain GeoJSON FeatureCollection (RFC 7946) for GIS tools: one feature per event (its point,
 * line, polygon or track line; null geometry without location) with properties {@code id}, {@code start},
 * {@code end} (ISO dates at their precision, {@code end} null for a single date), {@code title}, {@code summary},
 * {@code category}, {@code location} (when approximate or not located), {@code times} (a track's instants),
 * {@code place} (id or null), {@code names} (the place's names by usage, or null), {@code sources} and
 * {@code attributes}; the dataset's reference features come first, untimed. {@link GeoJsonEventsReader} reads it
 * back to the same events. Writes atomically, like {@link DatasetWriter}.
 */
public final class EventsExporter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Writes {@code events} (of dataset {@code d}, whose places give the names) to {@code file}, in list order. */
    public void export(Dataset d, List<TimedEvent> events, Path file) throws IOException {
        AtomicFiles.write(file, out -> export(d, events, out));
    }

    /** Writes the events as UTF-8 GeoJSON to a stream (not closed). */
    public void export(Dataset d, List<TimedEvent> events, OutputStream out) throws IOException {
        Streaming w = new Streaming(out);
        for (Place p : d.places()) w.writePlace(p);
        for (atlas.model.ReferenceFeature r : d.references()) w.writeReference(r);
        for (TimedEvent e : events) w.writeEvent(e);
        w.finish(d.title());
    }

    /**
     * Gets a writer of records as they are read (a streaming conversion): reference features and events in the
     * order they come; only the places are kept, for the names of the events that name them.
     */
    static RecordWriter streaming(OutputStream out) throws IOException { return new Streaming(out); }

    /** The one way features are written: whole exports and streaming conversions alike. */
    private static final class Streaming extends RecordWriter {
        private final JsonGenerator g;
        private final Map<String, Place> places = new HashMap<>();

        Streaming(OutputStream out) throws IOException {
            g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new LinePrinter());
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
        }

        @Override void writePlace(Place p) { places.put(p.id(), p); }

        @Override void writeReference(atlas.model.ReferenceFeature r) throws IOException {
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeStringField("id", r.id());
            g.writeFieldName("geometry");
            GeometryJson.write(g, r.geometry());
            g.writeObjectFieldStart("properties");
            g.writeStringField("name", r.name());
            if (!r.description().isEmpty()) g.writeStringField("description", r.description());
            DatasetWriter.attributes(g, r.attributes());
            g.writeEndObject();
            g.writeEndObject();
        }

        @Override void writeEvent(TimedEvent e) throws IOException {
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeStringField("id", e.id());
            g.writeFieldName("geometry");
            if (e.track() != null) GeometryJson.write(g, DatasetWriter.trackLine(e.track()));
            else if (e.geometry() != null) GeometryJson.write(g, e.geometry());
            else if (e.point() == null) g.writeNull();
            else GeometryJson.write(g, GeometryJson.FACTORY.createPoint(e.point().toCoordinate()));
            g.writeObjectFieldStart("properties");
            g.writeStringField("id", e.id());
            g.writeStringField("start", e.start().iso());
            g.writeStringField("end", e.end() == null ? null : e.end().iso());
            g.writeStringField("title", e.title());
            if (!e.summary().isEmpty()) g.writeStringField("summary", e.summary());
            g.writeStringField("category", e.category().key());
            if (e.location() != atlas.model.CoordinateStatus.SOURCED)
                g.writeStringField("location", e.location().name().toLowerCase(java.util.Locale.ROOT));
            if (e.track() != null) {
                g.writeArrayFieldStart("times");
                for (java.time.Instant t : e.track().times()) g.writeString(t.toString());
                g.writeEndArray();
            }
            g.writeStringField("place", e.placeId());
            Place p = e.placeId() == null ? null : places.get(e.placeId());
            g.writeFieldName("names");
            if (p == null) g.writeNull(); else DatasetWriter.namesValue(g, p.names());
            DatasetWriter.sources(g, e.sources());
            DatasetWriter.attributes(g, e.attributes());
            g.writeEndObject();
            g.writeEndObject();
        }

        @Override void finish(String title) throws IOException {
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            g.close();
        }
    }
}
