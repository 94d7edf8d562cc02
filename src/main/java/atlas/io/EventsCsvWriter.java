package atlas.io;

import atlas.model.TimedEvent;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.locationtech.jts.io.WKTWriter;

/**
 * Writes events as CSV, one a row, with the columns of {@link #COLUMNS}: dates in ISO form at their precision
 * ({@code 2022}, {@code 2022-08}, {@code 2022-08-03}), {@code end} the last date covered (empty for one date),
 * {@code latitude}/{@code longitude} the point (empty without location), {@code location} sourced, approximate or
 * not_located, {@code geometry} the WKT of a line or polygon (or a track's line), {@code times} a track's instants,
 * {@code sources} and {@code attributes} as JSON. {@link EventsCsvReader} reads it back to the same events. Atomic.
 */
public final class EventsCsvWriter {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "start", "end", "title", "summary", "category", "latitude",
            "longitude", "location", "geometry", "times", "place", "sources", "attributes");

    /** Writes the events to {@code file} atomically. */
    public void write(List<TimedEvent> events, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(events, out));
    }

    /** Writes the events as UTF-8 CSV to a stream (not closed). */
    public void write(List<TimedEvent> events, OutputStream out) throws IOException {
        Streaming w = new Streaming(out);
        for (TimedEvent e : events) w.writeEvent(e);
        w.finish(null);
    }

    /** Gets a writer of events as they are read (a streaming conversion); other records are not written. */
    static RecordWriter streaming(OutputStream out) throws IOException { return new Streaming(out); }

    /** The one way rows are written: whole exports and streaming conversions alike. */
    private static final class Streaming extends RecordWriter {
        private final BufferedOutputStream buffered;
        private final CsvGenerator g;
        private final WKTWriter wkt = new WKTWriter();

        Streaming(OutputStream out) throws IOException {
            CsvSchema.Builder b = CsvSchema.builder();
            for (String c : COLUMNS) b.addColumn(c);
            buffered = new BufferedOutputStream(out, 1 << 16);
            g = (CsvGenerator) new CsvFactory().createGenerator(buffered);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setSchema(b.build().withHeader());
        }

        @Override void writeEvent(TimedEvent e) throws IOException {
            g.writeStartArray();
            g.writeString(e.id());
            g.writeString(e.start().iso());
            g.writeString(e.end() == null ? "" : e.end().iso());
            g.writeString(e.title());
            g.writeString(e.summary());
            g.writeString(e.category().key());
            g.writeString(e.point() == null ? "" : Double.toString(e.point().lat()));
            g.writeString(e.point() == null ? "" : Double.toString(e.point().lon()));
            g.writeString(e.location().name().toLowerCase(Locale.ROOT));
            g.writeString(e.track() != null ? wkt.write(DatasetWriter.trackLine(e.track()))
                    : e.geometry() == null ? "" : wkt.write(e.geometry()));
            g.writeString(e.track() == null ? "" : e.track().times().stream().map(Instant::toString).collect(Collectors.joining(" ")));
            g.writeString(e.placeId() == null ? "" : e.placeId());
            g.writeString(EventJson.sources(e.sources()));
            g.writeString(e.attributes().isEmpty() ? "" : EventJson.attributes(e.attributes()));
            g.writeEndArray();
        }

        /** CSV rows are events only: reference features are not written (as in a whole export). */
        @Override void writeReference(atlas.model.ReferenceFeature r) {}

        @Override void finish(String title) throws IOException {
            g.close();
            buffered.flush();
        }
    }
}
