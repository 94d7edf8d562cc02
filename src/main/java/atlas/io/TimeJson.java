package atlas.io;

import atlas.io.JsonTree.Kind;
import atlas.io.JsonTree.Node;
import atlas.model.DatePrecision;
import atlas.model.EventDate;
import atlas.model.TimeSpan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON-FG {@code time} member of dataset features ({@code date}, {@code timestamp}, {@code interval} with
 * {@code ".."} open ends), recording a problem for every bad or impossible date and every end before its start.
 * Equal dates share one {@link EventDate}. One instance per file read; package-private.
 */
final class TimeJson {
    private final Checks c;
    private final Map<EventDate, EventDate> dates = new HashMap<>();

    TimeJson(Checks c) { this.c = c; }

    /** Reads an event's {@code time}: returns {start, end-or-null}, or null after recording problems. */
    EventDate[] eventTime(Node f, String path, DatePrecision precision) {
        String tp = Checks.join(path, "time");
        Node t = time(f, path, tp);
        if (t == null) return null;
        Map<String, Node> m = t.members();
        if (m.containsKey("interval")) {
            String ip = Checks.join(tp, "interval");
            Node[] ends = interval(m.get("interval"), ip);
            if (ends == null) return null;
            for (int k = 0; k < 2; k++) if (ends[k].kind() == Kind.STRING && "..".equals(ends[k].value())) {
                c.add(ends[k], Checks.index(ip, k), "expected a date: an event's interval must be closed ('..' is only for timed features)");
                return null;
            }
            EventDate a = date(ends[0], Checks.index(ip, 0), precision, true);
            EventDate b = date(ends[1], Checks.index(ip, 1), precision, true);
            if (a == null || b == null) return null;
            if (b.endExclusive().isBefore(a.endExclusive()) || (b.date().equals(a.date()) && b.timeOfDay() != null
                    && a.timeOfDay() != null && b.timeOfDay().isBefore(a.timeOfDay()))) {
                c.add(ends[1], Checks.index(ip, 1), "end " + b.iso() + " is before start " + a.iso()
                        + " (expected [first day, last day], both inclusive)");
                return null;
            }
            return new EventDate[] {a, b};
        }
        Node d = m.containsKey("date") ? m.get("date") : m.get("timestamp");
        String dp = Checks.join(tp, m.containsKey("date") ? "date" : "timestamp");
        EventDate a = date(d, dp, precision, m.containsKey("timestamp"));
        if (a != null && m.containsKey("timestamp") && a.timeOfDay() == null) {
            c.add(d, dp, "expected a timestamp such as \"2023-04-23T12:00:00+04:00\", found \"" + d.value() + "\"");
            return null;
        }
        return a == null ? null : new EventDate[] {a, null};
    }

    /** Reads a timed feature's {@code time}: a date (one day) or an interval with optional open ends. */
    TimeSpan featureTime(Node f, String path) {
        String tp = Checks.join(path, "time");
        Node t = time(f, path, tp);
        if (t == null) return null;
        Map<String, Node> m = t.members();
        if (m.containsKey("interval")) {
            String ip = Checks.join(tp, "interval");
            Node[] ends = interval(m.get("interval"), ip);
            if (ends == null) return null;
            java.time.LocalDate[] days = new java.time.LocalDate[2];
            boolean ok = true;
            for (int k = 0; k < 2; k++) {
                if (ends[k].kind() == Kind.STRING && "..".equals(ends[k].value())) continue;
                EventDate d = date(ends[k], Checks.index(ip, k), DatePrecision.DAY, false);
                if (d == null) ok = false; else days[k] = d.date();
            }
            if (!ok) return null;
            if (days[0] != null && days[1] != null && days[1].isBefore(days[0])) {
                c.add(ends[1], Checks.index(ip, 1), "end " + days[1] + " is before start " + days[0]
                        + " (expected [first day, last day], both inclusive)");
                return null;
            }
            return new TimeSpan(days[0], days[1] == null ? null : days[1].plusDays(1));
        }
        if (m.containsKey("timestamp")) {
            c.add(m.get("timestamp"), Checks.join(tp, "timestamp"), "expected {\"date\": ...} or {\"interval\": [...]} for a timed feature");
            return null;
        }
        EventDate d = date(m.get("date"), Checks.join(tp, "date"), DatePrecision.DAY, false);
        return d == null ? null : TimeSpan.day(d.date());
    }

    private Node time(Node f, String path, String tp) {
        String expected = "{\"date\": ...}, {\"timestamp\": ...} or {\"interval\": [start, end]}";
        Node t = c.member(f, path, "time", true, expected);
        if (t == null) return null;
        if (t.kind() != Kind.OBJECT) {
            c.add(t, tp, "expected " + expected + ", found " + t.describe());
            return null;
        }
        long n = t.members().keySet().stream().filter(k -> k.equals("date") || k.equals("timestamp") || k.equals("interval")).count();
        if (n != 1) {
            c.add(t, tp, "expected exactly one of 'date', 'timestamp' or 'interval', found " + n);
            return null;
        }
        return t;
    }

    private Node[] interval(Node n, String ip) {
        List<Node> els = c.array(n, ip, "two dates [first day, last day]");
        if (els == null) return null;
        if (els.size() != 2) {
            c.add(n, ip, "expected two dates [first day, last day], found " + els.size() + " elements");
            return null;
        }
        return new Node[] {els.get(0), els.get(1)};
    }

    /**
     * Reads one date at a precision: {@code yyyy-mm-dd} (or {@code yyyy-mm} / {@code yyyy} at month / year
     * precision, stored on the first day), or, when {@code timestampAllowed}, an RFC 3339 timestamp whose local
     * time of day is kept.
     */
    private EventDate date(Node n, String p, DatePrecision precision, boolean timestampAllowed) {
        if (n.kind() != Kind.STRING) {
            c.add(n, p, "expected a date \"yyyy-mm-dd\" as a string, found " + n.describe());
            return null;
        }
        String s = ((String) n.value()).trim();
        try {
            EventDate d;
            if (s.indexOf('T') > 0) {
                if (!timestampAllowed || precision != DatePrecision.DAY) {
                    c.add(n, p, "expected a date \"yyyy-mm-dd\" without a time of day, found \"" + s + "\"");
                    return null;
                }
                java.time.OffsetDateTime t = java.time.OffsetDateTime.parse(s);
                d = new EventDate(t.toLocalDate(), DatePrecision.DAY, t.toLocalTime());
            } else {
                EventDate parsed = EventDate.parse(s);
                java.time.LocalDate day = parsed.date();
                boolean fits = switch (precision) {
                    case DAY -> parsed.precision() == DatePrecision.DAY;
                    case MONTH -> day.getDayOfMonth() == 1 && parsed.precision() != DatePrecision.YEAR;
                    case YEAR -> day.getDayOfYear() == 1;
                };
                if (!fits) {
                    c.add(n, p, switch (precision) {
                        case DAY -> "expected a full date \"yyyy-mm-dd\", found \"" + s + "\" (set \"precision\" for a month or a year)";
                        case MONTH -> "expected the first day of a month (\"yyyy-mm-01\") for precision \"month\", found \"" + s + "\"";
                        case YEAR -> "expected 1 January (\"yyyy-01-01\") for precision \"year\", found \"" + s + "\"";
                    });
                    return null;
                }
                d = new EventDate(day, precision, null);
            }
            EventDate shared = dates.putIfAbsent(d, d);
            return shared == null ? d : shared;
        } catch (RuntimeException e) {
            c.add(n, p, "bad date \"" + s + "\" (expected a real calendar date \"yyyy-mm-dd\""
                    + (timestampAllowed ? " or a timestamp \"yyyy-mm-ddThh:mm:ss+hh:mm\"" : "") + ")");
            return null;
        }
    }
}
