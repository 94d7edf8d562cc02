package atlas.io;

import atlas.model.Attributes;
import atlas.model.Category;
import atlas.model.DatePrecision;
import atlas.model.EventDate;
import atlas.model.TimedEvent;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the TimelineJS spreadsheet template saved as CSV (columns Year, Month, Day, Time, End Year, End Month, End
 * Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group,
 * Background). Each row is an event without location (the template has none): in the list and on the timeline,
 * never on the map. A year-only date keeps year precision, a month keeps month precision. The {@code title} row
 * names the layer; {@code era} rows are kept as events marked {@code timeline_type=era} (shaded spans). Text is
 * HTML reduced to safe text; media, credit, caption, thumbnail, display date, group and background are attributes.
 */
public final class TimelineCsvReader implements FormatReader {
    /** The attribute, and its value, that mark an event read from a TimelineJS era (both TimelineJS readers). */
    public static final String TYPE = "timeline_type", ERA = "era";
    static final String[] EXTRA = {"display_date", "media", "media_credit", "media_caption", "media_thumbnail", "group",
            "background", TYPE};
    static final Attributes.Schema SCHEMA = Attributes.Schema.of(EXTRA);

    /** Tests whether an event was read from a TimelineJS era (a sheet's {@code era} row, a document's {@code eras}). */
    public static boolean isEra(atlas.model.TimedEvent e) { return e.attributes().get(TYPE).filter(ERA::equals).isPresent(); }

    @Override public String name() { return "TimelineJS (CSV template)"; }

    @Override public List<String> extensions() { return List.of(".csv"); }

    @Override public boolean detects(Peek peek) {
        String h = peek.firstLine().toLowerCase(Locale.ROOT);
        return h.contains("year") && h.contains("headline") && h.contains("month");
    }

    @Override public void read(ImportSource source, RecordSink sink) throws IOException {
        String file = source.name();
        try (CsvRows rows = new CsvRows(source.text(), file)) {
            if (rows.column("year") < 0 || rows.column("headline") < 0) {
                sink.fileProblem(new Problem(file, 1, 1, "", "the TimelineJS header lacks Year or Headline"));
                return;
            }
            Pool pool = new Pool();
            int n = 0;
            while (rows.next()) {
                n++;
                List<Problem> ps = new ArrayList<>();
                String type = rows.get(rows.column("type")).strip().toLowerCase(Locale.ROOT);
                String headline = Html.toText(rows.get(rows.column("headline")));
                String text = Html.toText(rows.get(rows.column("text")));
                if (type.equals("title")) {
                    if (!headline.isEmpty()) sink.title(headline);
                    continue;
                }
                EventDate start = date(rows, "year", "month", "day", "time", true, ps, pool);
                EventDate end = date(rows, "end year", "end month", "end day", "end time", false, ps, pool);
                if (headline.isEmpty() && text.isEmpty() && ps.isEmpty()) ps.add(rows.problem(rows.column("headline"), "expected a headline or a text"));
                if (ps.isEmpty()) {
                    String[] extra = {
                            pool.text(rows.get(rows.column("display date"))), pool.text(rows.get(rows.column("media"))),
                            pool.text(rows.get(rows.column("media credit"))), pool.text(rows.get(rows.column("media caption"))),
                            pool.text(rows.get(rows.column("media thumbnail"))), pool.text(rows.get(rows.column("group"))),
                            pool.text(rows.get(rows.column("background"))), type.equals(ERA) ? ERA : null};
                    try {
                        sink.event(new TimedEvent("row-" + rows.line(), start, end == null || end.equals(start) ? null : end,
                                headline.isEmpty() ? firstWords(text) : headline, text, Category.OTHER, null, null, List.of(),
                                List.of(), null, null, null, Attributes.of(SCHEMA, extra, null)));
                        continue;
                    } catch (IllegalArgumentException e) {
                        ps.add(rows.problem(rows.column("end year"), "invalid row: " + e.getMessage()));
                    }
                }
                for (Problem p : ps) sink.problem(p);
                sink.skipped();
            }
        }
    }

    static String firstWords(String text) {
        String t = text.strip().replace('\n', ' ');
        return t.length() <= 60 ? t : t.substring(0, 57) + "…";
    }

    private static EventDate date(CsvRows rows, String y, String m, String d, String t, boolean required, List<Problem> ps, Pool pool) {
        String ys = rows.get(rows.column(y)).strip(), ms = rows.get(rows.column(m)).strip(), ds = rows.get(rows.column(d)).strip();
        String ts = rows.get(rows.column(t)).strip();
        if (ys.isEmpty()) {
            if (required) ps.add(rows.problem(rows.column(y), "expected a year, found an empty value"));
            else if (!ms.isEmpty() || !ds.isEmpty()) ps.add(rows.problem(rows.column(y), "expected an end year with the end month or day"));
            return null;
        }
        try {
            return pool.share(of(ys, ms, ds, ts));
        } catch (RuntimeException e) {
            ps.add(rows.problem(rows.column(y), "bad date year " + ys + ", month " + ms + ", day " + ds
                    + (ts.isEmpty() ? "" : ", time " + ts) + " (expected a year, an optional month 1-12 and day, a time hh:mm)"));
            return null;
        }
    }

    /** Gets the date of TimelineJS fields (year; month, day and time optional), at their precision. */
    static EventDate of(String year, String month, String day, String time) {
        int y = Integer.parseInt(year.strip());
        if (month == null || month.isBlank()) return EventDate.year(y);
        int mo = Integer.parseInt(month.strip());
        if (day == null || day.isBlank()) return EventDate.month(y, mo);
        LocalDate date = LocalDate.of(y, mo, Integer.parseInt(day.strip()));
        if (time == null || time.isBlank()) return EventDate.day(date);
        String t = time.strip().toLowerCase(Locale.ROOT);
        boolean pm = t.endsWith("pm"), am = t.endsWith("am");
        if (pm || am) t = t.substring(0, t.length() - 2).strip();
        LocalTime lt = LocalTime.parse(t.length() == 4 ? "0" + t : t.length() > 5 ? t.substring(0, 5) : t);
        if (pm && lt.getHour() < 12) lt = lt.plusHours(12);
        if (am && lt.getHour() == 12) lt = lt.minusHours(12);
        return new EventDate(date, DatePrecision.DAY, lt);
    }

}
