package atlas.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.TileId;
import atlas.geo.WebMercator;
import atlas.model.LatLon;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TileRendererTest {
    private static TileRenderer renderer;
    private static final TilePalette PALETTE = TilePalette.atlas();

    @BeforeAll
    static void load() { renderer = new TileRenderer(TestBasemap.get(), TestBasemap.world(), PALETTE); }

    @Test
    void region_tile_has_many_colours_and_no_transparency() {
        // given: the tile of Stepanakert at zoom 10
        TileId id = WebMercator.tileAt(new LatLon(39.81528, 46.75194), 10);
        // when
        BufferedImage img = renderer.render(id);
        // then
        assertEquals(256, img.getWidth());
        assertEquals(BufferedImage.TYPE_INT_ARGB_PRE, img.getType());
        assertTrue(distinctColours(img) > 50, "hillshade, borders and lines give many colours");
        assertTrue(opaque(img));
    }

    @Test
    void ceasefire_line_colour_appears_in_its_tile() {
        // the 1994 line passes near 40.0 N, 47.03 E (east of Askeran)
        TileId id = WebMercator.tileAt(new LatLon(39.95, 47.05), 9);
        BufferedImage img = renderer.render(id);
        assertTrue(containsNear(img, PALETTE.ceasefire1994().getRGB(), 30), "ceasefire red drawn");
    }

    @Test
    void tiles_far_outside_the_region_are_valid_and_not_blank() {
        // the Pacific, Antarctica, the Sahara at several zoom levels: ocean or land, never empty
        for (TileId id : new TileId[] {new TileId(0, 0, 0), new TileId(3, 0, 3), new TileId(5, 17, 13),
                new TileId(12, 2048, 4095), new TileId(14, 8200, 6500), new TileId(2, 3, 3)}) {
            BufferedImage img = renderer.render(id);
            assertEquals(256, img.getHeight(), id.toString());
            assertTrue(opaque(img), id + " is opaque");
        }
        assertEquals(PALETTE.ocean().getRGB(), renderer.render(new TileId(12, 100, 2000)).getRGB(128, 128), "open Pacific is ocean");
        assertTrue(distinctColours(renderer.render(new TileId(0, 0, 0))) > 5, "world tile shows land and sea");
    }

    @Test
    void zoom_0_world_has_no_band_across_the_oceans_from_shapes_crossing_the_antimeridian() {
        // given: Chukotka (65-72 N) and Fiji (16.5 S) cross 180 degrees; drawn as given, their edges ran across the map
        BufferedImage img = renderer.render(new TileId(0, 0, 0));
        // then: open sea at their latitudes far from them is ocean (Norwegian Sea, Labrador Sea, the South Atlantic)
        for (LatLon sea : new LatLon[] {new LatLon(70.8, 2), new LatLon(68.5, -5), new LatLon(71.3, 5), new LatLon(60.5, -55),
                new LatLon(-16.5, -20), new LatLon(-16.5, -140)}) {
            int x = (int) (WebMercator.worldX(sea.lon()) * 256), y = (int) (WebMercator.worldY(sea.lat()) * 256);
            assertEquals(PALETTE.ocean().getRGB(), img.getRGB(x, y), sea + " at pixel " + x + "," + y);
        }
        // and: both halves of Chukotka are land, on either edge of the world
        assertTrue(isLand(renderer.render(WebMercator.tileAt(new LatLon(67.3, 175), 4)), new LatLon(67.3, 175), 4), "Chukotka west of 180");
        assertTrue(isLand(renderer.render(WebMercator.tileAt(new LatLon(66.5, -172), 4)), new LatLon(66.5, -172), 4), "Chukotka east of 180");
    }

    private static boolean isLand(BufferedImage tile, LatLon p, int z) {
        double n = 1 << z;
        int x = (int) ((WebMercator.worldX(p.lon()) * n % 1) * 256), y = (int) ((WebMercator.worldY(p.lat()) * n % 1) * 256);
        return tile.getRGB(x, y) != PALETTE.ocean().getRGB();
    }

    @Test
    void land_far_from_the_region_is_drawn_at_high_zoom() {
        // the Sahara at 25 N, 10 E, zoom 12: land colour, not ocean
        BufferedImage img = renderer.render(WebMercator.tileAt(new LatLon(25, 10), 12));
        assertEquals(PALETTE.land().getRGB(), img.getRGB(128, 128));
    }

    @Test
    void legend_swatches_use_the_tile_styles() {
        BufferedImage nkao = renderer.legendSwatch(LegendItem.NKAO_1991, 34, 14);
        assertTrue(containsNear(nkao, PALETTE.nkao1991().getRGB(), 10));
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> s = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2)
            for (int x = 0; x < img.getWidth(); x += 2) s.add(img.getRGB(x, y));
        return s.size();
    }

    private static boolean opaque(BufferedImage img) {
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) >>> 24) != 0xFF) return false;
        return true;
    }

    static boolean containsNear(BufferedImage img, int rgb, int tolerance) {
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255)) <= tolerance
                        && Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255)) <= tolerance
                        && Math.abs((p & 255) - (rgb & 255)) <= tolerance) return true;
            }
        return false;
    }
}
