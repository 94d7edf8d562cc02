package atlas.io;

import atlas.model.Account;
import atlas.model.Attributes;
import atlas.model.CoordinateStatus;
import atlas.model.LatLon;
import atlas.model.ReferenceFeature;
import atlas.model.Dataset;
import atlas.model.DatePrecision;
import atlas.model.EventDate;
import atlas.model.Place;
import atlas.model.PlaceNames;
import atlas.model.Source;
import atlas.model.TimedEvent;
import atlas.model.TimedFeature;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a dataset in the Corridor Atlas format, so that {@code new DatasetReader().read(path)} gives back an
 * equal {@link Dataset}. Places, events and timed features are written in list order, one feature per line.
 * Stateless and thread-safe.
 */
public final class DatasetWriter {
    /** Offsets of timestamps are those of this zone on that date (the local time written is the model's). */
    static final ZoneId REGION_ZONE = ZoneId.of("Asia/Baku");
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /**
     * Writes the dataset to {@code file} atomically: to a temporary file in the same directory, then moved over
     * {@code file} (an atomic move where the file system allows, a replacing move otherwise). On failure the
     * previous file is untouched and the temporary file is removed.
     */
    public void write(Dataset d, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(d, out));
    }

    /** Writes the dataset as UTF-8 JSON to a stream (not closed). */
    public void write(Dataset d, OutputStream out) throws IOException {
        Streaming w = new Streaming(out, d.version(), d.title());
        for (Place p : d.places()) w.writePlace(p);
        for (TimedEvent e : d.events()) w.writeEvent(e);
        for (TimedFeature f : d.features()) w.writeFeature(f);
        for (ReferenceFeature r : d.references()) w.writeReference(r);
        w.finish(d.title());
    }

    /**
     * Gets a writer of records as they are read (a streaming conversion): the features in the order they come, the
     * title after them when it is not known at the start ({@code title} null), which JSON allows and every reader of
     * the format accepts. Only the places are kept, for the events that name them.
     */
    static RecordWriter streaming(OutputStream out, String title) throws IOException {
        return new Streaming(out, Dataset.FORMAT_VERSION, title);
    }

    /** The one way records are written: whole datasets and streaming conversions alike. */
    private static final class Streaming extends RecordWriter {
        private final JsonGenerator g;
        private final Map<String, Place> places = new HashMap<>();
        private final boolean titled;

        Streaming(OutputStream out, int version, String title) throws IOException {
            g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new LinePrinter());
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeNumberField("version", version);
            titled = title != null;
            if (titled) g.writeStringField("title", title);
            g.writeArrayFieldStart("features");
        }

        @Override void writePlace(Place p) throws IOException {
            places.put(p.id(), p);
            DatasetWriter.place(g, p);
        }

        @Override void writeEvent(TimedEvent e) throws IOException { DatasetWriter.event(g, e, places.get(e.placeId())); }

        @Override void writeFeature(TimedFeature f) throws IOException { DatasetWriter.feature(g, f); }

        @Override void writeReference(ReferenceFeature r) throws IOException { DatasetWriter.reference(g, r); }

        @Override void finish(String title) throws IOException {
            g.writeEndArray();
            if (!titled) g.writeStringField("title", title);
            g.writeEndObject();
            g.writeRaw('\n');
            g.close();
        }
    }

    /** Gets the dataset as a JSON string. */
    public String toJson(Dataset d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(d, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void head(JsonGenerator g, String id, String featureType) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", id);
        g.writeStringField("featureType", featureType);
    }

    private static void place(JsonGenerator g, Place p) throws IOException {
        head(g, p.id(), "Place");
        g.writeNullField("time");
        g.writeFieldName("geometry");
        if (p.point() == null) g.writeNull(); else GeometryJson.write(g, GeometryJson.FACTORY.createPoint(p.point().toCoordinate()));
        g.writeObjectFieldStart("properties");
        names(g, p.names());
        g.writeStringField("type", p.type());
        g.writeStringField("coord_status", p.status().name().toLowerCase(Locale.ROOT));
        if (p.errorKm() != 0) g.writeNumberField("error_km", p.errorKm());
        sources(g, p.sources());
        if (!p.note().isEmpty()) g.writeStringField("note", p.note());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, TimedEvent e, Place place) throws IOException {
        head(g, e.id(), "Event");
        g.writeObjectFieldStart("time");
        if (e.end() == null) {
            if (e.start().timeOfDay() != null) g.writeStringField("timestamp", timestamp(e.start()));
            else g.writeStringField("date", e.start().date().toString());
        } else {
            g.writeArrayFieldStart("interval");
            g.writeString(dateOrTimestamp(e.start()));
            g.writeString(dateOrTimestamp(e.end()));
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeFieldName("geometry");
        if (e.track() != null) GeometryJson.write(g, trackLine(e.track()));
        else if (e.geometry() != null) GeometryJson.write(g, e.geometry());
        else if (e.point() == null || (place != null && e.point().equals(place.point()))) g.writeNull();
        else GeometryJson.write(g, GeometryJson.FACTORY.createPoint(e.point().toCoordinate()));
        g.writeObjectFieldStart("properties");
        g.writeStringField("title", e.title());
        g.writeStringField("summary", e.summary());
        g.writeStringField("category", e.category().key());
        if (e.start().precision() != DatePrecision.DAY)
            g.writeStringField("precision", e.start().precision().name().toLowerCase(Locale.ROOT));
        if (e.placeId() != null) g.writeStringField("place", e.placeId());
        if (e.location() != CoordinateStatus.SOURCED)
            g.writeStringField("coord_status", e.location().name().toLowerCase(Locale.ROOT));
        if (e.track() != null) {
            g.writeArrayFieldStart("times");
            for (java.time.Instant t : e.track().times()) g.writeString(t.toString());
            g.writeEndArray();
        }
        attributes(g, e.attributes());
        sources(g, e.sources());
        if (!e.accounts().isEmpty()) {
            g.writeArrayFieldStart("accounts");
            for (Account a : e.accounts()) {
                g.writeStartObject();
                g.writeStringField("party", a.party());
                g.writeStringField("statement", a.statement());
                sources(g, a.sources());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void feature(JsonGenerator g, TimedFeature f) throws IOException {
        head(g, f.id(), "TimedFeature");
        g.writeObjectFieldStart("time");
        g.writeArrayFieldStart("interval");
        g.writeString(f.validity().from() == null ? ".." : f.validity().from().toString());
        g.writeString(f.validity().until() == null ? ".." : f.validity().until().minusDays(1).toString());
        g.writeEndArray();
        g.writeEndObject();
        g.writeFieldName("geometry");
        GeometryJson.write(g, f.geometry());
        g.writeObjectFieldStart("properties");
        g.writeStringField("kind", f.kind().key());
        names(g, f.names());
        g.writeStringField("status", f.status().key());
        g.writeBooleanField("approximate", f.approximate());
        if (f.errorKm() != 0) g.writeNumberField("error_km", f.errorKm());
        g.writeBooleanField("schematic", f.schematic());
        if (!f.description().isEmpty()) g.writeStringField("description", f.description());
        sources(g, f.sources());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void reference(JsonGenerator g, ReferenceFeature r) throws IOException {
        head(g, r.id(), "Reference");
        g.writeNullField("time");
        g.writeFieldName("geometry");
        GeometryJson.write(g, r.geometry());
        g.writeObjectFieldStart("properties");
        if (!r.name().isEmpty()) g.writeStringField("name", r.name());
        if (!r.description().isEmpty()) g.writeStringField("description", r.description());
        attributes(g, r.attributes());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Gets a track's positions as a line (a single position as a point). */
    static org.locationtech.jts.geom.Geometry trackLine(atlas.model.Track t) {
        org.locationtech.jts.geom.Coordinate[] cs = t.positions().stream().map(LatLon::toCoordinate)
                .toArray(org.locationtech.jts.geom.Coordinate[]::new);
        return cs.length == 1 ? GeometryJson.FACTORY.createMultiPointFromCoords(cs) : GeometryJson.FACTORY.createLineString(cs);
    }

    /** Writes {@code attributes} as an object of strings, when there are any. */
    static void attributes(JsonGenerator g, Attributes a) throws IOException {
        if (a.isEmpty()) return;
        g.writeObjectFieldStart("attributes");
        for (java.util.Map.Entry<String, String> e : a.asMap().entrySet()) g.writeStringField(e.getKey(), e.getValue());
        g.writeEndObject();
    }

    private static void names(JsonGenerator g, PlaceNames n) throws IOException {
        g.writeFieldName("names");
        namesValue(g, n);
    }

    /** Writes a names object ({@code hy_usage}, {@code az_usage}, {@code en}, {@code hy}, {@code az}, {@code ru}) as a value. */
    static void namesValue(JsonGenerator g, PlaceNames n) throws IOException {
        g.writeStartObject();
        g.writeStringField("hy_usage", n.armenian());
        g.writeStringField("az_usage", n.azerbaijani());
        g.writeStringField("en", n.international());
        g.writeStringField("hy", n.armenianScript());
        g.writeStringField("az", n.azerbaijaniLatin());
        g.writeStringField("ru", n.russian());
        g.writeEndObject();
    }

    static void sources(JsonGenerator g, List<Source> sources) throws IOException {
        g.writeArrayFieldStart("sources");
        for (Source s : sources) {
            g.writeStartObject();
            g.writeStringField("title", s.title());
            g.writeStringField("url", s.url());
            g.writeStringField("publisher", s.publisher());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String dateOrTimestamp(EventDate d) {
        return d.timeOfDay() == null ? d.date().toString() : timestamp(d);
    }

    /** Gets an RFC 3339 timestamp of a date with a time of day, with the region's offset on that date. */
    static String timestamp(EventDate d) {
        LocalDateTime t = LocalDateTime.of(d.date(), d.timeOfDay());
        return t.atZone(REGION_ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
