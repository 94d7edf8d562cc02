package atlas.geo;

import atlas.model.LatLon;

/**
 * Spherical Web Mercator (EPSG:3857) as used by slippy-map tiles. "World" coordinates are normalised to [0, 1]
 * (x east from lon -180, y south from lat +85.0511); pixels at zoom z are world coordinates times
 * {@code 256 * 2^z}. Fractional zoom levels are allowed.
 */
public final class WebMercator {
    /** Gets the tile size in pixels. */
    public static final int TILE_SIZE = 256;
    /** Gets the latitude limit of the projection, in degrees. */
    public static final double MAX_LAT = 85.0511287798066;
    /** Gets the equatorial circumference of the sphere in metres (WGS84 semi-major axis). */
    public static final double EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6_378_137.0;

    private WebMercator() {}

    /** Computes the normalised world x in [0, 1] of a longitude in degrees. */
    public static double worldX(double lon) { return (lon + 180.0) / 360.0; }

    /**
     * Gets a latitude clamped to the projection's limits +-{@link #MAX_LAT} (the poles themselves are infinitely far
     * away in Web Mercator). The one latitude clamp of the application: every projection and every view goes
     * through it. NaN stays NaN.
     */
    public static double clampLat(double lat) { return Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)); }

    /** Computes the normalised world y in [0, 1] of a latitude in degrees (clamped with {@link #clampLat}). */
    public static double worldY(double lat) {
        double s = Math.sin(Math.toRadians(clampLat(lat)));
        return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
    }

    /**
     * Computes the latitude of a view's centre kept so that a view {@code heightPx} tall at {@code zoom} shows no
     * area beyond the top or bottom edge of the world (which would render blank); the equator when the whole world
     * is shorter than the view. Latitudes already inside are returned unchanged.
     */
    public static double clampCenterLat(double lat, double zoom, double heightPx) {
        double c = clampLat(lat);
        double size = worldSizePx(zoom);
        double half = heightPx / 2;
        if (!(half > 0)) return c;
        if (size <= heightPx) return 0;
        double y = worldY(c) * size;
        if (y >= half && y <= size - half) return c;
        return lat(Math.max(half, Math.min(size - half, y)) / size);
    }

    /** Computes the longitude in degrees of a normalised world x (not wrapped). */
    public static double lon(double worldX) { return worldX * 360.0 - 180.0; }

    /** Computes the latitude in degrees of a normalised world y. */
    public static double lat(double worldY) {
        double n = Math.PI * (1 - 2 * worldY);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** Gets the size of the whole world in pixels at a (possibly fractional) zoom level. */
    public static double worldSizePx(double zoom) { return TILE_SIZE * Math.pow(2, zoom); }

    /** Computes the pixel position of a point at a zoom level (x east, y south, origin top-left of the world). */
    public static PixelXY toPixel(LatLon p, double zoom) {
        double size = worldSizePx(zoom);
        return new PixelXY(worldX(p.lon()) * size, worldY(p.lat()) * size);
    }

    /** Computes the position of a pixel at a zoom level; x wraps around the date line, y is clamped to the world. */
    public static LatLon toLatLon(double px, double py, double zoom) {
        double size = worldSizePx(zoom);
        double wx = px / size;
        wx = wx - Math.floor(wx);
        double wy = Math.max(0, Math.min(1, py / size));
        return new LatLon(lat(wy), Math.min(180, lon(wx)));
    }

    /** Gets the tile containing a point at an integer zoom level. */
    public static TileId tileAt(LatLon p, int zoom) {
        long n = 1L << zoom;
        long x = (long) Math.floor(worldX(p.lon()) * n);
        long y = (long) Math.floor(worldY(p.lat()) * n);
        return new TileId(zoom, Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y)));
    }

    /** Computes the ground resolution in metres per pixel at a latitude (clamped) and (possibly fractional) zoom. */
    public static double metresPerPixel(double lat, double zoom) {
        return EARTH_CIRCUMFERENCE_M * Math.cos(Math.toRadians(clampLat(lat))) / worldSizePx(zoom);
    }
}
