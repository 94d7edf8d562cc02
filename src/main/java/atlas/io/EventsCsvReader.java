package atlas.io;

import atlas.model.Attributes;
import atlas.model.Category;
import atlas.model.CoordinateStatus;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.Source;
import atlas.model.TimedEvent;
import atlas.model.Track;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Reads the atlas's own events CSV (written by {@link EventsCsvWriter}; its header starts {@code id,start,end,title}). */
public final class EventsCsvReader implements FormatReader {
    private static final List<String> CATEGORIES = Arrays.stream(Category.values()).map(Category::key).toList();

    @Override public String name() { return "Corridor Atlas events CSV"; }

    @Override public List<String> extensions() { return List.of(".csv"); }

    @Override public boolean detects(Peek peek) {
        return peek.firstLine().toLowerCase(Locale.ROOT).replace("\"", "").startsWith("id,start,end,title,summary,category");
    }

    @Override public void read(ImportSource source, RecordSink sink) throws IOException {
        String file = source.name();
        Pool pool = new Pool();
        IdLines ids = new IdLines();
        WKTReader wkt = new WKTReader();
        try (CsvRows rows = new CsvRows(source.text(), file)) {
            int[] col = new int[EventsCsvWriter.COLUMNS.size()];
            for (int i = 0; i < col.length; i++) col[i] = rows.column(EventsCsvWriter.COLUMNS.get(i));
            int id = col[0], start = col[1], end = col[2], title = col[3], summary = col[4], category = col[5], lat = col[6],
                    lon = col[7], location = col[8], geometry = col[9], times = col[10], place = col[11], sources = col[12],
                    attributes = col[13];
            while (rows.next()) {
                List<Problem> ps = new ArrayList<>();
                String eid = rows.get(id).strip();
                if (eid.isEmpty()) ps.add(rows.problem(id, "expected an event id, found an empty value"));
                else {
                    Integer prior = ids.putIfAbsent(eid, rows.line());
                    if (prior != null) ps.add(rows.problem(id, "duplicate event id '" + eid + "' (first used on line " + prior + ")"));
                }
                EventDate s = date(rows, start, true, ps, pool);
                EventDate e = date(rows, end, false, ps, pool);
                String t = rows.get(title).strip();
                if (t.isEmpty()) ps.add(rows.problem(title, "expected a title, found an empty value"));
                Category c = null;
                try { c = Category.ofKey(rows.get(category)); }
                catch (IllegalArgumentException x) { ps.add(rows.problem(category, "unknown category '" + rows.get(category) + "' (expected one of " + String.join(", ", CATEGORIES) + ")")); }
                LatLon point = null;
                if (!rows.get(lat).isBlank() || !rows.get(lon).isBlank()) {
                    try { point = pool.share(LatLon.of(Double.parseDouble(rows.get(lat).strip()), Double.parseDouble(rows.get(lon).strip()))); }
                    catch (IllegalArgumentException x) { ps.add(rows.problem(lat, "expected latitude and longitude in degrees, found \"" + rows.get(lat) + "\", \"" + rows.get(lon) + "\"")); }
                }
                CoordinateStatus status = null;
                if (!rows.get(location).isBlank()) {
                    try { status = CoordinateStatus.valueOf(rows.get(location).strip().toUpperCase(Locale.ROOT)); }
                    catch (IllegalArgumentException x) { ps.add(rows.problem(location, "unknown location status '" + rows.get(location) + "' (expected sourced, approximate or not_located)")); }
                }
                Geometry shape = null;
                if (!rows.get(geometry).isBlank()) {
                    try { shape = wkt.read(rows.get(geometry)); }
                    catch (ParseException x) { ps.add(rows.problem(geometry, "expected WKT geometry: " + x.getMessage())); }
                }
                Track track = null;
                if (!rows.get(times).isBlank() && shape != null) {
                    try {
                        List<Instant> ts = Arrays.stream(rows.get(times).strip().split("\\s+")).map(Instant::parse).toList();
                        List<LatLon> pos = Arrays.stream(shape.getCoordinates()).map(LatLon::of).toList();
                        track = new Track(ts, pos);
                        shape = null;
                    } catch (RuntimeException x) { ps.add(rows.problem(times, "expected one instant per position of the geometry: " + x.getMessage())); }
                }
                List<Source> src = List.of();
                try { if (!rows.get(sources).isBlank()) src = pool.share(EventJson.parseSources(rows.get(sources))); }
                catch (IllegalArgumentException x) { ps.add(rows.problem(sources, x.getMessage())); }
                Attributes attrs = Attributes.NONE;
                try { if (!rows.get(attributes).isBlank()) attrs = EventJson.parseAttributes(rows.get(attributes)); }
                catch (IllegalArgumentException x) { ps.add(rows.problem(attributes, x.getMessage())); }
                if (ps.isEmpty()) {
                    try {
                        sink.event(new TimedEvent(eid, s, e, pool.share(t), rows.get(summary), c,
                                rows.get(place).isBlank() ? null : rows.get(place).strip(), point, src, List.of(), status, shape, track, attrs));
                        continue;
                    } catch (IllegalArgumentException x) {
                        ps.add(rows.problem(-1, "invalid event: " + x.getMessage()));
                    }
                }
                for (Problem p : ps) sink.problem(p);
                sink.skipped();
            }
        }
    }

    private static EventDate date(CsvRows rows, int col, boolean required, List<Problem> ps, Pool pool) {
        String s = rows.get(col).strip();
        if (s.isEmpty()) {
            if (required) ps.add(rows.problem(col, "expected a date yyyy, yyyy-mm or yyyy-mm-dd, found an empty value"));
            return null;
        }
        try {
            return pool.share(EventDate.parse(s));
        } catch (RuntimeException x) {
            ps.add(rows.problem(col, "bad date \"" + s + "\" (expected yyyy, yyyy-mm or yyyy-mm-dd)"));
            return null;
        }
    }

}
