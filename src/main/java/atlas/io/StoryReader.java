package atlas.io;

import atlas.io.LocatedJson.Arr;
import atlas.io.LocatedJson.Node;
import atlas.io.LocatedJson.Obj;
import atlas.io.LocatedJson.Scalar;
import atlas.model.DatePrecision;
import atlas.model.Drawing;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.Source;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.model.TimeSpan;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads story files (format described in {@code assets/schema/story-format.md}). A file with any problem is
 * rejected whole: {@link StoryFormatException} lists every problem found with file, line, column and JSON path,
 * and nothing is returned, so a broken file never changes what the caller holds.
 */
public final class StoryReader {
    /** The largest story file accepted, in bytes. */
    public static final long MAX_BYTES = 8L << 20;

    private static final Set<String> TOP = Set.of("format", "version", "title", "description", "stops");
    private static final Set<String> STOP = Set.of("title", "text", "date", "window", "view", "layers", "highlight",
            "notes", "sources", "drawings", "compare");
    private static final Set<String> DRAWING = Set.of("tool", "points", "text", "color", "zoom");
    /** The most drawings a stop may keep. */
    public static final int MAX_DRAWINGS = 1000;
    private static final Set<String> VIEW = Set.of("lat", "lon", "zoom");
    private static final Set<String> SOURCE = Set.of("title", "url", "publisher");

    /** Reads a story file (UTF-8). Throws {@link StoryFormatException} listing all problems when it is invalid. */
    public Story read(Path file) throws IOException {
        String name = file.toString();
        java.util.Optional<Problem> bad = Imports.checkFile(file, name);
        if (bad.isPresent())
            throw new StoryFormatException(List.of(new StoryProblem(name, 0, 0, "$", bad.get().message())));
        if (Files.size(file) > MAX_BYTES)
            throw new StoryFormatException(List.of(new StoryProblem(name, 0, 0, "$",
                    "file too large: " + Files.size(file) + " bytes, at most " + MAX_BYTES + " expected")));
        return read(Files.newInputStream(file), name);
    }

    /**
     * Reads a story from a stream (closed afterwards) under the one text policy of every reader ({@link Utf8Stream}:
     * UTF-8, a BOM tolerated, invalid bytes refused with their line and column); {@code name} names it in problems.
     */
    public Story read(java.io.InputStream in, String name) throws IOException {
        try (Reader r = Utf8Stream.reader(in, name)) {
            return read(r, name);
        } catch (ReadException e) {
            Problem p = e.problem();
            throw new StoryFormatException(List.of(new StoryProblem(name, p.line(), p.column(), "$", p.message())));
        }
    }

    /** Reads a story from text; {@code name} names it in problems. */
    public Story read(String json, String name) throws StoryFormatException {
        try {
            return read(new StringReader(json), name);
        } catch (StoryFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Story read(Reader in, String name) throws IOException {
        Node root;
        try {
            root = LocatedJson.parse(in);
        } catch (LocatedJson.SyntaxError e) {
            throw new StoryFormatException(List.of(new StoryProblem(name, e.line, e.column, e.path, e.getMessage())));
        }
        Checks c = new Checks(name);
        Story story = c.story(root);
        if (!c.problems.isEmpty()) {
            c.problems.sort(java.util.Comparator.comparingInt(StoryProblem::line).thenComparingInt(StoryProblem::column));
            throw new StoryFormatException(c.problems);
        }
        return story;
    }

    /** Walks the tree, collecting problems instead of stopping at the first. Returns null parts when invalid. */
    private static final class Checks {
        final String file;
        final List<StoryProblem> problems = new ArrayList<>();

        Checks(String file) { this.file = file; }

        void problem(Node at, String message) {
            problems.add(new StoryProblem(file, at.line(), at.column(), at.path(), message));
        }

        Obj object(Node n, String what) {
            if (n instanceof Obj o) return o;
            problem(n, "expected " + what + " (a JSON object), found " + LocatedJson.typeOf(n));
            return null;
        }

        void unknownMembers(Obj o, Set<String> known) {
            for (Map.Entry<String, Node> e : o.members().entrySet())
                if (!known.contains(e.getKey()))
                    problem(e.getValue(), "unknown member '" + e.getKey() + "', expected one of " + known.stream().sorted().toList());
        }

        Node required(Obj o, String member) {
            Node n = o.members().get(member);
            if (n == null) problem(o, "missing required member '" + member + "'");
            return n;
        }

        String string(Node n, boolean nonBlank) {
            if (n instanceof Scalar s && s.value() instanceof String v) {
                if (nonBlank && v.isBlank()) { problem(n, "expected a non-empty string"); return null; }
                return v;
            }
            problem(n, "expected a string, found " + LocatedJson.typeOf(n));
            return null;
        }

        String optionalString(Obj o, String member) {
            Node n = o.members().get(member);
            if (n == null || n instanceof Scalar s && s.value() == null) return "";
            return string(n, false);
        }

        Double number(Node n) {
            if (n instanceof Scalar s && s.value() instanceof Number v) return v.doubleValue();
            problem(n, "expected a number, found " + LocatedJson.typeOf(n));
            return null;
        }

        LocalDate date(Node n) {
            String s = string(n, true);
            if (s == null) return null;
            try {
                EventDate d = EventDate.parse(s);
                if (d.precision() == DatePrecision.DAY && d.timeOfDay() == null) return d.date();
                problem(n, "expected a date yyyy-mm-dd, found '" + s + "'");
            } catch (IllegalArgumentException e) {
                problem(n, "expected a date yyyy-mm-dd, found '" + s + "': " + e.getMessage());
            }
            return null;
        }

        Story story(Node root) {
            Obj o = object(root, "a story");
            if (o == null) return null;
            unknownMembers(o, TOP);
            Node format = required(o, "format");
            if (format != null) {
                String f = string(format, true);
                if (f != null && !f.equals("corridor-atlas-story"))
                    problem(format, "expected \"corridor-atlas-story\", found '" + f + "'");
            }
            Node version = required(o, "version");
            if (version != null) {
                Double v = number(version);
                if (v != null && v != Story.FORMAT_VERSION)
                    problem(version, "unsupported story format version " + fmt(v) + ", this version reads " + Story.FORMAT_VERSION);
            }
            Node titleNode = required(o, "title");
            String title = titleNode == null ? null : string(titleNode, true);
            String description = optionalString(o, "description");
            Node stopsNode = required(o, "stops");
            List<Stop> stops = new ArrayList<>();
            if (stopsNode instanceof Arr a) {
                for (Node s : a.items()) stops.add(stop(s));
            } else if (stopsNode != null) {
                problem(stopsNode, "expected an array of stops, found " + LocatedJson.typeOf(stopsNode));
            }
            if (!problems.isEmpty()) return null;
            return new Story(title, description, stops);
        }

        Stop stop(Node n) {
            Obj o = object(n, "a stop");
            if (o == null) return null;
            int before = problems.size();
            unknownMembers(o, STOP);
            Node t = required(o, "title");
            String title = t == null ? null : string(t, true);
            String text = optionalString(o, "text");
            String notes = optionalString(o, "notes");
            Node d = required(o, "date");
            LocalDate date = d == null ? null : date(d);
            TimeSpan window = null;
            Node w = o.members().get("window");
            if (w != null && !(w instanceof Scalar s && s.value() == null)) {
                if (w instanceof Arr a && a.items().size() == 2) {
                    LocalDate from = date(a.items().get(0)), last = date(a.items().get(1));
                    if (from != null && last != null) {
                        if (last.isBefore(from)) problem(w, "window ends (" + last + ") before it starts (" + from + ")");
                        else {
                            window = TimeSpan.of(from, last.plusDays(1));
                            if (date != null && !window.contains(date))
                                problem(d, "date " + date + " is outside the stop's window " + from + " – " + last);
                        }
                    }
                } else {
                    problem(w, "expected a window [\"yyyy-mm-dd\", \"yyyy-mm-dd\"] (first and last day)");
                }
            }
            Node v = required(o, "view");
            LatLon center = null;
            double zoom = 0;
            Obj view = v == null ? null : object(v, "a view {\"lat\", \"lon\", \"zoom\"}");
            if (view != null) {
                unknownMembers(view, VIEW);
                Double lat = num(view, "lat"), lon = num(view, "lon"), z = num(view, "zoom");
                if (lat != null && !(lat >= -90 && lat <= 90)) problem(view.members().get("lat"), "latitude out of range [-90, 90]: " + fmt(lat));
                else if (lon != null && !(lon >= -180 && lon <= 180)) problem(view.members().get("lon"), "longitude out of range [-180, 180]: " + fmt(lon));
                else if (lat != null && lon != null) center = LatLon.of(lat, lon);
                if (z != null && !(z >= Stop.MIN_ZOOM && z <= Stop.MAX_ZOOM)) problem(view.members().get("zoom"), "zoom out of range [0, 20]: " + fmt(z));
                else if (z != null) zoom = z;
            }
            List<String> layers = o.members().containsKey("layers") ? strings(o.members().get("layers")) : null;
            List<String> highlights = o.members().containsKey("highlight") ? strings(o.members().get("highlight")) : List.of();
            List<Source> sources = o.members().containsKey("sources") ? sources(o.members().get("sources")) : List.of();
            List<Drawing> drawings = o.members().containsKey("drawings") ? drawings(o.members().get("drawings")) : List.of();
            Node cmp = o.members().get("compare");
            LocalDate compare = cmp == null || cmp instanceof Scalar sc && sc.value() == null ? null : date(cmp);
            if (problems.size() > before) return null;
            return new Stop(title, text, date, window, center, zoom, layers, highlights, notes, sources, drawings, compare);
        }

        Double num(Obj o, String member) {
            Node n = required(o, member);
            return n == null ? null : number(n);
        }

        List<String> strings(Node n) {
            if (!(n instanceof Arr a)) {
                problem(n, "expected an array of strings, found " + LocatedJson.typeOf(n));
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (Node i : a.items()) {
                String s = string(i, true);
                if (s != null) out.add(s);
            }
            return out;
        }

        List<Source> sources(Node n) {
            if (!(n instanceof Arr a)) {
                problem(n, "expected an array of sources, found " + LocatedJson.typeOf(n));
                return List.of();
            }
            List<Source> out = new ArrayList<>();
            for (Node i : a.items()) {
                Obj o = object(i, "a source {\"title\", \"url\", \"publisher\"}");
                if (o == null) continue;
                unknownMembers(o, SOURCE);
                Node t = required(o, "title");
                String title = t == null ? null : string(t, true);
                String url = optionalString(o, "url"), publisher = optionalString(o, "publisher");
                if (title != null) out.add(new Source(title, emptyToNull(url), emptyToNull(publisher)));
            }
            return out;
        }

        List<Drawing> drawings(Node n) {
            if (!(n instanceof Arr a)) {
                problem(n, "expected an array of drawings, found " + LocatedJson.typeOf(n));
                return List.of();
            }
            if (a.items().size() > MAX_DRAWINGS) {
                problem(n, "a stop keeps at most " + MAX_DRAWINGS + " drawings, found " + a.items().size());
                return List.of();
            }
            List<Drawing> out = new ArrayList<>();
            for (Node i : a.items()) {
                Drawing d = drawing(i);
                if (d != null) out.add(d);
            }
            return out;
        }

        Drawing drawing(Node n) {
            Obj o = object(n, "a drawing {\"tool\", \"points\", \"color\", \"zoom\"}");
            if (o == null) return null;
            int before = problems.size();
            unknownMembers(o, DRAWING);
            Node t = required(o, "tool");
            Drawing.Tool tool = null;
            if (t != null) {
                String k = string(t, true);
                if (k != null) {
                    tool = Drawing.Tool.ofKey(k).orElse(null);
                    if (tool == null) problem(t, "unknown tool '" + k + "', expected one of [arrow, highlighter, pen, text]");
                }
            }
            Node c = required(o, "color");
            String color = c == null ? null : string(c, true);
            if (color != null && !Drawing.isColor(color)) {
                problem(c, "expected a colour \"#rrggbb\" (lower case), found '" + color + "'");
                color = null;
            }
            Double zoom = num(o, "zoom");
            if (zoom != null && !(zoom >= Stop.MIN_ZOOM && zoom <= Stop.MAX_ZOOM)) problem(o.members().get("zoom"), "zoom out of range [0, 20]: " + fmt(zoom));
            Node textNode = o.members().get("text");
            String text = optionalString(o, "text");
            if (tool == Drawing.Tool.TEXT) {
                if (textNode == null) problem(o, "missing required member 'text' (a text label needs its text)");
                else if (text != null && text.isBlank()) problem(textNode, "expected a non-empty string");
                else if (text != null && text.length() > Drawing.MAX_TEXT) problem(textNode, "text longer than " + Drawing.MAX_TEXT + " characters");
            } else if (tool != null && textNode != null) {
                problem(textNode, "only a text label has text (this drawing is a " + tool.key() + ")");
            }
            Node p = required(o, "points");
            int beforePoints = problems.size();
            List<LatLon> points = p == null ? List.of() : points(p);
            if (p instanceof Arr && tool != null && problems.size() == beforePoints) {
                String wrong = Drawing.pointsProblem(tool, points.size());
                if (wrong != null) problem(p, wrong);
            }
            if (problems.size() > before) return null;
            return new Drawing(tool, points, text, color, zoom);
        }

        /** Reads [[lat, lon], ...]; each pair in (lat, lon) order, as everywhere in the app. */
        List<LatLon> points(Node n) {
            if (!(n instanceof Arr a)) {
                problem(n, "expected an array of [lat, lon] pairs, found " + LocatedJson.typeOf(n));
                return List.of();
            }
            if (a.items().size() > Drawing.MAX_POINTS) {
                problem(n, "a drawing has at most " + Drawing.MAX_POINTS + " points, found " + a.items().size());
                return List.of();
            }
            List<LatLon> out = new ArrayList<>();
            for (Node i : a.items()) {
                if (!(i instanceof Arr pair) || pair.items().size() != 2) {
                    problem(i, "expected a point [lat, lon], found " + LocatedJson.typeOf(i));
                    continue;
                }
                Double lat = number(pair.items().get(0)), lon = number(pair.items().get(1));
                if (lat == null || lon == null) continue;
                if (!(lat >= -90 && lat <= 90)) problem(pair.items().get(0), "latitude out of range [-90, 90]: " + fmt(lat));
                else if (!(lon >= -180 && lon <= 180)) problem(pair.items().get(1), "longitude out of range [-180, 180]: " + fmt(lon));
                else out.add(LatLon.of(lat, lon));
            }
            return out;
        }

        static String emptyToNull(String s) { return s == null || s.isEmpty() ? null : s; }

        static String fmt(double d) { return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d); }
    }
}
