package atlas.io;

import atlas.model.Attributes;
import atlas.model.Category;
import atlas.model.CoordinateStatus;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.ReferenceFeature;
import atlas.model.Source;
import atlas.model.TimedEvent;
import atlas.model.Track;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

/**
 * Reads KML 2.2 and KMZ with StAX, streaming placemark by placemark.
 *
 * <ul>
 * <li>Placemarks with Point, LineString, LinearRing, Polygon, MultiGeometry or {@code gx:Track} ({@code when} and
 *     {@code gx:coord} pairs: a moving point); {@code TimeStamp} and {@code TimeSpan}, also inherited from an
 *     enclosing Folder or Document; {@code name}, {@code description} (HTML reduced to safe text with emphasis),
 *     {@code ExtendedData} ({@code Data} and {@code SchemaData}) kept as attributes. Untimed placemarks become
 *     reference features.</li>
 * <li>Safety: DTDs and external entities are refused (XXE, billion laughs); only UTF-8 is read; a KMZ is read as a
 *     zip with limits on entries ({@value #MAX_ENTRIES}), total size ({@value #MAX_UNCOMPRESSED} bytes) and
 *     compression ratio ({@value #MAX_RATIO}:1); its main file is {@code doc.kml} or the first {@code .kml} at the
 *     root.</li>
 * </ul>
 */
public final class KmlReader implements FormatReader {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_UNCOMPRESSED = 1L << 30;
    static final int MAX_RATIO = 200;
    private static final int MAX_DEPTH = 200;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Override public String name() { return "KML 2.2 / KMZ"; }

    @Override public List<String> extensions() { return List.of(".kml", ".kmz"); }

    @Override public boolean detects(Peek peek) {
        if (peek.isZip()) return peek.nameEndsWith(".kmz") || peek.text().contains(".kml");
        String t = peek.trimmedText();
        return t.startsWith("<") && (t.contains("<kml") || t.contains(":kml") || peek.nameEndsWith(".kml"));
    }

    @Override public void read(ImportSource source, RecordSink sink) throws IOException {
        InputStream raw = source.bytes();
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw);
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (!zip) {
            readKml(new Utf8Stream(in, source.name()), source.name(), sink);
            return;
        }
        readKmz(in, source.name(), sink);
    }

    private void readKmz(InputStream in, String file, RecordSink sink) throws IOException {
        CountingStream compressed = new CountingStream(in);
        try (ZipInputStream zip = new ZipInputStream(compressed)) {
            int entries = 0;
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES)
                    throw new ReadException(new Problem(file, 0, 0, "", "refused: the KMZ has more than " + MAX_ENTRIES + " entries (a zip bomb?)"));
                String n = e.getName();
                if (e.isDirectory() || n.contains("/") || n.contains("\\") || !n.toLowerCase(Locale.ROOT).endsWith(".kml")) continue;
                long start = compressed.count;
                InputStream bounded = new FilterInputStream(zip) {
                    long total;
                    @Override public int read(byte[] b, int off, int len) throws IOException {
                        int r = super.read(b, off, len);
                        if (r > 0) check(r);
                        return r;
                    }
                    @Override public int read() throws IOException {
                        int r = super.read();
                        if (r >= 0) check(1);
                        return r;
                    }
                    private void check(int r) throws ReadException {
                        total += r;
                        long packed = Math.max(1, compressed.count - start);
                        if (total > MAX_UNCOMPRESSED)
                            throw new ReadException(new Problem(file, 0, 0, n, "refused: " + n + " unpacks to more than "
                                    + Imports.describeBytes(MAX_UNCOMPRESSED) + " (a zip bomb?)"));
                        if (total > (1 << 20) && total / packed > MAX_RATIO)
                            throw new ReadException(new Problem(file, 0, 0, n, "refused: " + n + " is compressed more than "
                                    + MAX_RATIO + " to 1 (a zip bomb?)"));
                    }
                    @Override public void close() { }
                };
                readKml(new Utf8Stream(bounded, file + "!" + n), file + "!" + n, sink);
                return;
            }
            sink.fileProblem(new Problem(file, 0, 0, "", "the KMZ holds no .kml file at its root (expected doc.kml)"));
        } catch (java.util.zip.ZipException x) {
            throw new ReadException(new Problem(file, 0, 0, "", "not a readable KMZ (zip) file: " + x.getMessage()));
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;
        CountingStream(InputStream in) { super(in); }
        @Override public int read() throws IOException { int b = super.read(); if (b >= 0) count++; return b; }
        @Override public int read(byte[] b, int off, int len) throws IOException { int n = super.read(b, off, len); if (n > 0) count += n; return n; }
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    private void readKml(InputStream in, String file, RecordSink sink) throws IOException {
        XMLStreamReader x = null;
        try {
            x = factory().createXMLStreamReader(in, "UTF-8");
            String enc = x.getCharacterEncodingScheme();
            if (enc != null && !enc.equalsIgnoreCase("UTF-8") && !enc.equalsIgnoreCase("UTF8"))
                throw new ReadException(new Problem(file, 1, 1, "", "the file declares encoding " + enc + "; expected UTF-8 (save it as UTF-8)"));
            new Walk(x, file, sink).document();
        } catch (XMLStreamException e) {
            Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
            if (cause instanceof IOException io) throw io;
            Location l = e.getLocation();
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            int m = msg.indexOf("Message: ");
            if (m >= 0) msg = msg.substring(m + 9);
            throw new ReadException(new Problem(file, l == null ? 0 : l.getLineNumber(), l == null ? 0 : l.getColumnNumber(), "",
                    "malformed XML: " + msg.strip()));
        } finally {
            if (x != null) try { x.close(); } catch (XMLStreamException ignored) { /* closing after an error */ }
        }
    }

    /** A time inherited by the features of a container. */
    private record Time(EventDate start, EventDate end) {}

    /** One walk through the document. */
    private static final class Walk {
        private final XMLStreamReader x;
        private final String file;
        private final RecordSink sink;
        private final Pool pool = new Pool();
        private final IdLines ids = new IdLines();
        private final Map<List<String>, Attributes.Schema> schemas = new HashMap<>();
        private final List<String> path = new ArrayList<>();
        private int placemarks;
        private boolean titled;

        Walk(XMLStreamReader x, String file, RecordSink sink) {
            this.x = x;
            this.file = file;
            this.sink = sink;
        }

        void document() throws XMLStreamException, IOException {
            while (x.hasNext()) {
                int t = x.next();
                if (t == XMLStreamConstants.DTD)
                    throw new ReadException(new Problem(file, x.getLocation().getLineNumber(), x.getLocation().getColumnNumber(), "",
                            "refused: the file declares a DTD (<!DOCTYPE>), which KML never needs (entities could read files or expand without end)"));
                if (t == XMLStreamConstants.ENTITY_REFERENCE)
                    throw new ReadException(new Problem(file, x.getLocation().getLineNumber(), x.getLocation().getColumnNumber(), "",
                            "refused: an entity reference &" + x.getLocalName() + "; (KML needs none)"));
                if (t == XMLStreamConstants.START_ELEMENT) {
                    if (!x.getLocalName().equals("kml")) {
                        sink.fileProblem(new Problem(file, line(), column(), "", "expected a <kml> document, found <" + x.getLocalName() + ">"));
                        return;
                    }
                    path.add("kml");
                    container(null);
                    return;
                }
            }
        }

        /** Where the current start tag begins: the position after the event before it (StAX reports the tag's end). */
        private int tagLine = 1, tagColumn = 1;

        /** Advances, remembering where the next event starts. */
        private int next() throws XMLStreamException {
            tagLine = x.getLocation().getLineNumber();
            tagColumn = x.getLocation().getColumnNumber();
            return x.next();
        }

        private int line() { return x.getLocation().getLineNumber(); }
        private int column() { return x.getLocation().getColumnNumber(); }

        private String where() { return String.join("/", path); }

        /** Reads the children of a container (kml, Document, Folder) up to its end tag. */
        private void container(Time inherited) throws XMLStreamException, IOException {
            Time own = inherited;
            Map<String, Integer> counts = new HashMap<>();
            while (x.hasNext()) {
                int t = next();
                if (t == XMLStreamConstants.END_ELEMENT) { path.remove(path.size() - 1); return; }
                if (t == XMLStreamConstants.DTD || t == XMLStreamConstants.ENTITY_REFERENCE)
                    throw new ReadException(new Problem(file, line(), column(), where(), "refused: DTDs and entities are not read"));
                if (t != XMLStreamConstants.START_ELEMENT) continue;
                if (path.size() > MAX_DEPTH)
                    throw new ReadException(new Problem(file, line(), column(), "", "refused: folders nest deeper than " + MAX_DEPTH + " levels"));
                String n = x.getLocalName();
                int k = counts.merge(n, 1, Integer::sum);
                switch (n) {
                    case "Document", "Folder" -> { path.add(n + "[" + k + "]"); container(own); }
                    case "name" -> {
                        String s = x.getElementText().strip();
                        if (!titled && path.size() <= 2 && !s.isEmpty()) { sink.title(s); titled = true; }
                    }
                    case "TimeStamp", "TimeSpan" -> {
                        path.add(n);
                        Time time = time(n);
                        path.remove(path.size() - 1);
                        if (time != null) own = time;
                    }
                    case "Placemark" -> { path.add("Placemark[" + k + "]"); placemark(own); }
                    default -> skip();
                }
            }
        }

        /** Moves to the next child element of the current one; false at the current element's end (or the input's). */
        private boolean nextChild() throws XMLStreamException {
            while (x.hasNext()) {
                int t = x.next();
                if (t == XMLStreamConstants.END_ELEMENT) return false;
                if (t == XMLStreamConstants.START_ELEMENT) return true;
            }
            return false;
        }

        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && x.hasNext()) {
                int t = x.next();
                if (t == XMLStreamConstants.START_ELEMENT) depth++;
                else if (t == XMLStreamConstants.END_ELEMENT) depth--;
            }
        }

        /** Reads a TimeStamp or TimeSpan; null (after a problem) when its dates are bad. */
        private Time time(String kind) throws XMLStreamException {
            String when = null, begin = null, end = null;
            int l = line(), c = column();
            while (nextChild()) {
                switch (x.getLocalName()) {
                    case "when" -> when = x.getElementText();
                    case "begin" -> begin = x.getElementText();
                    case "end" -> end = x.getElementText();
                    default -> skip();
                }
            }
            try {
                if (kind.equals("TimeStamp")) {
                    if (when == null || when.isBlank()) throw new IllegalArgumentException("a TimeStamp without <when>");
                    return new Time(pool.share(ImportDates.parse(when)), null);
                }
                EventDate a = begin == null || begin.isBlank() ? null : pool.share(ImportDates.parse(begin));
                EventDate b = end == null || end.isBlank() ? null : pool.share(ImportDates.parse(end));
                if (a == null && b == null) throw new IllegalArgumentException("a TimeSpan without <begin> or <end>");
                return new Time(a == null ? b : a, a == null ? null : b);
            } catch (RuntimeException e) {
                sink.problem(new Problem(file, l, c, where(), "bad " + kind + ": " + e.getMessage()
                        + " (expected dates yyyy, yyyy-mm, yyyy-mm-dd or yyyy-mm-ddThh:mm:ssZ)"));
                return null;
            }
        }

        private void placemark(Time inherited) throws XMLStreamException, IOException {
            placemarks++;
            int l = tagLine, c = tagColumn;
            String id = x.getAttributeValue(null, "id");
            String name = null, description = null;
            Time time = inherited;
            boolean badTime = false;
            List<Geometry> geometries = new ArrayList<>();
            Track track = null;
            Map<String, String> data = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            while (nextChild()) {
                String n = x.getLocalName();
                switch (n) {
                    case "name" -> name = x.getElementText().strip();
                    case "description" -> description = Html.toText(x.getElementText());
                    case "TimeStamp", "TimeSpan" -> {
                        Time own = time(n);
                        if (own == null) badTime = true; else time = own;
                    }
                    case "ExtendedData" -> extendedData(data);
                    case "Track" -> track = track(problems);
                    case "MultiTrack" -> { Track tr = multiTrack(problems); if (tr != null) track = tr; }
                    case "Point", "LineString", "LinearRing", "Polygon", "MultiGeometry" -> {
                        Geometry g = geometry(n, problems);
                        if (g != null) geometries.add(g);
                    }
                    default -> skip();
                }
            }
            String here = where();
            path.remove(path.size() - 1);
            if (badTime) { sink.skipped(); return; }
            if (!problems.isEmpty()) {
                for (String p : problems) sink.problem(new Problem(file, l, c, here, p));
                sink.skipped();
                return;
            }
            if (id == null || id.isBlank()) id = "placemark-" + placemarks;
            Integer prior = ids.putIfAbsent(id, l);
            if (prior != null) {
                sink.problem(new Problem(file, l, c, here, "duplicate id '" + id + "' (first used on line " + prior + ")"));
                sink.skipped();
                return;
            }
            Geometry geometry = geometries.isEmpty() ? null : geometries.size() == 1 ? geometries.get(0)
                    : FACTORY.createGeometryCollection(geometries.toArray(Geometry[]::new));
            Category category = Category.OTHER;
            String key = data.remove("atlas:category");
            if (key != null) try { category = Category.ofKey(key); } catch (IllegalArgumentException e) { category = Category.OTHER; }
            CoordinateStatus status = "approximate".equals(data.remove("atlas:location")) ? CoordinateStatus.APPROXIMATE : null;
            data.remove("atlas:location");
            String placeId = data.remove("atlas:place");
            List<Source> sources = List.of();
            String src = data.remove("atlas:sources");
            if (src != null) try { sources = pool.share(EventJson.parseSources(src)); } catch (IllegalArgumentException e) { data.put("sources", src); }
            Attributes attributes = attributes(data);
            if (track != null && time == null) {
                time = new Time(pool.share(ImportDates.parse(track.first().toString())), pool.share(ImportDates.parse(track.last().toString())));
            }
            if (time == null) {
                if (geometry == null) {
                    sink.problem(new Problem(file, l, c, here, "expected a time or a geometry (a placemark with neither cannot be shown)"));
                    sink.skipped();
                    return;
                }
                sink.reference(new ReferenceFeature(id, name, geometry, description, attributes));
                return;
            }
            EventDate end = time.end() != null && time.end().equals(time.start()) ? null : time.end();
            try {
                sink.event(new TimedEvent(id, time.start(), end, pool.share(name == null || name.isEmpty() ? id : name),
                        description, category, placeId, null, sources, List.of(), status, track != null ? null : geometry, track, attributes));
            } catch (IllegalArgumentException e) {
                sink.problem(new Problem(file, l, c, here, "invalid placemark: " + e.getMessage()));
                sink.skipped();
            }
        }

        private Attributes attributes(Map<String, String> data) {
            if (data.isEmpty()) return Attributes.NONE;
            String[] keys = data.keySet().toArray(String[]::new);
            String[] values = data.values().stream().map(pool::share).toArray(String[]::new);
            return Attributes.of(schemas.computeIfAbsent(List.of(keys), k -> Attributes.Schema.of(keys)), values, null);
        }

        private void extendedData(Map<String, String> out) throws XMLStreamException {
            int depth = 1;
            String name = null;
            while (depth > 0 && x.hasNext()) {
                int t = x.next();
                if (t == XMLStreamConstants.END_ELEMENT) { depth--; continue; }
                if (t != XMLStreamConstants.START_ELEMENT) continue;
                switch (x.getLocalName()) {
                    case "Data" -> { name = x.getAttributeValue(null, "name"); depth++; }
                    case "value" -> { String v = x.getElementText(); if (name != null) out.putIfAbsent(name, v.strip()); }
                    case "SimpleData" -> { String n = x.getAttributeValue(null, "name"); String v = x.getElementText(); if (n != null) out.putIfAbsent(n, v.strip()); }
                    case "SchemaData" -> depth++;
                    default -> skip();
                }
            }
        }

        private Track track(List<String> problems) throws XMLStreamException {
            List<Instant> times = new ArrayList<>();
            List<LatLon> positions = new ArrayList<>();
            while (nextChild()) {
                switch (x.getLocalName()) {
                    case "when" -> {
                        String s = x.getElementText();
                        try { times.add(ImportDates.instant(s)); } catch (RuntimeException e) { problems.add("bad <when> in gx:Track: '" + s.strip() + "'"); }
                    }
                    case "coord" -> {
                        String[] p = x.getElementText().strip().split("\\s+");
                        try { positions.add(LatLon.of(Double.parseDouble(p[1]), Double.parseDouble(p[0]))); }
                        catch (RuntimeException e) { problems.add("bad <gx:coord> (expected \"longitude latitude altitude\")"); }
                    }
                    default -> skip();
                }
            }
            if (!problems.isEmpty()) return null;
            try {
                return new Track(times, positions);
            } catch (IllegalArgumentException e) {
                problems.add("bad gx:Track: " + e.getMessage());
                return null;
            }
        }

        private Track multiTrack(List<String> problems) throws XMLStreamException {
            List<Instant> times = new ArrayList<>();
            List<LatLon> positions = new ArrayList<>();
            while (nextChild()) {
                if (x.getLocalName().equals("Track")) {
                    Track tr = track(problems);
                    if (tr != null) { times.addAll(tr.times()); positions.addAll(tr.positions()); }
                } else skip();
            }
            if (!problems.isEmpty() || times.isEmpty()) return null;
            try { return new Track(times, positions); } catch (IllegalArgumentException e) { problems.add("bad gx:MultiTrack: " + e.getMessage()); return null; }
        }

        private Geometry geometry(String kind, List<String> problems) throws XMLStreamException {
            switch (kind) {
                case "Point", "LineString", "LinearRing" -> {
                    Coordinate[] cs = null;
                    while (nextChild()) {
                        if (x.getLocalName().equals("coordinates")) cs = coordinates(x.getElementText(), problems);
                        else skip();
                    }
                    if (cs == null) { if (problems.isEmpty()) problems.add("a <" + kind + "> without <coordinates>"); return null; }
                    try {
                        return switch (kind) {
                            case "Point" -> FACTORY.createPoint(cs[0]);
                            case "LineString" -> FACTORY.createLineString(cs);
                            default -> FACTORY.createLinearRing(cs);
                        };
                    } catch (IllegalArgumentException e) {
                        problems.add("bad <" + kind + ">: " + e.getMessage());
                        return null;
                    }
                }
                case "Polygon" -> {
                    LinearRing outer = null;
                    List<LinearRing> holes = new ArrayList<>();
                    while (nextChild()) {
                        String n = x.getLocalName();
                        if (n.equals("outerBoundaryIs") || n.equals("innerBoundaryIs")) {
                            LinearRing r = null;
                            while (x.hasNext()) {
                                int u = x.next();
                                if (u == XMLStreamConstants.END_ELEMENT) break;
                                if (u != XMLStreamConstants.START_ELEMENT) continue;
                                if (x.getLocalName().equals("LinearRing")) {
                                    Geometry g = geometry("LinearRing", problems);
                                    if (g instanceof LinearRing lr) r = lr;
                                } else skip();
                            }
                            if (r != null) { if (n.startsWith("outer")) outer = r; else holes.add(r); }
                        } else skip();
                    }
                    if (outer == null) { if (problems.isEmpty()) problems.add("a <Polygon> without <outerBoundaryIs>"); return null; }
                    return FACTORY.createPolygon(outer, holes.toArray(LinearRing[]::new));
                }
                default -> {
                    List<Geometry> parts = new ArrayList<>();
                    while (nextChild()) {
                        String n = x.getLocalName();
                        if (List.of("Point", "LineString", "LinearRing", "Polygon", "MultiGeometry").contains(n)) {
                            Geometry g = geometry(n, problems);
                            if (g != null) parts.add(g);
                        } else skip();
                    }
                    return parts.isEmpty() ? null : FACTORY.buildGeometry(parts);
                }
            }
        }

        private static Coordinate[] coordinates(String text, List<String> problems) {
            String[] tuples = text.strip().split("\\s+");
            if (tuples.length == 0 || tuples[0].isEmpty()) { problems.add("empty <coordinates>"); return null; }
            Coordinate[] out = new Coordinate[tuples.length];
            for (int i = 0; i < tuples.length; i++) {
                String[] p = tuples[i].split(",");
                try {
                    double lon = Double.parseDouble(p[0]), lat = Double.parseDouble(p[1]);
                    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                        problems.add("coordinate " + tuples[i] + " is outside [-180, 180] x [-90, 90] (KML is longitude,latitude)");
                        return null;
                    }
                    out[i] = p.length > 2 ? new Coordinate(lon, lat, Double.parseDouble(p[2])) : new Coordinate(lon, lat);
                } catch (RuntimeException e) {
                    problems.add("bad coordinate '" + tuples[i] + "' (expected longitude,latitude[,altitude])");
                    return null;
                }
            }
            return out;
        }
    }
}
