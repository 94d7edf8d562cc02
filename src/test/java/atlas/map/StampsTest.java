package atlas.map;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A stamp puts its picture's anchor on the point asked for, whatever the picture's box, and pictures never mix. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StampsTest {
    @Test
    void the_anchor_lands_on_the_nearest_whole_pixel_of_the_point() throws Exception {
        // given: two pictures with their anchor off their centre, like a name (text from its left end, centred on y)
        Stamps<String> stamps = new Stamps<>(100, null, 1);
        WritableImage shot = fx(() -> picture(g -> {
            stamps.want("red", 40, 15, 4, 7.5, (c, x, y, o) -> { c.setFill(Color.RED); c.fillRect(x, y - 5, 30, 10); });
            stamps.want("blue", 12, 30, 6, 29, (c, x, y, o) -> { c.setFill(Color.BLUE); c.fillRect(x - 6, y - 29, 12, 29); });
            stamps.paintWanted();
            stamps.stamp(g, "red", 50.3, 60.6, 1);
            stamps.stamp(g, "blue", 120.7, 90.2, 1);
        }));
        PixelReader px = shot.getPixelReader();
        // then: red from x = round(50.3 - 4) + 4 = 50, centred on y = round(60.6 - 7.5) + 7.5 = 60.5
        assertEquals(Color.RED, px.getColor(50, 56));
        assertEquals(Color.RED, px.getColor(79, 64));
        assertEquals(0, px.getColor(49, 60).getOpacity(), 0.01, "nothing left of the anchor");
        assertEquals(0, px.getColor(80, 60).getOpacity(), 0.01, "30 px wide");
        assertEquals(0, px.getColor(60, 54).getOpacity(), 0.01, "10 px high");
        // blue's anchor at its bottom centre: x from 121 - 6, y up to 90 - 29
        assertEquals(Color.BLUE, px.getColor(115, 61));
        assertEquals(Color.BLUE, px.getColor(126, 89));
        assertEquals(0, px.getColor(114, 75).getOpacity(), 0.01);
        assertEquals(0, px.getColor(120, 90).getOpacity(), 0.01, "nothing under the anchor");
        assertEquals(1, fx(stamps::atlases), "both in one snapshot");
    }

    @Test
    void a_picture_never_wanted_is_an_error_not_a_blank() throws Exception {
        Stamps<String> stamps = new Stamps<>(100, null, 1);
        Exception e = fx(() -> {
            try {
                picture(g -> stamps.stamp(g, "nothing", 10, 10, 1));
                return null;
            } catch (IllegalStateException x) {
                return x;
            }
        });
        assertNotNull(e);
    }

    private static WritableImage picture(java.util.function.Consumer<GraphicsContext> drawing) {
        return picture(200, 150, drawing);
    }

    /** Draws on a transparent canvas of a size and takes its picture (FX thread; the sprite tests use it too). */
    static WritableImage picture(double width, double height, java.util.function.Consumer<GraphicsContext> drawing) {
        Canvas canvas = new Canvas(width, height);
        drawing.accept(canvas.getGraphicsContext2D());
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        return canvas.snapshot(p, null);
    }

    /** Runs on the FX thread and waits for the result (at most ten seconds). */
    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }
}
