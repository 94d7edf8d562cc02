package atlas.io;

import atlas.io.JsonTree.Kind;
import atlas.io.JsonTree.Node;
import atlas.model.DatePrecision;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.Stop;
import atlas.model.Story;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a StoryMapJS story ({@code {"storymap": {"slides": [...]}}}) into a {@link Story}. The overview slide (type
 * {@code overview}, or the first slide) gives the story's title and description; every other slide is a stop:
 * its location gives the view (zoom from the slide, else {@value #DEFAULT_ZOOM}), its headline and text the stop's
 * title and text (HTML reduced to safe text with emphasis), its media a link in the text. A slide's free-text date
 * is kept in the stop's notes; where it parses (a year, a month, a full date) it sets the stop's date, otherwise
 * the stop keeps the date of the stop before it. A slide without a location keeps the view before it (the first
 * stops take the first location given). A story drawn on an image ({@code map_as_image}, a zoomify map) is refused:
 * its coordinates are not places on Earth.
 */
public final class StoryMapReader implements FormatReader {
    static final double DEFAULT_ZOOM = 9;
    private static final DateTimeFormatter[] FORMATS = {
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH)};
    private static final DateTimeFormatter[] MONTHS = {
            DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH)};

    @Override public String name() { return "StoryMapJS JSON"; }

    @Override public List<String> extensions() { return List.of(".json"); }

    @Override public boolean detects(Peek peek) {
        String t = peek.trimmedText();
        return t.startsWith("{") && t.contains("\"storymap\"");
    }

    @Override public void read(ImportSource source, RecordSink sink) throws IOException {
        String file = source.name();
        Checks c = new Checks(file, sink);
        Node root = c.parseDocument(source);
        Node top = c.object(root, "", "a StoryMapJS object {\"storymap\": {...}}");
        if (top == null) return;
        Node sm = c.member(top, "", "storymap", true, "the story {\"slides\": [...]}");
        if (sm == null || c.object(sm, "storymap", "the story {\"slides\": [...]}") == null) return;
        Node asImage = sm.members().get("map_as_image");
        Node mapType = sm.members().get("map_type");
        boolean image = asImage != null && asImage.kind() == Kind.BOOLEAN && (Boolean) asImage.value();
        if (image || sm.members().containsKey("zoomify") && sm.members().get("zoomify").kind() == Kind.OBJECT
                || mapType != null && mapType.kind() == Kind.STRING && ((String) mapType.value()).toLowerCase(Locale.ROOT).contains("zoomify")) {
            Node at = image ? asImage : sm.members().containsKey("zoomify") ? sm.members().get("zoomify") : mapType;
            c.add(at, image ? "storymap.map_as_image" : "storymap.zoomify", "refused: this StoryMap is drawn on an image "
                    + "(map_as_image / zoomify): its coordinates are pixels of that image, not places on Earth");
            return;
        }
        Node slidesNode = c.member(sm, "storymap", "slides", true, "an array of slides");
        if (slidesNode == null) return;
        List<Node> slides = c.array(slidesNode, "storymap.slides", "StoryMapJS slides");
        if (slides == null) return;
        c.fileLevel = false;
        String title = Imports.baseName(file);
        String description = "";
        List<Slide> read = new ArrayList<>();
        for (int i = 0; i < slides.size(); i++) {
            String path = Checks.index("storymap.slides", i);
            Node s = c.object(slides.get(i), path, "a slide object");
            if (s == null) { sink.skipped(); continue; }
            String headline = Html.toText(TimelineJsonReader.text(s.members().get("text"), "headline"));
            String text = Html.toText(TimelineJsonReader.text(s.members().get("text"), "text"));
            boolean overview = "overview".equals(TimelineJsonReader.text(s, "type")) || (i == 0 && !s.members().containsKey("location"));
            if (overview) {
                if (!headline.isEmpty()) title = headline;
                description = text;
                continue;
            }
            LatLon center = null;
            double zoom = DEFAULT_ZOOM;
            Node loc = s.members().get("location");
            if (loc != null && loc.kind() == Kind.OBJECT) {
                Node la = loc.members().get("lat"), lo = loc.members().get("lon"), z = loc.members().get("zoom");
                if (la != null && lo != null && la.kind() == Kind.NUMBER && lo.kind() == Kind.NUMBER) {
                    double lat = ((Number) la.value()).doubleValue(), lon = ((Number) lo.value()).doubleValue();
                    if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) center = LatLon.of(lat, lon);
                    else { c.add(loc, Checks.join(path, "location"), "latitude/longitude out of range: " + lat + ", " + lon); sink.skipped(); continue; }
                }
                if (z != null && z.kind() == Kind.NUMBER) zoom = Math.max(Stop.MIN_ZOOM, Math.min(Stop.MAX_ZOOM, ((Number) z.value()).doubleValue()));
            }
            String dateText = TimelineJsonReader.text(s, "date");
            Node media = s.members().get("media");
            String url = TimelineJsonReader.text(media, "url");
            String caption = Html.toText(TimelineJsonReader.text(media, "caption"));
            String credit = Html.toText(TimelineJsonReader.text(media, "credit"));
            if (url != null && !url.isBlank()) {
                String m = "Media: " + url.strip() + (caption.isEmpty() ? "" : " — " + caption) + (credit.isEmpty() ? "" : " (" + credit + ")");
                text = text.isEmpty() ? m : text + "\n\n" + m;
            }
            read.add(new Slide(headline.isEmpty() ? "Slide " + (i + 1) : headline, text, dateText == null ? "" : dateText.strip(),
                    parse(dateText), center, zoom));
        }
        LocalDate firstDate = read.stream().map(Slide::date).filter(d -> d != null).findFirst().orElse(null);
        LatLon firstCenter = read.stream().map(Slide::center).filter(d -> d != null).findFirst().orElse(null);
        if (!read.isEmpty() && (firstDate == null || firstCenter == null)) {
            c.fileLevel = true;
            c.add(slidesNode, "storymap.slides", firstDate == null
                    ? "no slide has a date the atlas can place on its timeline (a year, a month or a full date): a story needs at least one"
                    : "no slide has a location: a story needs at least one place on the map");
            return;
        }
        List<Stop> stops = new ArrayList<>();
        LocalDate date = firstDate;
        LatLon center = firstCenter;
        double zoom = read.isEmpty() ? DEFAULT_ZOOM : read.stream().filter(s -> s.center() != null).findFirst().get().zoom();
        for (Slide s : read) {
            if (s.date() != null) date = s.date();
            if (s.center() != null) { center = s.center(); zoom = s.zoom(); }
            String notes = s.dateText().isEmpty() ? "" : "Date as written: " + s.dateText();
            stops.add(new Stop(s.title(), s.text(), date, null, center, zoom, null, List.of(), notes, List.of()));
        }
        sink.title(title);
        sink.story(new Story(title, description, stops));
    }

    private record Slide(String title, String text, String dateText, LocalDate date, LatLon center, double zoom) {}

    /** Parses a slide's free-text date: a year, a month ("August 2022", "2022-08"), a full date; null otherwise. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        try {
            EventDate d = EventDate.parse(t);
            return d.precision() == DatePrecision.DAY ? d.date() : d.date();
        } catch (RuntimeException ignored) {
            // not ISO: try the written forms
        }
        for (DateTimeFormatter f : FORMATS) {
            try { return LocalDate.parse(t, f); } catch (DateTimeParseException ignored) { /* next form */ }
        }
        for (DateTimeFormatter f : MONTHS) {
            try { return java.time.YearMonth.parse(t, f).atDay(1); } catch (DateTimeParseException ignored) { /* next form */ }
        }
        return null;
    }
}
