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
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --snapshot --date}: the PNG shows the corridor of that day along its route, not along the old road. */
@Tag("ui")
class CorridorSnapshotTest {
    private static final LatLon CENTER = new LatLon(39.62, 46.58);
    @TempDir Path dir;

    @Test
    void snapshot_of_15_september_2022_draws_the_new_route_and_not_the_old_road() throws Exception {
        // given
        Path png = dir.resolve("corridor.png");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // when
        int code = Cli.run(new String[] {"--snapshot", "--out", png.toString(), "--center", "39.62,46.58", "--zoom", "11",
                "--size", "1000x800", "--date", "2022-09-15"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        // then
        assertEquals(0, code, err.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        Viewport v = new Viewport(CENTER, 11, 1000, 800);
        int open = rgb(CorridorPalette.DEFAULT.open());
        // along the new road: Hin Shen - Mets Shen, bridge - Hin Shen, Mets Shen - km 36 junction (route vertices, lon lat)
        for (LatLon p : new LatLon[] {mid(39.63722, 46.60278, 39.65833, 46.60194), mid(39.555, 46.545, 39.63722, 46.60278),
                mid(39.65833, 46.60194, 39.670, 46.600)})
            assertTrue(nearAround(img, v, p, open, 2, 40), "open route colour at " + p);
        // along the old road, bypassed since 30 Aug 2022: Aghavno - Sus and Sus - Berdzor/Lachin
        for (LatLon p : new LatLon[] {mid(39.58972, 46.54333, 39.62694, 46.51278), mid(39.62694, 46.51278, 39.64083, 46.54694)})
            assertFalse(nearAround(img, v, p, open, 4, 40), "no route colour on the old road at " + p);
    }

    @Test
    void bad_date_is_a_usage_error() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"--snapshot", "--out", dir.resolve("x.png").toString(), "--date", "2022-13-01"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(2, code);
        assertTrue(err.toString().contains("--date"), err.toString());
    }

    private static LatLon mid(double lat1, double lon1, double lat2, double lon2) {
        return new LatLon((lat1 + lat2) / 2, (lon1 + lon2) / 2);
    }

    private static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }

    private static boolean nearAround(BufferedImage img, Viewport v, LatLon p, int rgb, int radius, int tol) {
        PixelXY xy = v.toScreen(p);
        for (int dy = -radius; dy <= radius; dy++)
            for (int dx = -radius; dx <= radius; dx++) {
                int c = img.getRGB((int) Math.round(xy.x()) + dx, (int) Math.round(xy.y()) + dy);
                if (Math.abs(((c >> 16) & 255) - ((rgb >> 16) & 255)) <= tol && Math.abs(((c >> 8) & 255) - ((rgb >> 8) & 255)) <= tol
                        && Math.abs((c & 255) - (rgb & 255)) <= tol) return true;
            }
        return false;
    }
}
