package atlas.io;

import atlas.geo.Corridors;
import atlas.model.NameStyle;
import atlas.model.PlaceNames;
import atlas.model.Source;
import atlas.model.TimedFeature;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the map layers of one day as a plain GeoJSON FeatureCollection (RFC 7946) that GIS tools open directly:
 * every timed feature valid that day, plus the corridor bands computed from the routes in use. Each feature has
 * the properties {@code id}, {@code kind}, {@code name}, {@code names}, {@code status}, {@code valid_from},
 * {@code valid_to} (last day inclusive; null for an open end), {@code approximate}, {@code error_km},
 * {@code schematic}, {@code description} and {@code sources}. Stateless and thread-safe.
 */
public final class LayerExportWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Computes the features valid on {@code date}, bands included, in dataset order (bands after their routes' list). */
    public static List<TimedFeature> validAt(List<TimedFeature> features, LocalDate date) {
        return Corridors.withBands(features).stream().filter(f -> f.isValidAt(date)).toList();
    }

    /** Writes the layers of {@code date} to {@code file} atomically (temporary file, then move); returns the count written. */
    public int write(List<TimedFeature> features, LocalDate date, Path file) throws IOException {
        int[] n = new int[1];
        AtomicFiles.write(file, out -> n[0] = write(features, date, out));
        return n[0];
    }

    /** Writes the layers of {@code date} as UTF-8 GeoJSON to a stream (left open); returns the count written. */
    public int write(List<TimedFeature> features, LocalDate date, OutputStream out) throws IOException {
        List<TimedFeature> valid = validAt(features, date);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("date", date.toString());
            g.writeArrayFieldStart("features");
            for (TimedFeature f : valid) feature(g, f);
            g.writeEndArray();
            g.writeEndObject();
        }
        return valid.size();
    }

    private static void feature(JsonGenerator g, TimedFeature f) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", f.id());
        g.writeFieldName("geometry");
        GeometryJson.write(g, f.geometry());
        g.writeObjectFieldStart("properties");
        g.writeStringField("id", f.id());
        g.writeStringField("kind", f.kind().key());
        g.writeStringField("name", f.names().label(NameStyle.BOTH));
        PlaceNames n = f.names();
        g.writeObjectFieldStart("names");
        g.writeStringField("hy_usage", n.armenian());
        g.writeStringField("az_usage", n.azerbaijani());
        g.writeStringField("en", n.international());
        g.writeEndObject();
        g.writeStringField("status", f.status().key());
        if (f.validity().from() == null) g.writeNullField("valid_from"); else g.writeStringField("valid_from", f.validity().from().toString());
        if (f.validity().until() == null) g.writeNullField("valid_to");
        else g.writeStringField("valid_to", f.validity().until().minusDays(1).toString());
        g.writeBooleanField("approximate", f.approximate());
        if (f.approximate()) g.writeNumberField("error_km", f.errorKm()); else g.writeNullField("error_km");
        g.writeBooleanField("schematic", f.schematic());
        g.writeStringField("description", f.description());
        g.writeArrayFieldStart("sources");
        for (Source s : f.sources()) {
            g.writeStartObject();
            g.writeStringField("title", s.title());
            if (s.url() == null) g.writeNullField("url"); else g.writeStringField("url", s.url());
            if (s.publisher() == null) g.writeNullField("publisher"); else g.writeStringField("publisher", s.publisher());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }
}
