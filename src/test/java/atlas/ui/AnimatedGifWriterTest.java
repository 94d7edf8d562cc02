package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/** The GIF encoder, its palette and the animation's frame days, without the toolkit. */
class AnimatedGifWriterTest {
    private static final int W = 64, H = 40;

    @Test
    void palette_keeps_a_few_colours_exactly_and_maps_others_to_the_nearest() {
        // given
        int[] px = {0xff1a9850, 0xffd7191c, 0xfff28e00, 0xffffffff, 0xff1a9850};
        // when
        GifPalette p = new GifPalette.Builder().add(px, px.length).build();
        // then: within the 5-bit bins of the look-up
        assertEquals(4, p.size());
        for (int c : px) assertTrue(distance(p.rgb(p.index(c)), c) <= 12, Integer.toHexString(p.rgb(p.index(c))));
        assertTrue(distance(p.rgb(p.index(0xff1c9a52)), 0x1a9850) <= 12, "a near green is the green");
    }

    @Test
    void palette_of_many_colours_has_at_most_255_and_the_transparent_index_stays_free() {
        // given: a gradient of 64k colours
        int[] px = new int[65536];
        for (int i = 0; i < px.length; i++) px[i] = 0xff000000 | (i & 255) << 16 | (i >> 8) << 8 | ((i * 7) & 255);
        // when
        GifPalette p = new GifPalette.Builder().add(px, px.length).build();
        byte[] idx = new byte[px.length];
        p.quantise(px, idx, px.length);
        // then
        assertEquals(GifPalette.MAX_COLORS, p.size());
        for (byte b : idx) assertTrue((b & 255) != GifPalette.TRANSPARENT);
        double err = 0;
        for (int i = 0; i < px.length; i++) err += distance(p.rgb(idx[i] & 255), px[i]);
        assertTrue(err / px.length < 40, "mean error " + err / px.length);
    }

    @Test
    void frames_loop_forever_with_their_delay_and_only_the_changed_rectangle_is_encoded() throws Exception {
        // given: a background, then a square that moves, then the same frame again
        int[] bg = fill(0xff88aacc), f1 = fill(0xff88aacc), f2 = fill(0xff88aacc);
        square(f1, 10, 10, 0xffd7191c);
        square(f2, 30, 20, 0xffd7191c);
        GifPalette p = new GifPalette.Builder().add(f1, f1.length).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // when
        try (AnimatedGifWriter gif = new AnimatedGifWriter(bytes, W, H, 25, p)) {
            gif.write(bg);
            gif.write(f1);
            gif.write(f2);
            gif.write(f2);
        }
        // then
        List<BufferedImage> frames = decode(bytes.toByteArray());
        assertEquals(4, frames.size());
        assertEquals(List.of(0, 10, 10, 0), frameAttr(bytes.toByteArray(), "imageLeftPosition"));
        assertEquals(List.of(W, 8, 28, 1), frameAttr(bytes.toByteArray(), "imageWidth"));
        assertEquals(List.of(25, 25, 25, 25), frameAttr(bytes.toByteArray(), "delayTime"));
        assertTrue(loopsForever(bytes.toByteArray()));
        // composed as a viewer does, each frame is the picture it was given
        BufferedImage canvas = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        int[][] expected = {bg, f1, f2, f2};
        for (int k = 0; k < 4; k++) {
            compose(canvas, frames.get(k), frameAttr(bytes.toByteArray(), "imageLeftPosition").get(k),
                    frameAttr(bytes.toByteArray(), "imageTopPosition").get(k));
            int[] got = canvas.getRGB(0, 0, W, H, null, 0, W);
            for (int i = 0; i < got.length; i++) assertTrue(distance(got[i], expected[k][i]) <= 12, "frame " + k + " pixel " + i);
        }
    }

    @Test
    void animation_days_step_from_the_first_day_and_end_on_the_last() {
        MapAnimation monthly = animation("2020-01-31", "2020-05-15", MapAnimation.Step.MONTH);
        assertEquals(List.of(d("2020-01-31"), d("2020-02-29"), d("2020-03-31"), d("2020-04-30"), d("2020-05-15")), monthly.days());
        assertEquals(5, monthly.frames());
        assertEquals(List.of(d("2022-08-01"), d("2022-08-08")), animation("2022-08-01", "2022-08-08", MapAnimation.Step.WEEK).days());
        assertEquals(List.of(d("2022-08-01")), animation("2022-08-01", "2022-08-01", MapAnimation.Step.YEAR).days());
        assertEquals(MapAnimation.Step.WEEK, MapAnimation.Step.of("1W"));
        assertThrows(IllegalArgumentException.class, () -> MapAnimation.Step.of("2d"));
        assertThrows(IllegalArgumentException.class, () -> animation("2022-08-02", "2022-08-01", MapAnimation.Step.DAY));
        assertThrows(IllegalArgumentException.class, () -> animation("1900-01-01", "2026-01-01", MapAnimation.Step.DAY));
        assertArrayEquals(new int[] {0, 2, 4, 6, 8, 10}, AnimationExport.samples(11));
        assertArrayEquals(new int[] {0, 1, 2}, AnimationExport.samples(3));
    }

    private static MapAnimation animation(String from, String to, MapAnimation.Step step) {
        return new MapAnimation(d(from), d(to), step, 5, MapSnapshot.Request.standard());
    }

    private static LocalDate d(String s) { return LocalDate.parse(s); }

    private static int[] fill(int argb) {
        int[] a = new int[W * H];
        java.util.Arrays.fill(a, argb);
        return a;
    }

    private static void square(int[] px, int x0, int y0, int argb) {
        for (int y = y0; y < y0 + 8; y++) for (int x = x0; x < x0 + 8; x++) px[y * W + x] = argb;
    }

    private static int distance(int a, int b) {
        return Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)) + Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)) + Math.abs((a & 255) - (b & 255));
    }

    static List<BufferedImage> decode(byte[] gif) throws Exception {
        List<BufferedImage> out = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            int n = r.getNumImages(true);
            for (int i = 0; i < n; i++) out.add(r.read(i));
            r.dispose();
        }
        return out;
    }

    /** Gets an attribute of each frame's ImageDescriptor or GraphicControlExtension. */
    static List<Integer> frameAttr(byte[] gif, String attr) throws Exception {
        List<Integer> out = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            int n = r.getNumImages(true);
            for (int i = 0; i < n; i++) {
                IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                for (String node : new String[] {"ImageDescriptor", "GraphicControlExtension"}) {
                    var l = root.getElementsByTagName(node);
                    if (l.getLength() > 0 && !((IIOMetadataNode) l.item(0)).getAttribute(attr).isEmpty())
                        out.add(Integer.parseInt(((IIOMetadataNode) l.item(0)).getAttribute(attr)));
                }
            }
            r.dispose();
        }
        return out;
    }

    /** Tests whether the first frame carries the NETSCAPE2.0 extension with loop count 0. */
    static boolean loopsForever(byte[] gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            var apps = root.getElementsByTagName("ApplicationExtension");
            for (int i = 0; i < apps.getLength(); i++) {
                IIOMetadataNode a = (IIOMetadataNode) apps.item(i);
                byte[] data = (byte[]) a.getUserObject();
                if ("NETSCAPE".equals(a.getAttribute("applicationID")) && "2.0".equals(a.getAttribute("authenticationCode"))
                        && data.length == 3 && data[0] == 1 && data[1] == 0 && data[2] == 0) return true;
            }
            r.dispose();
        }
        return false;
    }

    /** Draws a frame over the picture so far, its transparent pixels leaving what is below (do not dispose). */
    static void compose(BufferedImage canvas, BufferedImage frame, int left, int top) {
        for (int y = 0; y < frame.getHeight(); y++)
            for (int x = 0; x < frame.getWidth(); x++) {
                int c = frame.getRGB(x, y);
                if ((c >>> 24) != 0) canvas.setRGB(left + x, top + y, c);
            }
    }
}
