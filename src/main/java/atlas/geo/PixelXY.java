package atlas.geo;

/** A position in pixels (x right, y down), on screen or in a zoom level's world pixel space. */
public record PixelXY(double x, double y) {
    /** Gets this point moved by (dx, dy). */
    public PixelXY plus(double dx, double dy) { return new PixelXY(x + dx, y + dy); }
}
