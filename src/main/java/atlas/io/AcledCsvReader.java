package atlas.io;

import atlas.model.Attributes;
import atlas.model.Category;
import atlas.model.CoordinateStatus;
import atlas.model.DatePrecision;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.Source;
import atlas.model.TimedEvent;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an ACLED export (CSV with the 31 columns {@code event_id_cnty} … {@code timestamp}) into events. Import only:
 * ACLED's terms forbid redistributing their data, so none is shipped.
 *
 * <ul>
 * <li>{@code event_id_cnty} is the id; {@code event_date} is {@code 2022-08-03} or {@code 03 August 2022};
 *     {@code time_precision} 1 and 2 give a day (2: "within a week", kept as an attribute), 3 a month.</li>
 * <li>{@code latitude}/{@code longitude} are the point; {@code geo_precision} 2 or 3 make it approximate
 *     (drawn and labelled as such); 1 is a sourced point.</li>
 * <li>The title is "{@code sub_event_type} in {@code location}"; {@code notes} are the summary; {@code source}
 *     (split at ";") gives the sources.</li>
 * <li>{@code event_type}/{@code sub_event_type} map to the atlas categories by {@link #category}.</li>
 * <li>Every other column is kept as an attribute (actors, interaction codes, fatalities, admin areas, tags…), the
 *     repeated groups (actors and event type; administrative area) shared between rows.</li>
 * </ul>
 */
public final class AcledCsvReader implements FormatReader {
    /** The columns of an ACLED export, in its order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");
    private static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "latitude", "longitude");
    private static final String[] ACTOR_GROUP = {"disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
            "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting"};
    private static final String[] AREA_GROUP = {"iso", "region", "country", "admin1", "admin2", "admin3", "location"};
    private static final String[] ROW_GROUP = {"fatalities", "time_precision", "geo_precision", "source_scale", "tags", "timestamp"};
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    @Override public String name() { return "ACLED CSV"; }

    @Override public List<String> extensions() { return List.of(".csv"); }

    @Override public boolean detects(Peek peek) {
        String h = peek.firstLine().toLowerCase(Locale.ROOT);
        return h.contains("event_id_cnty") && h.contains("event_date");
    }

    /**
     * Gets the atlas category of an ACLED event type and sub-event type (the mapping documented in the README):
     * Battles → clash, but territory changing hands → territorial change; Explosions/Remote violence → clash, or
     * violence against civilians when civilians were targeted; Violence against civilians → violence; Protests and
     * Riots → political (mob violence → violence); Strategic developments → agreement → ceasefire, transfer of
     * territory → territorial change, looting or destruction → violence, disrupted weapons use → clash, the rest →
     * political.
     */
    public static Category category(String eventType, String subEventType, String civilianTargeting) {
        String t = eventType.strip().toLowerCase(Locale.ROOT);
        String s = subEventType.strip().toLowerCase(Locale.ROOT);
        boolean civilians = civilianTargeting != null && civilianTargeting.toLowerCase(Locale.ROOT).contains("civilian");
        return switch (t) {
            case "battles" -> s.contains("territory") ? Category.TERRITORIAL_CHANGE : Category.CLASH;
            case "explosions/remote violence" -> civilians ? Category.VIOLENCE : Category.CLASH;
            case "violence against civilians" -> Category.VIOLENCE;
            case "protests" -> Category.POLITICAL;
            case "riots" -> s.contains("mob") ? Category.VIOLENCE : Category.POLITICAL;
            case "strategic developments" -> s.contains("agreement") ? Category.CEASEFIRE
                    : s.contains("territory") ? Category.TERRITORIAL_CHANGE
                    : s.contains("looting") || s.contains("destruction") ? Category.VIOLENCE
                    : s.contains("weapons") ? Category.CLASH : Category.POLITICAL;
            default -> throw new IllegalArgumentException(eventType);
        };
    }

    @Override public void read(ImportSource source, RecordSink sink) throws IOException {
        String file = source.name();
        try (CsvRows rows = new CsvRows(source.text(), file)) {
            List<String> missing = new ArrayList<>();
            for (String r : REQUIRED) if (rows.column(r) < 0) missing.add(r);
            if (!missing.isEmpty()) {
                sink.fileProblem(new Problem(file, 1, 1, "", "the ACLED header lacks the column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + " (expected the 31 columns of an ACLED export)"));
                return;
            }
            new Rows(rows, sink, file).readAll();
        }
    }

    /** One reading: column positions, the pools and the ids seen. */
    private static final class Rows {
        private final CsvRows rows;
        private final RecordSink sink;
        private final String file;
        private final Pool pool = new Pool();
        private final IdLines ids = new IdLines();
        private final Map<String, EventDate> dates = new HashMap<>();
        private final Map<String, List<Source>> sources = new HashMap<>();
        private final Map<List<Object>, Attributes> groups = new HashMap<>();
        private final int id, date, precision, eventType, subType, civilians, lat, lon, geo, source, notes, location, fatalities;
        private final int[] actorCols, areaCols, rowCols;
        private final Attributes.Schema actorSchema = Attributes.Schema.of(ACTOR_GROUP);
        private final Attributes.Schema areaSchema = Attributes.Schema.of(AREA_GROUP);
        private final Attributes.Schema rowSchema = Attributes.Schema.of(ROW_GROUP);
        private final int columns;

        Rows(CsvRows rows, RecordSink sink, String file) {
            this.rows = rows;
            this.sink = sink;
            this.file = file;
            id = rows.column("event_id_cnty");
            date = rows.column("event_date");
            precision = rows.column("time_precision");
            eventType = rows.column("event_type");
            subType = rows.column("sub_event_type");
            civilians = rows.column("civilian_targeting");
            lat = rows.column("latitude");
            lon = rows.column("longitude");
            geo = rows.column("geo_precision");
            source = rows.column("source");
            notes = rows.column("notes");
            location = rows.column("location");
            fatalities = rows.column("fatalities");
            actorCols = cols(ACTOR_GROUP);
            areaCols = cols(AREA_GROUP);
            rowCols = cols(ROW_GROUP);
            columns = rows.header().size();
        }

        private int[] cols(String[] names) {
            int[] out = new int[names.length];
            for (int i = 0; i < names.length; i++) out[i] = rows.column(names[i]);
            return out;
        }

        void readAll() throws IOException {
            while (rows.next()) {
                boolean ok = row();
                if (!ok) sink.skipped();
            }
        }

        private boolean problem(int col, String message) {
            sink.problem(rows.problem(col, message));
            return false;
        }

        private boolean row() {
            if (rows.size() != columns)
                return problem(-1, "expected " + columns + " values as in the header, found " + rows.size());
            String eventId = rows.get(id).strip();
            if (eventId.isEmpty()) return problem(id, "expected an event id, found an empty value");
            boolean ok = true;
            EventDate start = date(rows.get(date), rows.get(precision));
            if (start == null) ok = problem(date, "bad date \"" + rows.get(date) + "\" (expected yyyy-mm-dd or \"03 August 2022\")");
            Category category = null;
            try {
                category = category(rows.get(eventType), rows.get(subType), rows.get(civilians));
            } catch (IllegalArgumentException e) {
                ok = problem(eventType, "unknown event type \"" + rows.get(eventType) + "\" (expected Battles, "
                        + "Explosions/Remote violence, Violence against civilians, Protests, Riots or Strategic developments)");
            }
            LatLon point = null;
            double la = number(rows.get(lat)), lo = number(rows.get(lon));
            if (!(la >= -90 && la <= 90)) ok = problem(lat, "expected a latitude in [-90, 90], found \"" + rows.get(lat) + "\"");
            else if (!(lo >= -180 && lo <= 180)) ok = problem(lon, "expected a longitude in [-180, 180], found \"" + rows.get(lon) + "\"");
            else point = pool.share(LatLon.of(la, lo));
            String geoText = rows.get(geo).strip();
            if (!geoText.isEmpty() && !geoText.equals("1") && !geoText.equals("2") && !geoText.equals("3"))
                ok = problem(geo, "expected geo_precision 1, 2 or 3, found \"" + geoText + "\"");
            String deaths = rows.get(fatalities).strip();
            if (!deaths.isEmpty() && !deaths.chars().allMatch(Character::isDigit))
                ok = problem(fatalities, "expected a whole number of fatalities (or nothing), found \"" + deaths + "\"");
            Integer prior = ids.putIfAbsent(eventId, rows.line());
            if (prior != null) ok = problem(id, "duplicate event id '" + eventId + "' (first used on line " + prior + ")");
            if (!ok) return false;
            String where = rows.get(location).strip();
            String sub = rows.get(subType).strip().isEmpty() ? rows.get(eventType).strip() : rows.get(subType).strip();
            String title = pool.share(where.isEmpty() ? sub : sub + " in " + where);
            // every group is shared: rows repeat the same actors, areas and (fatalities, precision, timestamp) values
            Attributes attributes = Attributes.join(group(rowSchema, rowCols, null), group(actorSchema, actorCols, null),
                    group(areaSchema, areaCols, null));
            CoordinateStatus status = geoText.equals("2") || geoText.equals("3") ? CoordinateStatus.APPROXIMATE : null;
            sink.event(new TimedEvent(eventId, start, null, title, rows.get(notes).strip(), category, null, point,
                    sources(rows.get(source)), List.of(), status, null, null, attributes));
            return true;
        }

        private String[] values(int[] cols) {
            String[] v = new String[cols.length];
            for (int i = 0; i < cols.length; i++) v[i] = cols[i] < 0 ? null : pool.text(rows.get(cols[i]));
            return v;
        }

        /** Gets the shared attributes of these values followed by {@code next} (one instance per distinct pair). */
        private Attributes group(Attributes.Schema schema, int[] cols, Attributes next) {
            String[] v = values(cols);
            Object[] k = java.util.Arrays.copyOf(v, v.length + 2, Object[].class);
            k[v.length] = schema;
            k[v.length + 1] = next == null ? null : new Identity(next);
            List<Object> key = java.util.Arrays.asList(k);
            Attributes a = groups.get(key);
            if (a == null) {
                a = Attributes.of(schema, v, next);
                if (groups.size() >= Pool.MAX_VALUES) groups.clear(); // bounded, like the pool
                groups.put(key, a);
            }
            return a;
        }

        /** Compares shared attributes by identity (they are unique per content already), cheaply. */
        private record Identity(Attributes a) {
            @Override public boolean equals(Object o) { return o instanceof Identity i && i.a == a; }
            @Override public int hashCode() { return System.identityHashCode(a); }
        }

        private List<Source> sources(String text) {
            List<Source> s = sources.get(text);
            if (s != null) return s;
            List<Source> out = new ArrayList<>();
            for (String part : text.split(";")) {
                String t = part.strip();
                if (!t.isEmpty()) out.add(pool.share(new Source(t, null, null)));
            }
            if (out.isEmpty()) out.add(pool.share(new Source("ACLED", "https://acleddata.com", "ACLED")));
            s = pool.share(List.copyOf(out));
            if (sources.size() >= Pool.MAX_VALUES) sources.clear();
            sources.put(text, s);
            return s;
        }

        private EventDate date(String text, String precisionText) {
            String key = text + "|" + precisionText;
            EventDate d = dates.get(key);
            if (d != null) return d;
            String t = text.strip();
            LocalDate day;
            try {
                day = t.length() == 10 && t.charAt(4) == '-' ? LocalDate.parse(t) : LocalDate.parse(t, LONG_DATE);
            } catch (DateTimeParseException e) {
                return null;
            }
            d = precisionText.strip().equals("3") ? new EventDate(day.withDayOfMonth(1), DatePrecision.MONTH, null) : EventDate.day(day);
            if (dates.size() >= Pool.MAX_VALUES) dates.clear();
            dates.put(key, d);
            return d;
        }

        private static double number(String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }
}
