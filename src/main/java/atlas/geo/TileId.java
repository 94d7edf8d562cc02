package atlas.geo;

import atlas.model.LatLon;

/** A slippy-map tile: zoom level and column x, row y in [0, 2^zoom). */
public record TileId(int zoom, long x, long y) {
    public TileId {
        if (zoom < 0 || zoom > 24) throw new IllegalArgumentException("zoom out of range [0, 24]: " + zoom);
        long n = 1L << zoom;
        if (x < 0 || x >= n || y < 0 || y >= n)
            throw new IllegalArgumentException("tile " + x + "/" + y + " outside zoom " + zoom);
    }

    /** Gets the north-west corner of the tile. */
    public LatLon northWest() {
        double n = 1L << zoom;
        return new LatLon(WebMercator.lat(y / n), WebMercator.lon(x / n));
    }

    /** Gets the south-east corner of the tile. */
    public LatLon southEast() {
        double n = 1L << zoom;
        return new LatLon(WebMercator.lat((y + 1) / n), WebMercator.lon((x + 1) / n));
    }

    /** Gets the tile's path in the usual "z/x/y" form. */
    public String path() { return zoom + "/" + x + "/" + y; }

    @Override public String toString() { return path(); }
}
