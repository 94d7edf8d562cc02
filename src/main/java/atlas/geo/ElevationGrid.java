package atlas.geo;

/**
 * A regular elevation grid in metres, in degrees: {@code cols x rows} cells of {@code cellDeg}, lower-left corner at
 * ({@code south}, {@code west}); row 0 is the northernmost row (as in ESRI ASCII grids). NaN marks no data.
 */
public record ElevationGrid(int cols, int rows, double west, double south, double cellDeg, float[] metres) {
    public ElevationGrid {
        if (cols < 2 || rows < 2) throw new IllegalArgumentException("grid too small: " + cols + " x " + rows);
        if (!(cellDeg > 0)) throw new IllegalArgumentException("cell size must be positive: " + cellDeg);
        if (metres.length != cols * rows)
            throw new IllegalArgumentException("expected " + cols * rows + " values, got " + metres.length);
        metres = metres.clone();
    }

    /** Gets the northern edge in degrees. */
    public double north() { return south + rows * cellDeg; }

    /** Gets the eastern edge in degrees. */
    public double east() { return west + cols * cellDeg; }

    /** Gets the value of a cell (row 0 = north), in metres. */
    public float at(int col, int row) { return metres[row * cols + col]; }
}
