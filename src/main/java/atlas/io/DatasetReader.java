package atlas.io;

import atlas.io.JsonTree.Kind;
import atlas.io.JsonTree.Node;
import atlas.model.Account;
import atlas.model.Attributes;
import atlas.model.ReferenceFeature;
import atlas.model.Category;
import atlas.model.CoordinateStatus;
import atlas.model.Dataset;
import atlas.model.DatePrecision;
import atlas.model.EventDate;
import atlas.model.FeatureKind;
import atlas.model.FeatureStatus;
import atlas.model.LatLon;
import atlas.model.Place;
import atlas.model.PlaceNames;
import atlas.model.Source;
import atlas.model.TimeSpan;
import atlas.model.TimedEvent;
import atlas.model.TimedFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Reads a dataset file (format: {@code assets/schema/dataset-format.md}) and checks all of it; the
 * {@link FormatReader} of {@code .atlas.json} files.
 *
 * <p>Streaming: each element of {@code features} is parsed, checked and turned into a record, then dropped, so
 * memory follows the records kept, not the file (there is no size cap unless one is set). Every problem is
 * reported with file name, line, column and JSON path. {@link #read(Path)} rejects the file whole with a
 * {@link DatasetException} if there is any problem: a caller never gets part of a file; through {@link Imports}
 * the valid records and the skipped ones are both available. Malformed JSON, invalid UTF-8 and parser limits
 * (nesting beyond 1000 levels, numbers beyond 1000 digits, names beyond 50000 characters) stop the reading at
 * their place. Events without a geometry take their place's point. Stateless and thread-safe.
 */
public final class DatasetReader implements FormatReader {
    /** No size limit. */
    public static final long NO_LIMIT = Long.MAX_VALUE;

    private final long maxBytes;

    /** Creates a reader with the import size limit setting ({@link Imports#maxBytes()}, none by default). */
    public DatasetReader() { this(Imports.maxBytes()); }

    /** Creates a reader that rejects files larger than {@code maxBytes}. */
    public DatasetReader(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        this.maxBytes = maxBytes;
    }

    @Override public String name() { return "Corridor Atlas dataset"; }

    @Override public List<String> extensions() { return List.of(".atlas.json"); }

    private static final java.util.regex.Pattern FEATURE_TYPE =
            java.util.regex.Pattern.compile("\"featureType\"\\s*:\\s*\"(Place|Event|TimedFeature|Reference)\"");

    @Override public boolean detects(Peek peek) {
        String t = peek.trimmedText();
        if (!t.startsWith("{")) return peek.nameEndsWith(".atlas.json");
        return peek.nameEndsWith(".atlas.json") || FEATURE_TYPE.matcher(t).find();
    }

    /** Reads and checks a dataset file; the problems name the file by its file name. */
    public Dataset read(Path file) throws DatasetException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        java.util.Optional<Problem> bad = Imports.checkFile(file, name);
        if (bad.isPresent()) throw new DatasetException(List.of(bad.get()));
        try {
            if (Files.size(file) > maxBytes)
                throw new DatasetException(List.of(JsonTree.tooLarge(name, maxBytes).problem));
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name);
            }
        } catch (IOException e) {
            throw new DatasetException(List.of(Imports.ioProblem(name, e)));
        }
    }

    /** Reads and checks a dataset from a stream (not closed); {@code fileName} names it in the problems. */
    public Dataset read(InputStream in, String fileName) throws DatasetException {
        ImportCollector sink = new ImportCollector(fileName, true);
        try {
            read(in, fileName, sink);
        } catch (ReadException e) {
            List<Problem> ps = new ArrayList<>(sink.problems());
            ps.add(e.problem());
            throw new DatasetException(ps);
        } catch (ReadException.Stop e) {
            List<Problem> ps = new ArrayList<>(sink.problems());
            ps.add(e.problem());
            throw new DatasetException(ps);
        } catch (IOException e) {
            List<Problem> ps = new ArrayList<>(sink.problems());
            ps.add(Imports.ioProblem(fileName, e));
            throw new DatasetException(ps);
        }
        if (sink.problemCount() > 0) {
            List<Problem> ps = new ArrayList<>(sink.problems());
            if (sink.problemCount() > ps.size())
                ps.add(new Problem(fileName, 0, 0, "", (sink.problemCount() - ps.size()) + " more problems not listed"));
            throw new DatasetException(ps);
        }
        return sink.dataset(fileName.replaceFirst("\\.atlas\\.json$|\\.json$", ""));
    }

    @Override public void read(ImportSource source, RecordSink sink) throws IOException {
        read(source.bytes(), source.name(), sink);
    }

    /**
     * Reads a dataset from a stream (not closed), pushing the valid records into {@code sink} and the problems of the
     * others; a syntax, encoding or limit error ends the reading with a {@link ReadException}.
     */
    public void read(InputStream in, String fileName, RecordSink sink) throws IOException {
        Checks checks = new Checks(fileName, sink);
        Builder builder = new Builder(checks, sink);
        Node root;
        try {
            root = JsonTree.parse(in, fileName, maxBytes, checks::add, "features", builder::feature);
        } catch (JsonTree.SyntaxException e) {
            throw new ReadException(e.problem);
        }
        builder.finish(root, fileName);
    }

    /** Reads and checks a dataset held in a string (for tests and pasted text). */
    public Dataset readString(String json, String fileName) throws DatasetException {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), fileName);
    }

    private static final List<String> CATEGORIES = Arrays.stream(Category.values()).map(Category::key).toList();
    private static final List<String> KINDS = Arrays.stream(FeatureKind.values()).map(FeatureKind::key).toList();
    private static final List<String> STATUSES = Arrays.stream(FeatureStatus.values()).map(FeatureStatus::key).toList();
    private static final List<String> PRECISIONS = List.of("day", "month", "year");
    private static final List<String> COORD_STATUSES = List.of("sourced", "approximate", "not_located");
    private static final List<String> FEATURE_TYPES = List.of("Place", "Event", "TimedFeature", "Reference");
    private static final List<String> EVENT_COORD_STATUSES = List.of("sourced", "approximate", "not_located");

    /** Turns the tree into model records, collecting problems. One per read. */
    private static final class Builder {
        private final Checks c;
        private final RecordSink sink;
        private final Map<String, Place> places = new HashMap<>();
        /** Ids of places that exist but were rejected: events naming them get no second "unknown place" problem. */
        private final Set<String> brokenPlaces = new HashSet<>();
        private final TimeJson times;
        /**
         * Equal values read more than once (titles, short summaries, sources, source lists) share one instance: a
         * dataset of many events cites the same few sources, and this keeps a loaded event near the size of its
         * record. Bounded (see Pool), and text over 128 characters is not shared, so a validation or a conversion,
         * which keep no events, keep no text of the file either.
         */
        private final Map<Object, Object> shared = new HashMap<>();

        @SuppressWarnings("unchecked")
        private <T> T share(T value) {
            if (value == null) return null;
            // long text (notes, summaries) is nearly always unique: sharing it would only hold the file's text
            if (value instanceof String str && str.length() > 128) return value;
            // bounded like Pool: a validation or conversion passes the events on and must not keep every text
            if (shared.size() >= Pool.MAX_VALUES && !shared.containsKey(value)) shared.clear();
            Object prior = shared.putIfAbsent(value, value);
            return prior == null ? value : (T) prior;
        }

        Builder(Checks c, RecordSink sink) {
            this.c = c;
            this.sink = sink;
            this.times = new TimeJson(c);
        }

        /** The line each id was first used on, for "duplicate id" problems (hashes, not the ids: see IdLines). */
        private final IdLines firstUse = new IdLines();
        /**
         * Events in file order from the first one waiting for a place defined later in the file (a null slot) on;
         * before any waits, each event goes to the sink as soon as it is read, so a file whose places come first
         * (as the writer writes them) keeps no event here.
         */
        private final List<TimedEvent> events = new ArrayList<>();
        private final List<Deferred> deferred = new ArrayList<>();
        /** An event naming a place not seen yet: built once the whole file is read. */
        private record Deferred(int slot, Node feature, String path, String id) {}

        /** Checks one element of {@code features} and turns it into a record (or defers it, or records problems). */
        void feature(Node n, int i) {
            int before = c.count();
            if (!record(n, i) && c.count() > before) sink.skipped();
        }

        /** Checks one feature; true when it was kept or deferred. */
        private boolean record(Node n, int i) {
            String path = Checks.index("features", i);
            Node f = c.object(n, path, "a GeoJSON Feature object");
            if (f == null) return false;
            String ft = c.string(f, path, "type", true);
            if (ft != null && !ft.equals("Feature"))
                c.add(f.members().get("type"), Checks.join(path, "type"), "expected \"Feature\", found \"" + ft + "\"");
            String type = c.key(f, path, "featureType", null, s -> {
                if (!FEATURE_TYPES.contains(s)) throw new IllegalArgumentException(s);
                return s;
            }, "featureType", FEATURE_TYPES);
            String id = c.string(f, path, "id", true);
            if (id == null) return false;
            Node idNode = f.members().get("id");
            Integer prior = firstUse.putIfAbsent(id, idNode.line());
            if (prior != null) {
                c.add(idNode, Checks.join(path, "id"),
                        "duplicate id '" + id + "' (first used on line " + prior + "; expected ids unique in the file)");
                return false;
            }
            if (type == null) return false;
            switch (type) {
                case "Place" -> {
                    Place p = place(f, path, id);
                    if (p == null) { brokenPlaces.add(id); return false; }
                    places.put(id, p);
                    sink.place(p);
                    return true;
                }
                case "Event" -> {
                    Node props = f.members().get("properties");
                    Node place = props == null || props.kind() != Kind.OBJECT ? null : props.members().get("place");
                    if (place != null && place.kind() == Kind.STRING && !places.containsKey((String) place.value())
                            && !brokenPlaces.contains((String) place.value())) {
                        deferred.add(new Deferred(events.size(), f, path, id));
                        events.add(null);
                        return true;
                    }
                    TimedEvent e = event(f, path, id);
                    if (e == null) return false;
                    if (deferred.isEmpty()) sink.event(e);
                    else events.add(e);
                    return true;
                }
                case "Reference" -> {
                    ReferenceFeature r = reference(f, path, id);
                    if (r != null) sink.reference(r);
                    return r != null;
                }
                default -> {
                    TimedFeature t = timedFeature(f, path, id);
                    if (t != null) sink.feature(t);
                    return t != null;
                }
            }
        }

        /** Checks the top-level members, builds the deferred events and returns the dataset (null on problems). */
        void finish(Node root, String fileName) {
            for (Deferred d : deferred) {
                int before = c.count();
                TimedEvent e = event(d.feature(), d.path(), d.id());
                events.set(d.slot(), e);
                if (e == null && c.count() > before) sink.skipped();
            }
            c.fileLevel = true;
            Node top = c.object(root, "", "a GeoJSON FeatureCollection object");
            if (top == null) return;
            String type = c.string(top, "", "type", true);
            if (type != null && !type.equals("FeatureCollection"))
                c.add(top.members().get("type"), "type", "expected \"FeatureCollection\", found \"" + type + "\"");
            int version = Dataset.FORMAT_VERSION;
            Node v = c.member(top, "", "version", true, "the format version, an integer");
            if (v != null) {
                if (v.kind() != Kind.NUMBER || !(v.value() instanceof Integer || v.value() instanceof Long))
                    c.add(v, "version", "expected the format version as an integer, found " + v.describe());
                else if (((Number) v.value()).longValue() < 1 || ((Number) v.value()).longValue() > Dataset.FORMAT_VERSION)
                    c.add(v, "version", "unsupported format version " + v.value() + " (expected 1 to " + Dataset.FORMAT_VERSION + ")");
                else version = ((Number) v.value()).intValue();
            }
            String title = c.optionalString(top, "", "title", fileName.replaceFirst("\\.atlas\\.json$|\\.json$", ""));
            Node fs = c.member(top, "", "features", true, "an array of features");
            if (fs != null) c.array(fs, "features", "GeoJSON features");
            sink.title(title);
            for (TimedEvent e : events) if (e != null) sink.event(e);
        }

        private Node properties(Node f, String path) {
            Node p = c.member(f, path, "properties", true, "an object of properties");
            return p == null ? null : c.object(p, Checks.join(path, "properties"), "an object of properties");
        }

        private Place place(Node f, String path, String id) {
            int before = c.count();
            Node props = properties(f, path);
            String pp = Checks.join(path, "properties");
            Node g = f.members().get("geometry");
            LatLon point = null;
            if (g != null && g.kind() != Kind.NULL) point = point(g, Checks.join(path, "geometry"));
            if (props == null) return null;
            PlaceNames names = names(props, pp, true);
            String type = c.optionalString(props, pp, "type", "");
            CoordinateStatus status = c.key(props, pp, "coord_status",
                    g == null || g.kind() == Kind.NULL ? CoordinateStatus.NOT_LOCATED : CoordinateStatus.SOURCED,
                    s -> CoordinateStatus.valueOf(s.trim().toUpperCase(Locale.ROOT)), "coordinate status", COORD_STATUSES);
            double errorKm = c.optionalNonNegative(props, pp, "error_km", 0);
            List<Source> sources = sources(props, pp, false);
            String note = c.optionalString(props, pp, "note", "");
            if (status != null && c.count() == before && (status == CoordinateStatus.NOT_LOCATED) != (g == null || g.kind() == Kind.NULL))
                c.add(g == null ? f : g, Checks.join(path, "geometry"), status == CoordinateStatus.NOT_LOCATED
                        ? "expected null geometry for a place with coord_status \"not_located\""
                        : "expected a Point geometry for a place with coord_status \"" + status.name().toLowerCase(Locale.ROOT) + "\"");
            if (c.count() != before) return null;
            LatLon at = point;
            return construct(f, path, () -> new Place(id, names, type, at, status, errorKm, sources, note));
        }

        private TimedEvent event(Node f, String path, String id) {
            int before = c.count();
            Node props = properties(f, path);
            if (props == null) return null;
            String pp = Checks.join(path, "properties");
            String title = c.string(props, pp, "title", true);
            String summary = c.string(props, pp, "summary", false);
            Category category = c.key(props, pp, "category", null, Category::ofKey, "category", CATEGORIES);
            DatePrecision precision = c.key(props, pp, "precision", DatePrecision.DAY,
                    s -> { if (!PRECISIONS.contains(s)) throw new IllegalArgumentException(s); return DatePrecision.valueOf(s.toUpperCase(Locale.ROOT)); },
                    "precision", PRECISIONS);
            EventDate[] time = precision == null ? null : times.eventTime(f, path, precision);
            String placeId = c.optionalString(props, pp, "place", null);
            Node g = f.members().get("geometry");
            LatLon point = null;
            Geometry shape = null;
            if (g != null && g.kind() != Kind.NULL) {
                shape = GeometryJson.read(g, Checks.join(path, "geometry"), c);
                if (shape instanceof Point pt) { point = LatLon.of(pt.getCoordinate()); shape = null; }
            }
            CoordinateStatus status = c.key(props, pp, "coord_status", CoordinateStatus.SOURCED,
                    s -> CoordinateStatus.valueOf(s.trim().toUpperCase(Locale.ROOT)), "coordinate status", EVENT_COORD_STATUSES);
            boolean notLocated = status == CoordinateStatus.NOT_LOCATED;
            if (placeId != null) {
                Place p = places.get(placeId);
                if (p == null && !brokenPlaces.contains(placeId))
                    c.add(props.members().get("place"), Checks.join(pp, "place"),
                            "unknown place id '" + placeId + "' (expected the id of a Place feature in this file)");
                else if (p != null && point == null && !notLocated && (g == null || g.kind() == Kind.NULL)) {
                    if (p.point() == null) c.add(g == null ? f : g, Checks.join(path, "geometry"),
                            "expected a Point geometry: place '" + placeId + "' is not located");
                    point = p.point();
                }
            } else if ((g == null || g.kind() == Kind.NULL) && !notLocated) {
                c.add(g == null ? f : g, Checks.join(path, "geometry"),
                        "expected a Point geometry or a 'place' property (an event needs a location)");
            } else if (notLocated && g != null && g.kind() != Kind.NULL) {
                c.add(g, Checks.join(path, "geometry"), "expected null geometry for an event with coord_status \"not_located\"");
            }
            atlas.model.Track track = track(props, pp, shape);
            Attributes attributes = attributes(props, pp);
            List<Source> sources = sources(props, pp, true);
            List<Account> accounts = accounts(props, pp);
            // An event at a rejected place gets no problem of its own: the place's problems say it all.
            if (c.count() != before || time == null || (placeId != null && brokenPlaces.contains(placeId))) return null;
            LatLon at = point;
            Place known = placeId == null ? null : places.get(placeId);
            String place = known == null ? placeId : known.id();
            String t = share(title);
            String sum = share(summary);
            List<Account> acc = accounts.isEmpty() ? List.of() : accounts;
            Geometry geom = track == null ? shape : null;
            CoordinateStatus located = notLocated ? CoordinateStatus.NOT_LOCATED
                    : status == CoordinateStatus.APPROXIMATE ? status : null;
            return construct(f, path, () -> new TimedEvent(id, time[0], time[1], t, sum, category, place, at, sources, acc,
                    located, geom, track, attributes));
        }

        /** Reads a track: {@code times} (one RFC 3339 instant per position of a LineString or MultiPoint geometry). */
        private atlas.model.Track track(Node props, String pp, Geometry shape) {
            Node t = props.members().get("times");
            if (t == null || t.kind() == Kind.NULL) return null;
            String tp = Checks.join(pp, "times");
            List<Node> els = c.array(t, tp, "instants \"yyyy-mm-ddThh:mm:ssZ\", one per position");
            if (els == null) return null;
            if (shape == null || !(shape instanceof org.locationtech.jts.geom.LineString || shape instanceof org.locationtech.jts.geom.MultiPoint)) {
                c.add(t, tp, "expected a LineString or MultiPoint geometry with one position per time");
                return null;
            }
            org.locationtech.jts.geom.Coordinate[] cs = shape.getCoordinates();
            if (cs.length != els.size()) {
                c.add(t, tp, "expected one time per position: " + els.size() + " times, " + cs.length + " positions");
                return null;
            }
            List<java.time.Instant> instants = new ArrayList<>();
            List<LatLon> positions = new ArrayList<>();
            for (int i = 0; i < els.size(); i++) {
                String s = c.stringValue(els.get(i), Checks.index(tp, i), true);
                if (s == null) return null;
                try {
                    instants.add(java.time.OffsetDateTime.parse(s).toInstant());
                } catch (RuntimeException e) {
                    c.add(els.get(i), Checks.index(tp, i), "bad instant \"" + s + "\" (expected yyyy-mm-ddThh:mm:ssZ)");
                    return null;
                }
                positions.add(LatLon.of(cs[i]));
            }
            try {
                return new atlas.model.Track(instants, positions);
            } catch (IllegalArgumentException e) {
                c.add(t, tp, e.getMessage());
                return null;
            }
        }

        /** Reads {@code attributes}: an object of strings (numbers and booleans are kept as their text). */
        private Attributes attributes(Node props, String pp) {
            Node a = props.members().get("attributes");
            if (a == null || a.kind() == Kind.NULL) return Attributes.NONE;
            String ap = Checks.join(pp, "attributes");
            Node obj = c.object(a, ap, "an object of attribute names and text values");
            if (obj == null) return Attributes.NONE;
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Node> e : obj.members().entrySet()) {
                Node v = e.getValue();
                switch (v.kind()) {
                    case STRING, NUMBER, BOOLEAN -> m.put(e.getKey(), share(v.value().toString()));
                    case NULL -> { }
                    default -> c.add(v, Checks.join(ap, e.getKey()), "expected a text value, found " + v.describe());
                }
            }
            if (m.isEmpty()) return Attributes.NONE;
            String[] keys = m.keySet().toArray(String[]::new);
            Attributes.Schema schema = schemas.computeIfAbsent(java.util.Arrays.asList(keys), k -> Attributes.Schema.of(keys));
            return Attributes.of(schema, m.values().toArray(String[]::new), null);
        }

        /** Attribute schemas by their names: events with the same attribute names share one. */
        private final Map<List<String>, Attributes.Schema> schemas = new HashMap<>();

        private ReferenceFeature reference(Node f, String path, String id) {
            int before = c.count();
            Node props = properties(f, path);
            if (props == null) return null;
            String pp = Checks.join(path, "properties");
            Node g = c.member(f, path, "geometry", true, "a GeoJSON geometry");
            Geometry geometry = g == null ? null : GeometryJson.read(g, Checks.join(path, "geometry"), c);
            String name = c.optionalString(props, pp, "name", "");
            String description = c.optionalString(props, pp, "description", "");
            Attributes attributes = attributes(props, pp);
            if (c.count() != before || geometry == null) return null;
            return construct(f, path, () -> new ReferenceFeature(id, name, geometry, description, attributes));
        }

        private TimedFeature timedFeature(Node f, String path, String id) {
            int before = c.count();
            Node props = properties(f, path);
            if (props == null) return null;
            String pp = Checks.join(path, "properties");
            FeatureKind kind = c.key(props, pp, "kind", null, FeatureKind::ofKey, "kind", KINDS);
            Geometry geometry = null;
            Node g = c.member(f, path, "geometry", true, "a GeoJSON geometry");
            if (g != null) geometry = GeometryJson.read(g, Checks.join(path, "geometry"), c);
            TimeSpan validity = times.featureTime(f, path);
            PlaceNames names = props.members().containsKey("names") ? names(props, pp, true)
                    : kind == null ? null : PlaceNames.single(atlas.i18n.Texts.get(atlas.i18n.Language.EN, "feature-kind." + kind.key()));
            FeatureStatus status = c.key(props, pp, "status", FeatureStatus.NONE, FeatureStatus::ofKey, "status", STATUSES);
            boolean approximate = c.optionalBoolean(props, pp, "approximate", false);
            double errorKm = c.optionalNonNegative(props, pp, "error_km", 0);
            boolean schematic = c.optionalBoolean(props, pp, "schematic", false);
            String description = c.optionalString(props, pp, "description", "");
            List<Source> sources = sources(props, pp, true);
            if (c.count() != before) return null;
            Geometry geom = geometry;
            return construct(f, path, () -> new TimedFeature(id, kind, names, geom, validity, status, approximate, errorKm,
                    schematic, description, sources));
        }

        /** Builds a record, turning a constructor's IllegalArgumentException into a problem at the feature. */
        private <T> T construct(Node f, String path, java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                c.add(f, path, "invalid feature: " + e.getMessage());
                return null;
            }
        }

        private LatLon point(Node g, String path) {
            Geometry geom = GeometryJson.read(g, path, c);
            if (geom == null) return null;
            if (!(geom instanceof Point p)) {
                c.add(g, path, "expected a Point geometry, found a " + geom.getGeometryType());
                return null;
            }
            return LatLon.of(p.getCoordinate());
        }

        private PlaceNames names(Node props, String pp, boolean required) {
            Node n = c.member(props, pp, "names", required, "an object {\"hy_usage\", \"az_usage\", \"en\", \"hy\", \"az\", \"ru\"}");
            if (n == null) return null;
            String np = Checks.join(pp, "names");
            Node obj = c.object(n, np, "an object of names {\"hy_usage\", \"az_usage\", \"en\", ...}");
            if (obj == null) return null;
            int before = c.count();
            String en = c.string(obj, np, "en", true);
            String hyUsage = c.optionalString(obj, np, "hy_usage", null);
            String azUsage = c.optionalString(obj, np, "az_usage", null);
            String hy = c.optionalString(obj, np, "hy", null);
            String az = c.optionalString(obj, np, "az", null);
            String ru = c.optionalString(obj, np, "ru", null);
            return c.count() == before ? new PlaceNames(hyUsage, azUsage, en, hy, az, ru) : null;
        }

        private List<Source> sources(Node props, String pp, boolean required) {
            String sp = Checks.join(pp, "sources");
            Node n = c.member(props, pp, "sources", required, "a non-empty array of sources {\"title\", \"url\", \"publisher\"}");
            if (n == null) return List.of();
            return sourceList(n, sp, required);
        }

        private List<Source> sourceList(Node n, String sp, boolean required) {
            List<Node> els = c.array(n, sp, "sources {\"title\", \"url\", \"publisher\"}");
            if (els == null) return List.of();
            if (required && els.isEmpty()) {
                c.add(n, sp, "expected at least one source, found an empty array");
                return List.of();
            }
            List<Source> out = new ArrayList<>();
            for (int i = 0; i < els.size(); i++) {
                String p = Checks.index(sp, i);
                Node s = c.object(els.get(i), p, "a source object {\"title\", \"url\", \"publisher\"}");
                if (s == null) continue;
                String title = c.string(s, p, "title", true);
                String url = c.optionalString(s, p, "url", null);
                String publisher = c.optionalString(s, p, "publisher", null);
                if (title != null) out.add(share(new Source(title, url, publisher)));
            }
            return share(List.copyOf(out));
        }

        private List<Account> accounts(Node props, String pp) {
            Node n = props.members().get("accounts");
            if (n == null || n.kind() == Kind.NULL) return List.of();
            String ap = Checks.join(pp, "accounts");
            List<Node> els = c.array(n, ap, "accounts {\"party\", \"statement\", \"sources\"}");
            if (els == null) return List.of();
            List<Account> out = new ArrayList<>();
            for (int i = 0; i < els.size(); i++) {
                String p = Checks.index(ap, i);
                Node a = c.object(els.get(i), p, "an account object {\"party\", \"statement\", \"sources\"}");
                if (a == null) continue;
                String party = c.string(a, p, "party", true);
                String statement = c.string(a, p, "statement", true);
                List<Source> sources = sources(a, p, true);
                if (party != null && statement != null) out.add(new Account(party, statement, sources));
            }
            return out;
        }

    }
}
