package atlas.tiles;

import atlas.geo.Basemap;
import atlas.geo.TileId;
import atlas.geo.WebMercator;
import atlas.geo.WorldMap;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws offline base-map tiles with Java2D from a {@link Basemap}: ocean, world land and countries (1:50m) at low
 * zoom and outside the detailed region; inside it from zoom 5 the detailed country tints, a soft hillshade, lakes,
 * rivers, district boundaries, international borders, the former NKAO boundary (1991, long dashes) and the 1994
 * ceasefire line (dash-dot). No text: labels are drawn by the map over the tiles. Immutable and thread-safe: the
 * projected layers are built once in the constructor and only read afterwards; what a tile leaves out (the
 * historical lines switched off) is a parameter of {@link #render(TileId, Set)}, never state of the renderer.
 */
public final class TileRenderer {
    /** Gets the lowest zoom level that shows the detailed regional layers. */
    public static final int DETAIL_MIN_ZOOM = 5;
    /** Gets the lowest zoom level that fills the region with its detailed (1:10m) countries and hillshade. */
    public static final int DETAIL_FILL_MIN_ZOOM = 7;
    private static final int HILLSHADE_MIN_ZOOM = 7;
    private static final int SIZE = WebMercator.TILE_SIZE;
    private static final double MARGIN = 8;
    private static final Map<String, String> ISO_NUMERIC = Map.of(
            "051", "ARM", "031", "AZE", "364", "IRN", "792", "TUR", "268", "GEO", "643", "RUS");

    private final TilePalette palette;
    /** The world layers, projected. */
    private record World(ProjectedLayer land, ProjectedLayer countries) {}

    private final Supplier<WorldMap> worldReader;
    private volatile CompletableFuture<World> world;
    private final ProjectedLayer countries, borders, admin1, lakes, rivers, nkLines;
    private final Hillshade hillshade;
    private final double detailMinX, detailMinY, detailMaxX, detailMaxY;

    /** Computes the projected layers of a base map and its world layers. */
    public TileRenderer(Basemap map, WorldMap worldMap, TilePalette palette) {
        this(map, () -> worldMap, palette);
        prepareWorld().join();
    }

    /**
     * Computes the projected layers of a base map; the world layers are read with {@code worldReader} in the
     * background when first needed (a tile at low zoom or outside the region) or when {@link #prepareWorld()} is
     * called, so the first view of the region does not wait for them.
     */
    public TileRenderer(Basemap map, Supplier<WorldMap> worldReader, TilePalette palette) {
        this.palette = palette;
        this.worldReader = worldReader;
        countries = ProjectedLayer.of(map.countries(), f -> f.property("iso_a3"));
        borders = ProjectedLayer.of(map.borders(), f -> "");
        admin1 = ProjectedLayer.of(map.admin1(), f -> f.property("adm0_a3"));
        lakes = ProjectedLayer.of(map.lakes(), f -> "");
        rivers = ProjectedLayer.of(map.rivers(), f -> f.property("level"));
        nkLines = ProjectedLayer.of(map.nkLines(), f -> f.property("kind"));
        hillshade = new Hillshade(map.elevation());
        Envelope d = map.detailBounds();
        detailMinX = WebMercator.worldX(d.getMinX());
        detailMaxX = WebMercator.worldX(d.getMaxX());
        detailMinY = WebMercator.worldY(d.getMaxY());
        detailMaxY = WebMercator.worldY(d.getMinY());
    }

    /** The kinds of historical line ({@code nk_lines}) a tile may leave out. */
    public static final String NKAO_1991 = "nkao_1991", CEASEFIRE_1994 = "ceasefire_1994";

    /**
     * Starts reading and projecting the world layers unless already started; the future completes when they are
     * ready, or exceptionally (e.g. with the reader's exception for a broken file). Tiles rendered while the world
     * is missing or broken show no world land (ocean), without failing: the caller of this method reports it.
     */
    public CompletableFuture<?> prepareWorld() { return world(); }

    private CompletableFuture<World> world() {
        CompletableFuture<World> w = world;
        if (w == null) {
            synchronized (this) {
                if (world == null) {
                    world = CompletableFuture.supplyAsync(() -> {
                        WorldMap m = worldReader.get();
                        return new World(ProjectedLayer.of(m.land(), f -> ""),
                                ProjectedLayer.of(m.countries(), f -> ISO_NUMERIC.getOrDefault(f.property("id"), "")));
                    });
                }
                w = world;
            }
        }
        return w;
    }

    /** Gets the palette the tiles are drawn with. */
    public TilePalette palette() { return palette; }

    /** Computes one tile with every line: 256 x 256 {@code TYPE_INT_ARGB_PRE}, fully opaque, never blank (ocean at least). */
    public BufferedImage render(TileId id) { return render(id, Set.of()); }

    /**
     * Computes one tile leaving out the historical lines of these kinds ({@link #NKAO_1991}, {@link #CEASEFIRE_1994};
     * the layers panel switches them): 256 x 256 {@code TYPE_INT_ARGB_PRE}, fully opaque, never blank.
     */
    public BufferedImage render(TileId id, Set<String> hiddenLines) {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB_PRE);
        int z = id.zoom();
        double n = 1L << z;
        double scale = SIZE * n;
        double offX = id.x() * (double) SIZE, offY = id.y() * (double) SIZE;
        double mx = MARGIN / scale;
        double minX = id.x() / n - mx, maxX = (id.x() + 1) / n + mx, minY = id.y() / n - mx, maxY = (id.y() + 1) / n + mx;
        boolean detail = z >= DETAIL_MIN_ZOOM && maxX >= detailMinX && minX <= detailMaxX && maxY >= detailMinY && minY <= detailMaxY;
        Rectangle2D detailRect = new Rectangle2D.Double(detailMinX * scale - offX, detailMinY * scale - offY,
                (detailMaxX - detailMinX) * scale, (detailMaxY - detailMinY) * scale);

        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(palette.ocean());
            g.fillRect(0, 0, SIZE, SIZE);

            Rectangle2D tile = new Rectangle2D.Double(0, 0, SIZE, SIZE);
            if (!detail) {
                drawWorld(g, z, scale, offX, offY, minX, minY, maxX, maxY);
            } else if (z < DETAIL_FILL_MIN_ZOOM) {
                // regional view: world fills and outlines everywhere (no visible frame), the region's lines on top
                drawWorld(g, z, scale, offX, offY, minX, minY, maxX, maxY);
                g.setClip(detailRect.createIntersection(tile));
                drawDetailLines(g, z, scale, offX, offY, minX, minY, maxX, maxY, detailRect, hiddenLines);
            } else {
                Area outside = new Area(tile);
                outside.subtract(new Area(detailRect));
                if (!outside.isEmpty()) {
                    g.setClip(outside);
                    drawWorld(g, z, scale, offX, offY, minX, minY, maxX, maxY);
                }
                g.setClip(detailRect.createIntersection(tile));
                drawDetailFills(g, img, z, scale, offX, offY, minX, minY, maxX, maxY);
                drawDetailLines(g, z, scale, offX, offY, minX, minY, maxX, maxY, detailRect, hiddenLines);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private void drawWorld(Graphics2D g, int z, double scale, double offX, double offY,
                           double minX, double minY, double maxX, double maxY) {
        World w;
        try {
            w = world().join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            // a broken world file is reported once, by whoever checks the assets (prepareWorld), not once per tile
            return;
        }
        g.setColor(palette.land());
        for (var p : w.land().overlapping(minX, minY, maxX, maxY)) fill(g, p, scale, offX, offY);
        for (var p : w.countries().overlapping(minX, minY, maxX, maxY)) {
            g.setColor(palette.tint(p.key()));
            fill(g, p, scale, offX, offY);
        }
        g.setColor(palette.worldOutline());
        g.setStroke(new BasicStroke((float) (z < 3 ? 0.4 : z < 5 ? 0.6 : 0.9)));
        for (var p : w.countries().overlapping(minX, minY, maxX, maxY)) g.draw(ProjectedLayer.path(p, scale, offX, offY, MARGIN));
    }

    private void drawDetailFills(Graphics2D g, BufferedImage img, int z, double scale, double offX, double offY,
                                 double minX, double minY, double maxX, double maxY) {
        for (var p : countries.overlapping(minX, minY, maxX, maxY)) {
            g.setColor(palette.tint(p.key()));
            fill(g, p, scale, offX, offY);
        }
        if (z >= HILLSHADE_MIN_ZOOM) {
            int[] pixels = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
            hillshade.blend(pixels, SIZE, scale, offX, offY);
        }
    }

    private void drawDetailLines(Graphics2D g, int z, double scale, double offX, double offY,
                                 double minX, double minY, double maxX, double maxY, Rectangle2D detailRect,
                                 Set<String> hidden) {
        double w = widthFactor(z);
        for (var p : rivers.overlapping(minX, minY, maxX, maxY)) {
            boolean major = "1".equals(p.key());
            if (!major && z < 7) continue;
            g.setColor(palette.river());
            g.setStroke(round((major ? 1.6 : 0.9) * w));
            g.draw(ProjectedLayer.path(p, scale, offX, offY, MARGIN));
        }
        for (var p : lakes.overlapping(minX, minY, maxX, maxY)) {
            Shape s = ProjectedLayer.path(p, scale, offX, offY, MARGIN);
            g.setColor(palette.lake());
            g.fill(s);
            g.setColor(palette.lakeEdge());
            g.setStroke(round(0.6 * w));
            g.draw(s);
        }
        if (z >= 7) {
            // the district polygons are cut at the region's frame: keep their outlines off the frame itself
            Shape clip = g.getClip();
            Rectangle2D inner = new Rectangle2D.Double(detailRect.getX() + 2, detailRect.getY() + 2,
                    detailRect.getWidth() - 4, detailRect.getHeight() - 4);
            g.clip(inner);
            g.setColor(palette.admin1());
            g.setStroke(round(0.6 * w));
            for (var p : admin1.overlapping(minX, minY, maxX, maxY)) g.draw(ProjectedLayer.path(p, scale, offX, offY, MARGIN));
            g.setClip(clip);
        }
        var borderParts = borders.overlapping(minX, minY, maxX, maxY);
        g.setColor(palette.borderHalo());
        g.setStroke(round(5 * w));
        for (var p : borderParts) g.draw(ProjectedLayer.path(p, scale, offX, offY, MARGIN));
        g.setColor(palette.border());
        g.setStroke(round(1.4 * w));
        for (var p : borderParts) g.draw(ProjectedLayer.path(p, scale, offX, offY, MARGIN));

        for (var p : nkLines.overlapping(minX, minY, maxX, maxY)) {
            if (hidden.contains(p.key())) continue;
            boolean nkao = "nkao_1991".equals(p.key());
            g.setColor(nkao ? palette.nkao1991() : palette.ceasefire1994());
            g.setStroke(nkao ? nkaoStroke(w) : ceasefireStroke(w));
            g.draw(ProjectedLayer.path(p, scale, offX, offY, MARGIN));
        }
    }

    /** Fills a polygon part; without antialiasing when none of its edge is in the tile (it then covers it plainly). */
    private static void fill(Graphics2D g, ProjectedLayer.Part p, double scale, double offX, double offY) {
        ProjectedLayer.Outline o = ProjectedLayer.outline(p, scale, offX, offY, MARGIN);
        if (o.edgeInTile()) {
            g.fill(o.path());
        } else {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.fill(o.path());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        }
    }

    /** Gets the line-width factor of a zoom level: thin at the regional view, wider when zoomed in. */
    private static double widthFactor(int z) { return Math.max(0.6, Math.min(2.0, 0.6 + 0.2 * (z - 5))); }

    private static Stroke round(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static Stroke nkaoStroke(double w) {
        return new BasicStroke((float) (1.8 * w), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                new float[] {(float) (7 * w), (float) (3.5 * w)}, 0);
    }

    private static Stroke ceasefireStroke(double w) {
        return new BasicStroke((float) (1.8 * w), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                new float[] {(float) (9 * w), (float) (3 * w), (float) (1.8 * w), (float) (3 * w)}, 0);
    }

    /** Computes a legend swatch of a symbol, drawn with the tiles' own styles (zoom-9 widths), {@code TYPE_INT_ARGB_PRE}. */
    public BufferedImage legendSwatch(LegendItem item, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double w = widthFactor(8);
            Line2D line = new Line2D.Double(2, height / 2.0, width - 2, height / 2.0);
            switch (item) {
                case INTERNATIONAL_BORDER -> {
                    g.setColor(palette.borderHalo());
                    g.setStroke(round(5 * w));
                    g.draw(line);
                    g.setColor(palette.border());
                    g.setStroke(round(1.4 * w));
                    g.draw(line);
                }
                case ADMIN1_BOUNDARY -> {
                    g.setColor(palette.admin1());
                    g.setStroke(round(0.8 * w));
                    g.draw(line);
                }
                case NKAO_1991 -> {
                    g.setColor(palette.nkao1991());
                    g.setStroke(nkaoStroke(w));
                    g.draw(line);
                }
                case CEASEFIRE_1994 -> {
                    g.setColor(palette.ceasefire1994());
                    g.setStroke(ceasefireStroke(w));
                    g.draw(line);
                }
                case RIVER -> {
                    g.setColor(palette.river());
                    g.setStroke(round(1.6 * w));
                    g.draw(line);
                }
                case LAKE -> {
                    g.setColor(palette.lake());
                    g.fillRoundRect(2, 2, width - 4, height - 4, 6, 6);
                    g.setColor(palette.lakeEdge());
                    g.setStroke(round(0.8));
                    g.drawRoundRect(2, 2, width - 4, height - 4, 6, 6);
                }
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Gets the ocean colour as opaque ARGB (for placeholders). */
    public Color ocean() { return palette.ocean(); }
}
