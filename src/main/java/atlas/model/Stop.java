package atlas.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One stop of a {@link Story}: what the audience sees at one moment of a presentation. The timeline moves to
 * {@code date}; {@code window}, when not null, is the span of days whose events the stop is about (it contains
 * {@code date}); the map shows {@code center} at {@code zoom} (Web Mercator zoom level, 0–20); {@code layers} are
 * the ids of the map layers switched on, or null to leave the layers as they are; {@code highlights} are ids of
 * dataset events to highlight (the first is selected). {@code text} is plain text with {@code *italic*} and
 * {@code **bold**} emphasis, never HTML. {@code notes} are for the presenter only; {@code sources} are cited
 * beside the sources of the highlighted events. {@code drawings} are the marks kept with the stop (pen, highlighter,
 * arrows, text labels drawn while presenting), shown on the map at the stop, in slides and in the handout.
 * {@code compareDate}, when not null, makes the stop a comparison: the map shows that day left of a divider and
 * {@code date} right of it (the compare mode's swipe).
 */
public record Stop(String title, String text, LocalDate date, TimeSpan window, LatLon center, double zoom,
                   List<String> layers, List<String> highlights, String notes, List<Source> sources,
                   List<Drawing> drawings, LocalDate compareDate) {
    /** The zoom levels a stop may use. */
    public static final double MIN_ZOOM = 0, MAX_ZOOM = 20;

    public Stop {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(center, "center");
        if (!(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM))
            throw new IllegalArgumentException("zoom out of range [0, 20]: " + zoom);
        if (window != null && !window.contains(date))
            throw new IllegalArgumentException("stop date " + date + " is outside its window " + window.label());
        text = text == null ? "" : text;
        notes = notes == null ? "" : notes;
        layers = layers == null ? null : List.copyOf(layers);
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        sources = sources == null ? List.of() : List.copyOf(sources);
        drawings = drawings == null ? List.of() : List.copyOf(drawings);
    }

    /** Creates a stop that is not a comparison. */
    public Stop(String title, String text, LocalDate date, TimeSpan window, LatLon center, double zoom,
                List<String> layers, List<String> highlights, String notes, List<Source> sources, List<Drawing> drawings) {
        this(title, text, date, window, center, zoom, layers, highlights, notes, sources, drawings, null);
    }

    /** Creates a stop without drawings. */
    public Stop(String title, String text, LocalDate date, TimeSpan window, LatLon center, double zoom,
                List<String> layers, List<String> highlights, String notes, List<Source> sources) {
        this(title, text, date, window, center, zoom, layers, highlights, notes, sources, List.of(), null);
    }

    /** Gets a stop with only a title, a date and a view; no text, window, layer change, highlight or notes. */
    public static Stop at(String title, LocalDate date, LatLon center, double zoom) {
        return new Stop(title, "", date, null, center, zoom, null, List.of(), "", List.of());
    }

    /** Tests whether this stop sets the visible layers (rather than leaving them as they are). */
    public boolean setsLayers() { return layers != null; }

    /** Tests whether this stop compares two dates (it has a {@code compareDate}). */
    public boolean isComparison() { return compareDate != null; }

    public Stop withTitle(String t) { return new Stop(t, text, date, window, center, zoom, layers, highlights, notes, sources, drawings, compareDate); }
    public Stop withText(String t) { return new Stop(title, t, date, window, center, zoom, layers, highlights, notes, sources, drawings, compareDate); }
    public Stop withNotes(String n) { return new Stop(title, text, date, window, center, zoom, layers, highlights, n, sources, drawings, compareDate); }
    public Stop withView(LatLon c, double z) { return new Stop(title, text, date, window, c, z, layers, highlights, notes, sources, drawings, compareDate); }
    /** Gets a copy that keeps {@code d} as its drawings (empty for none). */
    public Stop withDrawings(List<Drawing> d) { return new Stop(title, text, date, window, center, zoom, layers, highlights, notes, sources, d, compareDate); }
    /** Gets a copy that compares {@code d} (left) with the stop's date (right), or is no comparison when null. */
    public Stop withCompareDate(LocalDate d) { return new Stop(title, text, date, window, center, zoom, layers, highlights, notes, sources, drawings, d); }
}
