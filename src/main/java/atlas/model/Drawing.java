package atlas.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One mark drawn on the map while presenting: a pen stroke, a highlighter stroke, an arrow or a text label, anchored
 * to geographic positions so it moves and scales with the map. {@code zoom} is the zoom level it was drawn at: its
 * line width and text size are as drawn at that zoom and grow or shrink with the map from there (within limits, so
 * it stays legible). {@code color} is {@code #rrggbb} (lower case). Immutable.
 *
 * <p>Points: a pen or highlighter stroke has 1 to {@link #MAX_POINTS} (one point is a dot), an arrow exactly 2
 * (tail, then head), a text label exactly 1 (the text's left end, vertically centred). Only a text label has text
 * (non-blank, at most {@link #MAX_TEXT} characters); the others have the empty string.
 */
public record Drawing(Tool tool, List<LatLon> points, String text, String color, double zoom) {
    /** The most points a stroke may have. */
    public static final int MAX_POINTS = 5000;
    /** The longest text label, in characters. */
    public static final int MAX_TEXT = 200;
    private static final Pattern COLOR = Pattern.compile("#[0-9a-f]{6}");

    /** The drawing tools; {@link #key()} is the name used in story files. */
    public enum Tool {
        PEN, HIGHLIGHTER, ARROW, TEXT;

        /** Gets the name in story files: "pen", "highlighter", "arrow", "text". */
        public String key() { return name().toLowerCase(Locale.ROOT); }

        /** Gets the tool named {@code key} in a story file, or empty. */
        public static Optional<Tool> ofKey(String key) {
            for (Tool t : values()) if (t.key().equals(key)) return Optional.of(t);
            return Optional.empty();
        }
    }

    public Drawing {
        Objects.requireNonNull(tool, "tool");
        points = List.copyOf(points);
        text = text == null ? "" : text;
        Objects.requireNonNull(color, "color");
        color = color.toLowerCase(Locale.ROOT);
        if (!COLOR.matcher(color).matches()) throw new IllegalArgumentException("colour must be #rrggbb: " + color);
        if (!(zoom >= 0 && zoom <= 24)) throw new IllegalArgumentException("zoom out of range [0, 24]: " + zoom);
        String problem = pointsProblem(tool, points.size());
        if (problem != null) throw new IllegalArgumentException(problem);
        if (tool == Tool.TEXT && text.isBlank()) throw new IllegalArgumentException("a text label needs text");
        if (tool != Tool.TEXT && !text.isEmpty()) throw new IllegalArgumentException("only a text label has text");
        if (text.length() > MAX_TEXT) throw new IllegalArgumentException("text longer than " + MAX_TEXT + " characters");
    }

    /** Gets a pen, highlighter or arrow mark through {@code points}. */
    public static Drawing stroke(Tool tool, List<LatLon> points, String color, double zoom) {
        return new Drawing(tool, points, "", color, zoom);
    }

    /** Gets a text label whose left end is at {@code at}. */
    public static Drawing label(LatLon at, String text, String color, double zoom) {
        return new Drawing(Tool.TEXT, List.of(at), text, color, zoom);
    }

    /**
     * Tests whether {@code n} points suit a tool: returns null when they do, otherwise a message for the user
     * ("an arrow has 2 points (tail and head), found 3").
     */
    public static String pointsProblem(Tool tool, int n) {
        return switch (tool) {
            case PEN, HIGHLIGHTER -> n < 1 ? "a stroke needs at least 1 point"
                    : n > MAX_POINTS ? "a stroke has at most " + MAX_POINTS + " points, found " + n : null;
            case ARROW -> n == 2 ? null : "an arrow has 2 points (tail and head), found " + n;
            case TEXT -> n == 1 ? null : "a text label has 1 point, found " + n;
        };
    }

    /** Tests whether {@code s} is a colour as drawings store it: {@code #rrggbb}, lower case. */
    public static boolean isColor(String s) { return s != null && COLOR.matcher(s).matches(); }

    /** Gets a copy with the points moved (same tool, text, colour and zoom). */
    public Drawing withPoints(List<LatLon> p) { return new Drawing(tool, p, text, color, zoom); }
}
