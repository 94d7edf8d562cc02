package atlas.map;

/** A label's rectangle on screen, in pixels: left, top, width and height. Immutable. */
public record LabelBox(double x, double y, double w, double h) {
    /** Gets the right edge. */
    public double maxX() { return x + w; }

    /** Gets the bottom edge. */
    public double maxY() { return y + h; }

    /** Tests whether this box and {@code o} overlap or touch (as JavaFX's {@code Bounds.intersects}). */
    public boolean intersects(LabelBox o) {
        return x <= o.maxX() && o.x <= maxX() && y <= o.maxY() && o.y <= maxY();
    }

    /** Gets this box grown by {@code px} on every side. */
    public LabelBox grown(double px) { return new LabelBox(x - px, y - px, w + 2 * px, h + 2 * px); }
}
