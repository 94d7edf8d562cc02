package atlas.tiles;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.TileId;
import atlas.geo.WebMercator;
import atlas.model.LatLon;
import java.awt.image.BufferedImage;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The layers panel's NKAO 1991 and 1994 toggles: hidden line kinds are left out of the tiles rendered afterwards. */
class HiddenLinesTest {
    private static final TilePalette PALETTE = TilePalette.atlas();

    @Test
    void hidden_ceasefire_line_is_not_drawn_and_comes_back_when_shown() {
        // given: the tile east of Askeran that the 1994 line crosses
        TileRenderer renderer = new TileRenderer(TestBasemap.get(), TestBasemap.world(), PALETTE);
        TileId id = WebMercator.tileAt(new LatLon(39.95, 47.05), 9);
        assertTrue(has(renderer.render(id), PALETTE.ceasefire1994().getRGB()));
        // when / then: the line is a parameter of one render, the renderer itself does not change
        assertFalse(has(renderer.render(id, Set.of(TileRenderer.CEASEFIRE_1994)), PALETTE.ceasefire1994().getRGB()), "1994 line left out");
        assertTrue(has(renderer.render(id), PALETTE.ceasefire1994().getRGB()), "the next render draws it again");
        // and: an offline source that hides it is another source value
        OfflineTileSource all = new OfflineTileSource(renderer);
        OfflineTileSource without = all.withHiddenLines(Set.of(TileRenderer.CEASEFIRE_1994));
        assertNotEquals(all, without);
        assertFalse(has(without.tile(id), PALETTE.ceasefire1994().getRGB()));
        assertTrue(has(all.tile(id), PALETTE.ceasefire1994().getRGB()));
    }

    private static boolean has(BufferedImage img, int rgb) {
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) {
                int c = img.getRGB(x, y);
                if (Math.abs(((c >> 16) & 255) - ((rgb >> 16) & 255)) <= 30 && Math.abs(((c >> 8) & 255) - ((rgb >> 8) & 255)) <= 30
                        && Math.abs((c & 255) - (rgb & 255)) <= 30) return true;
            }
        return false;
    }
}
