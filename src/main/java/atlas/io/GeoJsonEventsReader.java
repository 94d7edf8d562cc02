package atlas.io;

import atlas.io.JsonTree.Kind;
import atlas.io.JsonTree.Node;
import atlas.model.Attributes;
import atlas.model.Category;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.ReferenceFeature;
import atlas.model.Source;
import atlas.model.TimedEvent;
import atlas.model.Track;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPoint;

/**
 * Reads GeoJSON (RFC 7946) and OGC JSON-FG FeatureCollections (and single Features) into events and reference
 * features, streaming feature by feature.
 *
 * <ul>
 * <li>Time: JSON-FG {@code time} ({@code date}, {@code timestamp}, or {@code interval} with {@code ".."} open ends),
 *     else the common property conventions: {@code time} / {@code times} (Leaflet.TimeDimension: one time, or one per
 *     position of a LineString or MultiPoint, which makes a moving track), {@code start}/{@code end}, {@code date}.
 *     An open end runs to the last (an open start from the first) date in the file and is marked
 *     {@code open_end}/{@code open_start} in the attributes. Features without any time become reference features,
 *     shown at every date.</li>
 * <li>Geometry: {@code geometry} in WGS84; JSON-FG {@code place} in the {@code coordRefSys} of the feature or the
 *     collection, reprojected with proj4j (an unknown CRS is refused naming it). A null geometry is an event without
 *     location.</li>
 * <li>Properties: {@code title}/{@code name}/{@code headline} give the title, {@code summary}/{@code description}/
 *     {@code text} the summary (HTML reduced to text), {@code category} an atlas category (else "other"),
 *     {@code sources} our sources; every other scalar property is kept as an attribute.</li>
 * </ul>
 */
public final class GeoJsonEventsReader implements FormatReader {
    private static final Set<String> TITLE = Set.of("title", "name", "headline");
    private static final Set<String> SUMMARY = Set.of("summary", "description", "text");
    private static final Set<String> TIME = Set.of("time", "times", "start", "end", "date");
    private static final Set<String> USED = Set.of("id", "category", "sources", "location", "place", "names", "attributes");

    @Override public String name() { return "GeoJSON / JSON-FG"; }

    @Override public List<String> extensions() { return List.of(".geojson", ".json"); }

    @Override public boolean detects(Peek peek) {
        String t = peek.trimmedText();
        if (!t.startsWith("{")) return false;
        return t.contains("\"FeatureCollection\"") || t.contains("\"Feature\"") || peek.nameEndsWith(".geojson");
    }

    @Override public void read(ImportSource source, RecordSink sink) throws IOException {
        String file = source.name();
        Checks c = new Checks(file, sink);
        Map<String, Node> top = new LinkedHashMap<>();
        Reading r = new Reading(c, sink, top);
        Node root;
        try {
            root = JsonTree.parse(source.bytes(), file, Long.MAX_VALUE, c::add, "features", r::feature, top);
        } catch (JsonTree.SyntaxException e) {
            throw new ReadException(e.problem);
        }
        c.fileLevel = true;
        Node obj = c.object(root, "", "a GeoJSON FeatureCollection or Feature object");
        if (obj == null) return;
        Node type = obj.members().get("type");
        String t = type != null && type.kind() == Kind.STRING ? (String) type.value() : null;
        if ("Feature".equals(t)) {
            c.fileLevel = false;
            r.feature(obj, 0);
        } else if (!"FeatureCollection".equals(t)) {
            c.add(type == null ? obj : type, "type", "expected \"FeatureCollection\" or \"Feature\", found " + (type == null ? "nothing" : type.describe()));
            return;
        } else if (!obj.members().containsKey("features")) {
            c.add(obj, "features", "missing required member 'features' (expected an array of features)");
            return;
        }
        Node name = obj.members().get("name");
        if (name == null) name = obj.members().get("title");
        if (name != null && name.kind() == Kind.STRING) sink.title((String) name.value());
        r.finish();
    }

    /** One reading: the collection's CRS, ids, pools and the events waiting for the file's first or last date. */
    private static final class Reading {
        private final Checks c;
        private final RecordSink sink;
        private final Map<String, Node> top;
        private final Pool pool = new Pool();
        private final IdLines ids = new IdLines();
        private final Map<List<String>, Attributes.Schema> schemas = new HashMap<>();
        private final List<Open> open = new ArrayList<>();
        private EventDate first, last;
        private UnaryOperator<Coordinate> collectionCrs;
        private boolean crsRead;

        /** An event with an open start or end, built once the file's dates are known. */
        private record Open(String id, EventDate start, EventDate end, String title, String summary, Category category,
                            LatLon point, List<Source> sources, Geometry shape, Attributes attributes, Node at, String path) {}

        Reading(Checks c, RecordSink sink, Map<String, Node> top) {
            this.c = c;
            this.sink = sink;
            this.top = top;
        }

        void feature(Node n, int i) {
            int before = c.count();
            if (!record(n, i) && c.count() > before) sink.skipped();
        }

        /** Set when the collection's CRS cannot be used: nothing of the file can be placed. */
        private boolean crsRefused;

        private UnaryOperator<Coordinate> crs(Node node, String path) { return crs(node, path, false); }

        private UnaryOperator<Coordinate> crs(Node node, String path, boolean fileLevel) {
            if (node == null || node.kind() == Kind.NULL) return null;
            String v = node.kind() == Kind.STRING ? (String) node.value()
                    : node.kind() == Kind.OBJECT && node.members().get("href") != null ? String.valueOf(node.members().get("href").value()) : null;
            if (v == null) {
                c.add(node, path, "expected a coordinate reference system as a string such as \"[EPSG:3857]\", found " + node.describe());
                return null;
            }
            try {
                return Crs.transform(v);
            } catch (Crs.Unsupported e) {
                c.fileLevel = fileLevel;
                c.add(node, path, e.getMessage() + (fileLevel ? ", so none of the features can be placed on Earth" : ""));
                c.fileLevel = false;
                throw new IllegalStateException(e);
            }
        }

        private boolean record(Node n, int i) {
            String path = Checks.index("features", i);
            if (!crsRead) {
                crsRead = true;
                try {
                    collectionCrs = crs(top.get("coordRefSys"), "coordRefSys", true);
                } catch (IllegalStateException e) {
                    crsRefused = true;
                }
            }
            if (crsRefused) return false;
            Node f = c.object(n, path, "a GeoJSON Feature object");
            if (f == null) return false;
            Node props = f.members().get("properties");
            if (props != null && props.kind() == Kind.NULL) props = null;
            String pp = Checks.join(path, "properties");
            if (props != null && c.object(props, pp, "an object of properties") == null) return false;
            Map<String, Node> pm = props == null ? Map.of() : props.members();
            String id = id(f, pm, path, i);
            if (id == null) return false;
            // geometry: WGS84 geometry first, else the JSON-FG place in its CRS
            Geometry geometry = null;
            int before = c.count();
            Node g = f.members().get("geometry");
            Node place = f.members().get("place");
            if (g != null && g.kind() != Kind.NULL) geometry = GeometryJson.read(g, Checks.join(path, "geometry"), c);
            else if (place != null && place.kind() != Kind.NULL) {
                UnaryOperator<Coordinate> t;
                try {
                    t = f.members().containsKey("coordRefSys") ? crs(f.members().get("coordRefSys"), Checks.join(path, "coordRefSys")) : collectionCrs;
                } catch (IllegalStateException e) {
                    return false;
                }
                geometry = GeometryJson.read(place, Checks.join(path, "place"), c, t);
            }
            if (c.count() > before) return false;
            String title = firstString(pm, TITLE);
            String summary = Html.toText(firstString(pm, SUMMARY));
            Category category = Category.OTHER;
            if (pm.get("category") != null && pm.get("category").kind() == Kind.STRING) {
                try { category = Category.ofKey((String) pm.get("category").value()); } catch (IllegalArgumentException e) { category = Category.OTHER; }
            }
            List<Source> sources = sources(pm.get("sources"), Checks.join(pp, "sources"));
            Attributes attributes = attributes(pm);
            // time
            Node time = f.members().get("time");
            EventDate start = null, end = null;
            boolean openStart = false, openEnd = false;
            Track track = null;
            before = c.count();
            if (time != null && time.kind() != Kind.NULL) {
                String tp = Checks.join(path, "time");
                Node obj = c.object(time, tp, "a JSON-FG time {\"date\"}, {\"timestamp\"} or {\"interval\": [start, end]}");
                if (obj == null) return false;
                Map<String, Node> tm = obj.members();
                if (tm.get("interval") != null) {
                    List<Node> iv = c.array(tm.get("interval"), Checks.join(tp, "interval"), "two dates [start, end] (\"..\" for an open end)");
                    if (iv == null) return false;
                    if (iv.size() != 2) { c.add(tm.get("interval"), Checks.join(tp, "interval"), "expected two dates [start, end], found " + iv.size() + " elements"); return false; }
                    String a = text(iv.get(0)), b = text(iv.get(1));
                    openStart = "..".equals(a) || a == null;
                    openEnd = "..".equals(b) || b == null;
                    if (openStart && openEnd) { c.add(tm.get("interval"), Checks.join(tp, "interval"), "expected at least one end of the interval to be a date, found [\"..\", \"..\"]"); return false; }
                    if (!openStart) start = date(iv.get(0), Checks.index(Checks.join(tp, "interval"), 0));
                    if (!openEnd) end = date(iv.get(1), Checks.index(Checks.join(tp, "interval"), 1));
                } else if (tm.get("timestamp") != null) {
                    start = date(tm.get("timestamp"), Checks.join(tp, "timestamp"));
                } else if (tm.get("date") != null) {
                    start = date(tm.get("date"), Checks.join(tp, "date"));
                } else {
                    c.add(obj, tp, "expected one of 'date', 'timestamp' or 'interval'");
                    return false;
                }
            } else {
                Node times = pm.get("times") != null ? pm.get("times") : pm.get("time") != null && pm.get("time").kind() == Kind.ARRAY ? pm.get("time") : null;
                if (times != null && times.kind() == Kind.ARRAY && !times.elements().isEmpty()) {
                    String tp = Checks.join(pp, pm.get("times") != null ? "times" : "time");
                    List<Node> els = times.elements();
                    if ((geometry instanceof LineString || geometry instanceof MultiPoint) && geometry.getNumPoints() == els.size()) {
                        List<Instant> instants = new ArrayList<>();
                        for (int k = 0; k < els.size(); k++) {
                            String s = text(els.get(k));
                            try { instants.add(ImportDates.instant(s)); }
                            catch (RuntimeException e) { c.add(els.get(k), Checks.index(tp, k), "bad time \"" + s + "\" (expected yyyy-mm-ddThh:mm:ssZ)"); return false; }
                        }
                        List<LatLon> pos = new ArrayList<>();
                        for (Coordinate co : geometry.getCoordinates()) pos.add(LatLon.of(co));
                        try { track = new Track(instants, pos); } catch (IllegalArgumentException e) { c.add(times, tp, e.getMessage()); return false; }
                        start = ImportDates.parse(instants.get(0).toString());
                        EventDate e = ImportDates.parse(instants.get(instants.size() - 1).toString());
                        end = e.date().equals(start.date()) ? null : e;
                    } else {
                        for (int k = 0; k < els.size(); k++) {
                            EventDate d = date(els.get(k), Checks.index(tp, k));
                            if (d == null) return false;
                            start = ImportDates.earlier(start, d);
                            end = ImportDates.later(end, d);
                        }
                    }
                } else if (pm.get("start") != null || pm.get("time") != null || pm.get("date") != null) {
                    String key = pm.get("start") != null ? "start" : pm.get("time") != null ? "time" : "date";
                    start = date(pm.get(key), Checks.join(pp, key));
                    if (pm.get("end") != null && pm.get("end").kind() != Kind.NULL) {
                        String b = text(pm.get("end"));
                        if ("..".equals(b)) openEnd = true; else end = date(pm.get("end"), Checks.join(pp, "end"));
                    }
                }
            }
            if (c.count() > before) return false;
            if (start == null && end == null && !openStart && !openEnd) {
                if (geometry == null) {
                    c.add(f, path, "expected a time or a geometry (a feature with neither cannot be shown)");
                    return false;
                }
                sink.reference(new ReferenceFeature(id, title == null ? "" : title, geometry, summary, attributes));
                return true;
            }
            if (title == null) title = id;
            if (start != null && end != null && end.endExclusive().isBefore(start.endExclusive())) {
                c.add(time != null ? time : f, path, "end " + end + " is before start " + start);
                return false;
            }
            if (end != null && end.equals(start)) end = null;
            Geometry shape = track != null ? null : geometry;
            if (openStart || openEnd) {
                Map<String, String> m = new LinkedHashMap<>(attributes.asMap());
                if (openStart) m.put("open_start", "true");
                if (openEnd) m.put("open_end", "true");
                open.add(new Open(id, start, end, pool.share(title), summary, category, null, sources, shape, Attributes.of(m), f, path));
                first = ImportDates.earlier(first, start != null ? start : end);
                last = ImportDates.later(last, end != null ? end : start);
                return true;
            }
            first = ImportDates.earlier(first, start);
            last = ImportDates.later(last, end != null ? end : start);
            atlas.model.CoordinateStatus status = pm.get("location") != null && "approximate".equals(text(pm.get("location")))
                    && geometry != null ? atlas.model.CoordinateStatus.APPROXIMATE : null;
            String placeId = pm.get("place") != null && pm.get("place").kind() == Kind.STRING ? (String) pm.get("place").value() : null;
            try {
                sink.event(new TimedEvent(id, start, end, pool.share(title), summary, category, placeId, null, sources, List.of(),
                        status, shape, track, attributes));
            } catch (IllegalArgumentException e) {
                c.add(f, path, "invalid feature: " + e.getMessage());
                return false;
            }
            return true;
        }

        /** Builds the open-ended events, now that the file's first and last dates are known. */
        void finish() {
            for (Open o : open) {
                EventDate s = o.start() != null ? o.start() : first;
                EventDate e = o.end() != null ? o.end() : last;
                if (e != null && e.equals(s)) e = null;
                try {
                    sink.event(new TimedEvent(o.id(), s, e, o.title(), o.summary(), o.category(), null, o.point(), o.sources(),
                            List.of(), null, o.shape(), null, o.attributes()));
                } catch (IllegalArgumentException x) {
                    c.add(o.at(), o.path(), "invalid feature: " + x.getMessage());
                    sink.skipped();
                }
            }
        }

        private String id(Node f, Map<String, Node> pm, String path, int i) {
            Node idNode = f.members().get("id");
            if (idNode == null) idNode = pm.get("id");
            String id = idNode != null && (idNode.kind() == Kind.STRING || idNode.kind() == Kind.NUMBER)
                    ? idNode.value().toString() : "feature-" + (i + 1);
            Integer prior = ids.putIfAbsent(id, f.line());
            if (prior != null) {
                c.add(idNode == null ? f : idNode, Checks.join(path, "id"),
                        "duplicate id '" + id + "' (first used on line " + prior + "; expected ids unique in the file)");
                return null;
            }
            return id;
        }

        private EventDate date(Node n, String path) {
            String s = text(n);
            if (s == null) {
                c.add(n, path, "expected a date or a timestamp, found " + n.describe());
                return null;
            }
            try {
                return pool.share(ImportDates.parse(s));
            } catch (RuntimeException e) {
                c.add(n, path, "bad date \"" + s + "\" (expected yyyy, yyyy-mm, yyyy-mm-dd or a timestamp yyyy-mm-ddThh:mm:ssZ)");
                return null;
            }
        }

        private static String text(Node n) {
            if (n == null) return null;
            return n.kind() == Kind.STRING ? (String) n.value() : n.kind() == Kind.NUMBER ? n.value().toString() : null;
        }

        private static String firstString(Map<String, Node> pm, Set<String> keys) {
            for (String k : List.of("title", "name", "headline", "summary", "description", "text")) {
                if (!keys.contains(k)) continue;
                Node n = pm.get(k);
                if (n != null && n.kind() == Kind.STRING && !((String) n.value()).isBlank()) return ((String) n.value()).strip();
            }
            return null;
        }

        private List<Source> sources(Node n, String path) {
            if (n == null || n.kind() != Kind.ARRAY) return List.of();
            List<Source> out = new ArrayList<>();
            for (Node s : n.elements()) {
                if (s.kind() == Kind.STRING && !((String) s.value()).isBlank()) out.add(pool.share(new Source((String) s.value(), null, null)));
                else if (s.kind() == Kind.OBJECT && text(s.members().get("title")) != null && !text(s.members().get("title")).isBlank())
                    out.add(pool.share(new Source(text(s.members().get("title")), text(s.members().get("url")), text(s.members().get("publisher")))));
            }
            return pool.share(List.copyOf(out));
        }

        private Attributes attributes(Map<String, Node> pm) {
            Map<String, String> m = new LinkedHashMap<>();
            Node nested = pm.get("attributes");
            if (nested != null && nested.kind() == Kind.OBJECT)
                for (Map.Entry<String, Node> e : nested.members().entrySet()) {
                    String v = text(e.getValue());
                    if (v == null && e.getValue().kind() == Kind.BOOLEAN) v = e.getValue().value().toString();
                    if (v != null) m.put(e.getKey(), pool.share(v));
                }
            for (Map.Entry<String, Node> e : pm.entrySet()) {
                String k = e.getKey();
                if (TITLE.contains(k) || SUMMARY.contains(k) || TIME.contains(k) || USED.contains(k)) continue;
                Node v = e.getValue();
                if (v.kind() == Kind.STRING || v.kind() == Kind.NUMBER || v.kind() == Kind.BOOLEAN) m.putIfAbsent(k, pool.share(v.value().toString()));
            }
            if (m.isEmpty()) return Attributes.NONE;
            String[] keys = m.keySet().toArray(String[]::new);
            Attributes.Schema schema = schemas.computeIfAbsent(List.of(keys), k -> Attributes.Schema.of(keys));
            return Attributes.of(schema, m.values().toArray(String[]::new), null);
        }
    }
}
