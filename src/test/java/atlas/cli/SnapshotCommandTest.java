package atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.PixelXY;
import atlas.geo.Viewport;
import atlas.model.LatLon;
import atlas.tiles.TilePalette;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("ui")
class SnapshotCommandTest {
    private static final TilePalette PALETTE = TilePalette.atlas();
    @TempDir Path dir;

    @Test
    void snapshot_writes_the_map_with_land_water_and_borders_at_known_places() throws Exception {
        // given: a view of Armenia and Karabakh, Lake Sevan inside it
        Path png = dir.resolve("map.png");
        LatLon center = new LatLon(40.0, 45.9);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        // when
        int code = Cli.run(new String[] {"--snapshot", "--out", png.toString(), "--center", "40.0,45.9", "--zoom", "8",
                "--size", "900x600"}, new PrintStream(out), new PrintStream(err));
        // then
        assertEquals(0, code, err.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(900, img.getWidth());
        assertEquals(600, img.getHeight());
        assertTrue(distinct(img) > 200, "not blank");
        Viewport v = new Viewport(center, 8, 900, 600);
        // water: the middle of Lake Sevan (40.32 N, 45.30 E)
        assertNear(PALETTE.lake().getRGB(), at(img, v, new LatLon(40.32, 45.30)), 6, "Lake Sevan");
        // land: Azerbaijan's Kura lowland north of Barda (40.55, 47.05), tinted green with at most soft shading
        assertNear(PALETTE.tint("AZE").getRGB(), at(img, v, new LatLon(40.55, 47.05)), 40, "Azerbaijan");
        // borders: the dark border colour is drawn somewhere in the view
        assertTrue(containsNear(img, PALETTE.border().getRGB(), 20), "international border");
        assertTrue(containsNear(img, PALETTE.ceasefire1994().getRGB(), 25), "1994 ceasefire line");
    }

    @Test
    void a_small_size_is_honoured_exactly() throws Exception {
        // given: a size smaller than the legend and attribution (which made the image 560x191 before)
        Path png = dir.resolve("small.png");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // when
        int code = Cli.run(new String[] {"--snapshot", "--out", png.toString(), "--size", "200x100"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        // then
        assertEquals(0, code, err.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(200, img.getWidth());
        assertEquals(100, img.getHeight());
    }

    @Test
    void bad_options_are_usage_errors_naming_the_option() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"--snapshot", "--out", dir.resolve("x.png").toString(), "--size", "big"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(2, code);
        assertTrue(err.toString().contains("--size"), err.toString());
        code = Cli.run(new String[] {"--snapshot"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(2, code);
        assertTrue(err.toString().contains("missing --out"), err.toString());
    }

    private static int at(BufferedImage img, Viewport v, LatLon p) {
        PixelXY xy = v.toScreen(p);
        return img.getRGB((int) xy.x(), (int) xy.y());
    }

    private static void assertNear(int expected, int actual, int tol, String what) {
        assertTrue(near(expected, actual, tol), what + ": expected ~" + Integer.toHexString(expected) + " but was " + Integer.toHexString(actual));
    }

    private static boolean near(int a, int b, int tol) {
        return Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)) <= tol && Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)) <= tol
                && Math.abs((a & 255) - (b & 255)) <= tol;
    }

    private static boolean containsNear(BufferedImage img, int rgb, int tol) {
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) if (near(img.getRGB(x, y), rgb, tol)) return true;
        return false;
    }

    private static int distinct(BufferedImage img) {
        Set<Integer> s = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) for (int x = 0; x < img.getWidth(); x += 3) s.add(img.getRGB(x, y));
        return s.size();
    }
}
