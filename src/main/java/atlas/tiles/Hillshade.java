package atlas.tiles;

import atlas.geo.ElevationGrid;
import atlas.geo.WebMercator;

/**
 * A soft hillshade computed once from the elevation grid (Horn's slope, light from the north-west at 45 degrees),
 * stored per grid cell as a signed strength in [-1, 1] (negative: shadow, positive: light), and blended into tile
 * pixels with bilinear interpolation. Immutable.
 */
final class Hillshade {
    private static final double SHADOW_ALPHA = 0.34, LIGHT_ALPHA = 0.30, EXAGGERATION = 2.5;
    private static final int EDGE_FADE_CELLS = 10;
    private final ElevationGrid grid;
    private final float[] strength;

    Hillshade(ElevationGrid grid) {
        this.grid = grid;
        this.strength = compute(grid);
    }

    private static float[] compute(ElevationGrid g) {
        int cols = g.cols(), rows = g.rows();
        float[] out = new float[cols * rows];
        double azMath = Math.toRadians(360 - 315 + 90), alt = Math.toRadians(45);
        double zenith = Math.PI / 2 - alt;
        double flat = Math.cos(zenith);
        for (int r = 0; r < rows; r++) {
            double lat = g.north() - (r + 0.5) * g.cellDeg();
            double dxM = g.cellDeg() * 111_320 * Math.cos(Math.toRadians(lat));
            double dyM = g.cellDeg() * 110_574;
            for (int c = 0; c < cols; c++) {
                float e = g.at(c, r);
                if (Float.isNaN(e)) continue;
                double a = z(g, c - 1, r - 1, e), b = z(g, c, r - 1, e), cc = z(g, c + 1, r - 1, e);
                double d = z(g, c - 1, r, e), f = z(g, c + 1, r, e);
                double gg = z(g, c - 1, r + 1, e), h = z(g, c, r + 1, e), i = z(g, c + 1, r + 1, e);
                double dzdx = ((cc + 2 * f + i) - (a + 2 * d + gg)) / (8 * dxM) * EXAGGERATION;
                double dzdy = ((gg + 2 * h + i) - (a + 2 * b + cc)) / (8 * dyM) * EXAGGERATION;
                double slope = Math.atan(Math.hypot(dzdx, dzdy));
                double aspect = Math.atan2(dzdy, -dzdx);
                double shade = Math.cos(zenith) * Math.cos(slope)
                        + Math.sin(zenith) * Math.sin(slope) * Math.cos(azMath - aspect);
                // fade out towards the grid's edges, so the shaded area has no visible frame
                double edge = Math.min(Math.min(c, cols - 1 - c), Math.min(r, rows - 1 - r)) / (double) EDGE_FADE_CELLS;
                out[r * cols + c] = (float) (Math.max(-1, Math.min(1, (shade - flat) / 0.45)) * Math.min(1, edge));
            }
        }
        return out;
    }

    private static double z(ElevationGrid g, int c, int r, float fallback) {
        c = Math.max(0, Math.min(g.cols() - 1, c));
        r = Math.max(0, Math.min(g.rows() - 1, r));
        float v = g.at(c, r);
        return Float.isNaN(v) ? fallback : v;
    }

    /**
     * Blends the hillshade into opaque premultiplied ARGB tile pixels. {@code scale}, {@code offX}, {@code offY}
     * map world coordinates to tile pixels ({@code px = world * scale - off}).
     */
    void blend(int[] pixels, int size, double scale, double offX, double offY) {
        double cell = grid.cellDeg();
        double west = grid.west(), north = grid.north();
        int cols = grid.cols(), rows = grid.rows();
        // column lookups are the same for every row: longitude is linear in x
        int[] ca = new int[size], cb = new int[size];
        float[] tx = new float[size];
        boolean[] inside = new boolean[size];
        for (int x = 0; x < size; x++) {
            double fc = (WebMercator.lon((x + 0.5 + offX) / scale) - west) / cell - 0.5;
            inside[x] = fc >= -0.5 && fc <= cols - 0.5;
            int c0 = (int) Math.floor(fc);
            tx[x] = (float) (fc - c0);
            ca[x] = Math.max(0, Math.min(cols - 1, c0));
            cb[x] = Math.max(0, Math.min(cols - 1, c0 + 1));
        }
        float[] profile = new float[cols];
        for (int y = 0; y < size; y++) {
            double lat = WebMercator.lat((y + 0.5 + offY) / scale);
            double fr = (north - lat) / cell - 0.5;
            if (fr < -0.5 || fr > rows - 0.5) continue;
            int r0 = (int) Math.floor(fr);
            float ty = (float) (fr - r0);
            int ra = Math.max(0, Math.min(rows - 1, r0)) * cols, rb = Math.max(0, Math.min(rows - 1, r0 + 1)) * cols;
            int cMin = ca[0], cMax = cb[size - 1];
            for (int c = cMin; c <= cMax; c++) profile[c] = strength[ra + c] * (1 - ty) + strength[rb + c] * ty;
            int rowBase = y * size;
            for (int x = 0; x < size; x++) {
                if (!inside[x]) continue;
                float s = profile[ca[x]] + (profile[cb[x]] - profile[ca[x]]) * tx[x];
                if (s > -0.02f && s < 0.02f) continue;
                int p = pixels[rowBase + x];
                int red = (p >> 16) & 0xFF, green = (p >> 8) & 0xFF, blue = p & 0xFF;
                if (s < 0) {
                    // fixed point: k in [0, 256]; shadows lean slightly blue-violet, as in printed relief shading
                    int k = (int) (256 * (1 + s * SHADOW_ALPHA));
                    red = red * k >> 8;
                    green = green * k >> 8;
                    blue = blue * (k + ((256 - k) >> 2)) >> 8;
                } else {
                    int a = (int) (256 * s * LIGHT_ALPHA);
                    red += (255 - red) * a >> 8;
                    green += (255 - green) * a >> 8;
                    blue += (255 - blue) * a >> 8;
                }
                pixels[rowBase + x] = (p & 0xFF000000) | (red << 16) | (green << 8) | blue;
            }
        }
    }
}
