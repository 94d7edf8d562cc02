package atlas.io;

import atlas.io.JsonTree.Kind;
import atlas.io.JsonTree.Node;
import atlas.model.Attributes;
import atlas.model.Category;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.TimedEvent;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads TimelineJS JSON ({@code title}, {@code events} with {@code start_date}/{@code end_date} objects of year,
 * month, day, hour, minute and display_date, {@code text}, {@code media}, {@code group}, {@code unique_id}, and an
 * optional {@code location} {lat, lon}; {@code eras}). Events without coordinates are events without location;
 * year-only and month-only dates keep their precision; eras are events marked {@code timeline_type=era}.
 */
public final class TimelineJsonReader implements FormatReader {
    @Override public String name() { return "TimelineJS JSON"; }

    @Override public List<String> extensions() { return List.of(".json"); }

    @Override public boolean detects(Peek peek) {
        String t = peek.trimmedText();
        return t.startsWith("{") && t.contains("\"events\"") && t.contains("\"start_date\"") && !t.contains("\"storymap\"");
    }

    @Override public void read(ImportSource source, RecordSink sink) throws IOException {
        String file = source.name();
        Checks c = new Checks(file, sink);
        Node root = c.parseDocument(source);
        Node top = c.object(root, "", "a TimelineJS object {\"title\", \"events\"}");
        if (top == null) return;
        Node events = c.member(top, "", "events", true, "an array of events");
        if (events == null || c.array(events, "events", "TimelineJS events") == null) return;
        c.fileLevel = false;
        Node title = top.members().get("title");
        if (title != null && title.kind() == Kind.OBJECT) {
            String h = text(title, "headline");
            if (h != null && !h.isBlank()) sink.title(Html.toText(h));
        }
        Pool pool = new Pool();
        IdLines ids = new IdLines();
        read(events.elements(), "events", false, c, sink, pool, ids);
        Node eras = top.members().get("eras");
        if (eras != null && eras.kind() == Kind.ARRAY) read(eras.elements(), "eras", true, c, sink, pool, ids);
    }

    private static void read(List<Node> items, String base, boolean era, Checks c, RecordSink sink, Pool pool, IdLines ids) {
        for (int i = 0; i < items.size(); i++) {
            int before = c.count();
            String path = Checks.index(base, i);
            Node e = c.object(items.get(i), path, "a TimelineJS event object");
            if (e == null) { sink.skipped(); continue; }
            EventDate start = date(e, "start_date", path, true, c, pool);
            EventDate end = date(e, "end_date", path, false, c, pool);
            String headline = Html.toText(text(e.members().get("text"), "headline"));
            String body = Html.toText(text(e.members().get("text"), "text"));
            LatLon point = null;
            Node loc = e.members().get("location");
            if (loc != null && loc.kind() == Kind.OBJECT) {
                Node la = loc.members().get("lat"), lo = loc.members().get("lon");
                if (la != null && lo != null && la.kind() == Kind.NUMBER && lo.kind() == Kind.NUMBER) {
                    double lat = ((Number) la.value()).doubleValue(), lon = ((Number) lo.value()).doubleValue();
                    if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) point = pool.share(LatLon.of(lat, lon));
                    else c.add(loc, Checks.join(path, "location"), "latitude/longitude out of range: " + lat + ", " + lon);
                }
            }
            String id = text(e, "unique_id");
            if (id == null || id.isBlank()) id = (era ? "era-" : "event-") + (i + 1);
            Integer prior = ids.putIfAbsent(id, e.line());
            if (prior != null) c.add(e, Checks.join(path, "unique_id"), "duplicate unique_id '" + id + "' (first used on line " + prior + ")");
            if (headline.isEmpty() && body.isEmpty() && c.count() == before) c.add(e, Checks.join(path, "text"), "expected a headline or a text");
            if (c.count() > before) { sink.skipped(); continue; }
            Node media = e.members().get("media");
            String[] extra = {
                    pool.text(text(e.members().get("start_date"), "display_date")),
                    pool.text(text(media, "url")), pool.text(text(media, "credit")), pool.text(text(media, "caption")),
                    pool.text(text(media, "thumbnail")), pool.text(text(e, "group")), pool.text(text(e.members().get("background"), "url")),
                    era ? TimelineCsvReader.ERA : null};
            try {
                sink.event(new TimedEvent(id, start, end == null || end.equals(start) ? null : end,
                        headline.isEmpty() ? TimelineCsvReader.firstWords(body) : headline, body, Category.OTHER, null, point,
                        List.of(), List.of(), null, null, null, Attributes.of(TimelineCsvReader.SCHEMA, extra, null)));
            } catch (IllegalArgumentException x) {
                c.add(e, path, "invalid event: " + x.getMessage());
                sink.skipped();
            }
        }
    }

    private static EventDate date(Node e, String member, String path, boolean required, Checks c, Pool pool) {
        Node d = e.members().get(member);
        String p = Checks.join(path, member);
        if (d == null || d.kind() == Kind.NULL) {
            if (required) c.add(e, p, "missing required member '" + member + "' (expected {\"year\", \"month\", \"day\"})");
            return null;
        }
        if (c.object(d, p, "a date object {\"year\", \"month\", \"day\"}") == null) return null;
        String y = text(d, "year");
        if (y == null || y.isBlank()) {
            c.add(d, Checks.join(p, "year"), "expected a year");
            return null;
        }
        String h = text(d, "hour"), mi = text(d, "minute");
        try {
            String time = h == null || h.isBlank() ? null
                    : String.format("%02d:%02d", Integer.parseInt(h.strip()), mi == null || mi.isBlank() ? 0 : Integer.parseInt(mi.strip()));
            return pool.share(TimelineCsvReader.of(y, text(d, "month"), text(d, "day"), time));
        } catch (RuntimeException x) {
            c.add(d, p, "bad date year " + y + ", month " + text(d, "month") + ", day " + text(d, "day") + " (expected a real calendar date)");
            return null;
        }
    }

    /** Gets a member's text (strings and numbers), or null. */
    static String text(Node obj, String member) {
        if (obj == null || obj.kind() != Kind.OBJECT) return null;
        Node n = obj.members().get(member);
        if (n == null) return null;
        return n.kind() == Kind.STRING ? (String) n.value() : n.kind() == Kind.NUMBER ? n.value().toString() : null;
    }
}
