package atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.PixelXY;
import atlas.geo.Viewport;
import atlas.map.CorridorPalette;
import atlas.model.LatLon;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --snapshot --compare DATE_A --date DATE_B}: left of the divider the corridor of 1 Jun 2021 (phase 1, open,
 * through Berdzor/Lachin), right of it the corridor of 1 Jun 2023 (phase 3, under the checkpoint, by the Hakari
 * bridge); each date's route only on its own side.
 */
@Tag("ui")
class CompareSnapshotTest {
    private static final LatLon CENTER = new LatLon(39.62, 46.58);
    private static final int W = 1200, H = 800;
    private static final Viewport VIEW = new Viewport(CENTER, 11, W, H);
    /** Phase 1 only (Sus - Berdzor/Lachin), west of the divider. */
    private static final LatLon PHASE1_LEFT = mid(39.6269, 46.5128, 39.6408, 46.5469);
    /** Phase 1 only (the road north of Berdzor/Lachin), east of the divider. */
    private static final LatLon PHASE1_RIGHT = mid(39.665, 46.595, 39.6772, 46.5875);
    /** Phase 3 only (Kornidzor - the Hakari bridge), west of the divider. */
    private static final LatLon PHASE3_LEFT = new LatLon(39.5755, 46.5595);
    /** Phase 3 only (the bridge towards Hin Shen), east of the divider. */
    private static final LatLon PHASE3_RIGHT = mid(39.6372, 46.6028, 39.6583, 46.6019);
    @TempDir static Path dir;
    private static BufferedImage swipe, ghost;

    @BeforeAll
    static void render() throws Exception {
        swipe = snapshot("swipe.png");
        ghost = snapshot("ghost.png", "--ghost");
    }

    @Test
    void each_half_shows_the_corridor_of_its_own_date() {
        int open = rgb(CorridorPalette.DEFAULT.open()), checkpoint = rgb(CorridorPalette.DEFAULT.checkpoint());
        assertTrue(VIEW.toScreen(PHASE1_LEFT).x() < W / 2.0 && VIEW.toScreen(PHASE3_RIGHT).x() > W / 2.0);
        assertTrue(nearAround(swipe, PHASE1_LEFT, open, 2, 40), "2021's open route left of the divider");
        assertTrue(nearAround(swipe, PHASE3_RIGHT, checkpoint, 2, 40), "2023's route under the checkpoint right of it");
    }

    @Test
    void each_date_is_clipped_to_its_side() {
        int open = rgb(CorridorPalette.DEFAULT.open()), checkpoint = rgb(CorridorPalette.DEFAULT.checkpoint());
        assertFalse(nearAround(swipe, PHASE1_RIGHT, open, 4, 40), "no 2021 route right of the divider");
        assertFalse(nearAround(swipe, PHASE3_LEFT, checkpoint, 4, 40), "no 2023 route left of the divider");
    }

    @Test
    void the_divider_and_both_dates_are_drawn() {
        // the divider: a white line down the middle
        int x = W / 2;
        int white = 0;
        for (int y = 100; y < H - 100; y += 10) if ((swipe.getRGB(x, y) & 0xffffff) == 0xffffff || (swipe.getRGB(x - 1, y) & 0xffffff) == 0xffffff) white++;
        assertTrue(white > 50, "white divider at x=" + x + ": " + white);
        // the date labels: teal (A) just left of it, amber (B) just right of it, at the top
        assertTrue(count(swipe, x - 140, 12, x - 10, 36, 0x00695c, 30) > 200, "A's teal label");
        assertTrue(count(swipe, x + 10, 12, x + 140, 36, 0x9c4a00, 30) > 200, "B's amber label");
    }

    @Test
    void the_ghost_draws_the_other_dates_route_faintly_on_each_side() {
        assertTrue(darker(ghost, swipe, PHASE3_LEFT, 6) > 4, "2023's route as a ghost on the 2021 side");
        assertTrue(darker(ghost, swipe, PHASE1_RIGHT, 6) > 4, "2021's route as a ghost on the 2023 side");
    }

    @Test
    void ghost_or_side_by_side_without_compare_and_a_bad_compare_date_are_usage_errors() {
        assertEquals(2, run("--snapshot", "--out", dir.resolve("x.png").toString(), "--ghost"));
        assertEquals(2, run("--snapshot", "--out", dir.resolve("x.png").toString(), "--side-by-side"));
        assertEquals(2, run("--snapshot", "--out", dir.resolve("x.png").toString(), "--compare", "2021-13-01"));
        assertEquals(2, run("--snapshot", "--out", dir.resolve("x.png").toString(), "--compare"));
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    private static BufferedImage snapshot(String name, String... more) throws Exception {
        Path png = dir.resolve(name);
        String[] base = {"--snapshot", "--out", png.toString(), "--center", "39.62,46.58", "--zoom", "11",
                "--size", W + "x" + H, "--date", "2023-06-01", "--compare", "2021-06-01"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(all, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(0, code, err.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(W, img.getWidth());
        assertEquals(H, img.getHeight());
        return img;
    }

    private static int run(String... args) {
        return Cli.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }

    private static LatLon mid(double lat1, double lon1, double lat2, double lon2) {
        return new LatLon((lat1 + lat2) / 2, (lon1 + lon2) / 2);
    }

    private static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }

    private static boolean close(int c, int rgb, int tol) {
        return Math.abs(((c >> 16) & 255) - ((rgb >> 16) & 255)) <= tol && Math.abs(((c >> 8) & 255) - ((rgb >> 8) & 255)) <= tol
                && Math.abs((c & 255) - (rgb & 255)) <= tol;
    }

    private static boolean nearAround(BufferedImage img, LatLon p, int rgb, int radius, int tol) {
        PixelXY xy = VIEW.toScreen(p);
        for (int dy = -radius; dy <= radius; dy++)
            for (int dx = -radius; dx <= radius; dx++)
                if (close(img.getRGB((int) Math.round(xy.x()) + dx, (int) Math.round(xy.y()) + dy), rgb, tol)) return true;
        return false;
    }

    private static int count(BufferedImage img, int x0, int y0, int x1, int y1, int rgb, int tol) {
        int n = 0;
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) if (close(img.getRGB(x, y), rgb, tol)) n++;
        return n;
    }

    /** Counts the pixels around {@code p} much darker in {@code a} than in {@code b}. */
    private static int darker(BufferedImage a, BufferedImage b, LatLon p, int radius) {
        PixelXY xy = VIEW.toScreen(p);
        int n = 0;
        for (int dy = -radius; dy <= radius; dy++)
            for (int dx = -radius; dx <= radius; dx++) {
                int x = (int) Math.round(xy.x()) + dx, y = (int) Math.round(xy.y()) + dy;
                if (luma(b.getRGB(x, y)) - luma(a.getRGB(x, y)) > 40) n++;
            }
        return n;
    }

    private static int luma(int c) { return (((c >> 16) & 255) * 3 + ((c >> 8) & 255) * 6 + (c & 255)) / 10; }
}
