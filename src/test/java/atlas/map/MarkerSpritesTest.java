package atlas.map;

import static org.junit.jupiter.api.Assertions.*;

import atlas.model.Category;
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

/** A stamped marker looks like the marker painted in place, fades with its opacity, and known sprites cost no snapshot. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MarkerSpritesTest {
    private static final int SIDE = 120;

    @Test
    void a_stamp_is_the_marker_painted_on_the_nearest_whole_pixel() throws Exception {
        for (MarkerSprites.Kind kind : MarkerSprites.Kind.values()) {
            Category c = kind == MarkerSprites.Kind.RING || kind == MarkerSprites.Kind.MIXED_RING ? null : Category.WAR;
            Color ring = c == null ? Color.web("#2a7de1") : null;
            double r = kind == MarkerSprites.Kind.CLUSTER ? 14.25 : kind == MarkerSprites.Kind.SYMBOL
                    || kind == MarkerSprites.Kind.APPROXIMATE ? 6 : 16.75;
            MarkerSprites sprites = new MarkerSprites(MarkerSprites.MAX_SPRITES, null);
            WritableImage stamped = fx(() -> picture(g -> sprites.stamp(g, kind, c, r, ring, 60.4, 59.6, 1)));
            WritableImage painted = fx(() -> picture(g -> MarkerSprites.paint(g, kind, c, r, ring, 60, 60, 1)));
            double diff = 0, max = 0;
            int inked = 0;
            for (int y = 0; y < SIDE; y++)
                for (int x = 0; x < SIDE; x++) {
                    int a = stamped.getPixelReader().getArgb(x, y), b = painted.getPixelReader().getArgb(x, y);
                    if ((b >>> 24) > 0) inked++;
                    for (int shift = 0; shift < 32; shift += 8) {
                        int d = Math.abs((a >>> shift & 0xff) - (b >>> shift & 0xff));
                        diff += d;
                        max = Math.max(max, d);
                    }
                }
            assertTrue(inked > 60, kind + " paints something: " + inked + " pixels");
            assertTrue(max <= 8, kind + ": the stamp is the painting, at most a rounding apart; differs by " + max);
            assertTrue(diff / inked < 1, kind + ": mean difference per inked pixel " + diff / inked);
        }
    }

    @Test
    void a_stamp_fades_with_its_opacity_and_keeps_the_category_colour() throws Exception {
        MarkerSprites sprites = new MarkerSprites(MarkerSprites.MAX_SPRITES, null);
        WritableImage full = fx(() -> picture(g -> sprites.stamp(g, MarkerSprites.Kind.CLUSTER, Category.CEASEFIRE, 14, null, 60, 60, 1)));
        WritableImage faded = fx(() -> picture(g -> sprites.stamp(g, MarkerSprites.Kind.CLUSTER, Category.CEASEFIRE, 14, null, 60, 60, 0.4)));
        Color centre = full.getPixelReader().getColor(60, 60);
        assertEquals(1, centre.getOpacity(), 0.01);
        assertColour(CategoryStyle.color(Category.CEASEFIRE), centre);
        Color fadedCentre = faded.getPixelReader().getColor(60, 60);
        assertEquals(0.4, fadedCentre.getOpacity(), 0.02, "the whole marker at 40 %");
        assertColour(CategoryStyle.color(Category.CEASEFIRE), fadedCentre);
        // the halo around the disc: a quarter of the colour, outside the white outline
        assertEquals(0.25, full.getPixelReader().getColor(60 + 16, 60).getOpacity(), 0.05);
        assertEquals(0, full.getPixelReader().getColor(60 + 19, 60).getOpacity(), 0.01, "nothing past the halo");
    }

    @Test
    void known_sprites_take_no_snapshot_and_a_frame_of_new_ones_takes_one() throws Exception {
        MarkerSprites sprites = new MarkerSprites(MarkerSprites.MAX_SPRITES, null);
        fx(() -> {
            for (Category c : Category.values()) sprites.want(MarkerSprites.Kind.CLUSTER, c, 12 + c.ordinal() * 0.5, null);
            sprites.want(MarkerSprites.Kind.RING, null, 15, Color.RED);
            sprites.paintWanted();
            return null;
        });
        assertEquals(1, fx(sprites::atlases));
        assertEquals(Category.values().length + 1, fx(sprites::size));
        fx(() -> picture(g -> {
            for (Category c : Category.values())
                sprites.stamp(g, MarkerSprites.Kind.CLUSTER, c, 12 + c.ordinal() * 0.5 + 0.05, null, 40, 40, 0.7);
            sprites.stamp(g, MarkerSprites.Kind.RING, null, 15, Color.RED, 40, 40, 1);
        }));
        assertEquals(1, fx(sprites::atlases), "radii within a quarter pixel share a sprite; none is painted again");
        fx(() -> picture(g -> sprites.stamp(g, MarkerSprites.Kind.RING, null, 15, Color.BLUE, 40, 40, 1)));
        assertEquals(2, fx(sprites::atlases), "a new colour is a new sprite");
    }

    @Test
    void the_cache_starts_again_past_its_bound() throws Exception {
        MarkerSprites sprites = new MarkerSprites(6, null);
        fx(() -> {
            for (int i = 0; i < 5; i++) sprites.want(MarkerSprites.Kind.RING, null, 15, Color.rgb(10 * i, 0, 0));
            sprites.paintWanted();
            for (int i = 5; i < 8; i++) sprites.want(MarkerSprites.Kind.RING, null, 15, Color.rgb(10 * i, 0, 0));
            sprites.paintWanted();
            return null;
        });
        assertEquals(3, fx(sprites::size), "the old sprites went, the new ones are kept");
    }

    @Test
    void on_a_doubled_display_a_sprite_has_twice_the_pixels_and_the_same_size() throws Exception {
        MarkerSprites sprites = new MarkerSprites(MarkerSprites.MAX_SPRITES, null, 2);
        WritableImage doubled = fx(() -> picture(g -> sprites.stamp(g, MarkerSprites.Kind.CLUSTER, Category.WAR, 14, null, 60, 60, 1)));
        WritableImage painted = fx(() -> picture(g -> MarkerSprites.paint(g, MarkerSprites.Kind.CLUSTER, Category.WAR, 14, null, 60, 60, 1)));
        PixelReader a = doubled.getPixelReader(), b = painted.getPixelReader();
        for (int dx : new int[] {0, 10, 13, 16, 18, 20})
            assertEquals(b.getColor(60 + dx, 60).getOpacity(), a.getColor(60 + dx, 60).getOpacity(), 0.12, "opacity at +" + dx);
    }

    @Test
    void the_first_sprites_are_painted_in_place_while_their_atlas_is_made_after_the_frame() throws Exception {
        // given: a cache as the event layer has it, whose first atlas is made a little later (a second in the app)
        MarkerSprites sprites = new MarkerSprites(MarkerSprites.MAX_SPRITES, javafx.util.Duration.millis(50));
        // when: a first frame stamps a cluster
        WritableImage first = fx(() -> picture(g -> {
            sprites.want(MarkerSprites.Kind.CLUSTER, Category.WAR, 14, null);
            sprites.paintWanted();
            sprites.stamp(g, MarkerSprites.Kind.CLUSTER, Category.WAR, 14, null, 60.3, 59.8, 0.5);
        }));
        // then: the frame drew it in place, its shapes each at its opacity (the body over its faded halo: 0.5 + 0.5 x 0.125)
        assertEquals(0.5625, first.getPixelReader().getColor(60, 60).getOpacity(), 0.02);
        assertEquals(0.125, first.getPixelReader().getColor(60 + 16, 60).getOpacity(), 0.04);
        assertColour(CategoryStyle.color(Category.WAR), first.getPixelReader().getColor(60, 60));
        // and after a pulse the atlas is there: the next frame stamps without a new snapshot
        long until = System.nanoTime() + 5_000_000_000L;
        while (fx(sprites::isPainting) && System.nanoTime() < until) WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        assertFalse(fx(sprites::isPainting), "the atlas came");
        assertEquals(1, fx(sprites::size));
        WritableImage next = fx(() -> picture(g -> sprites.stamp(g, MarkerSprites.Kind.CLUSTER, Category.WAR, 14, null, 60.3, 59.8, 0.5)));
        assertEquals(1, fx(sprites::atlases), "no second snapshot");
        assertEquals(0.5, next.getPixelReader().getColor(60, 60).getOpacity(), 0.02);
        assertColour(CategoryStyle.color(Category.WAR), next.getPixelReader().getColor(60, 60));
    }

    private static void assertColour(Color expected, Color actual) {
        assertEquals(expected.getRed(), actual.getRed(), 0.03, "red");
        assertEquals(expected.getGreen(), actual.getGreen(), 0.03, "green");
        assertEquals(expected.getBlue(), actual.getBlue(), 0.03, "blue");
    }

    private static WritableImage picture(java.util.function.Consumer<GraphicsContext> drawing) {
        return StampsTest.picture(SIDE, SIDE, drawing);
    }

    private static <T> T fx(Callable<T> c) throws Exception { return StampsTest.fx(c); }
}
