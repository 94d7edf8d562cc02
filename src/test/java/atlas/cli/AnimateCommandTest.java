package atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --animate}: a looping GIF with one frame per step, the date stamped on each; August to October 2022 by week
 * crosses the corridor's move to the Hakari bridge route (30 Aug 2022). Usage errors exit 2, failures 1.
 */
@Tag("ui")
class AnimateCommandTest {
    private static final int W = 480, H = 320;
    @TempDir static Path dir;
    private static Path gif;
    private static String out, err;
    private static List<BufferedImage> frames;

    @BeforeAll
    static void animate() throws Exception {
        gif = dir.resolve("lachin.gif");
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"--animate", "--from", "2022-08-01", "--to", "2022-10-01", "--step", "1w",
                "--out", gif.toString(), "--size", W + "x" + H, "--fps", "5", "--center", "39.62,46.58", "--zoom", "11"},
                new PrintStream(o), new PrintStream(e));
        out = o.toString();
        err = e.toString();
        assertEquals(0, code, err);
        frames = composed(Files.readAllBytes(gif));
    }

    @Test
    void one_frame_per_week_and_the_last_day() {
        // 1, 8, 15, 22, 29 Aug, 5, 12, 19, 26 Sep, and 1 Oct
        assertEquals(10, frames.size());
        for (BufferedImage f : frames) {
            assertEquals(W, f.getWidth());
            assertEquals(H, f.getHeight());
        }
        assertTrue(out.contains("10 frames"), out);
    }

    @Test
    void it_loops_forever_at_the_frame_rate() throws Exception {
        byte[] bytes = Files.readAllBytes(gif);
        assertTrue(atlas.ui.AnimatedGifWriterTestAccess.loopsForever(bytes));
        assertEquals(List.of(20, 20, 20, 20, 20, 20, 20, 20, 20, 20), atlas.ui.AnimatedGifWriterTestAccess.delays(bytes));
    }

    @Test
    void the_date_stamp_changes_every_frame_and_the_corridor_when_it_moved() {
        // the stamp sits at the top middle
        for (int k = 1; k < frames.size(); k++)
            assertTrue(changed(frames.get(k - 1), frames.get(k), W / 2 - 80, 8, W / 2 + 80, 40) > 30, "stamp of frame " + k);
        // the map below it: from 29 Aug (the old route) to 5 Sep (the new route) the corridor moved
        assertTrue(changed(frames.get(4), frames.get(5), 0, 60, W, H - 60) > 200, "the route moved");
    }

    @Test
    void progress_goes_to_stderr() {
        assertTrue(err.contains("animation: 10 of 10 frames (100%)"), err);
    }

    @Test
    void usage_errors_exit_2_and_write_nothing() {
        Path f = dir.resolve("bad.gif");
        assertEquals(2, run("--animate", "--from", "2022-08-01", "--to", "2022-10-01", "--step", "2d", "--out", f.toString()));
        assertEquals(2, run("--animate", "--from", "2022-08-01", "--to", "2022-10-01", "--fps", "0", "--out", f.toString()));
        assertEquals(2, run("--animate", "--from", "2022-08-01", "--to", "2022-10-01", "--fps", "99", "--out", f.toString()));
        assertEquals(2, run("--animate", "--from", "2022-10-01", "--to", "2022-08-01", "--out", f.toString()));
        assertEquals(2, run("--animate", "--to", "2022-08-01", "--out", f.toString()));
        assertEquals(2, run("--animate", "--from", "2022-02-30", "--to", "2022-08-01", "--out", f.toString()));
        assertEquals(2, run("--animate", "--from", "1900", "--to", "2026", "--step", "1d", "--out", f.toString()));
        assertEquals(2, run("--animate", "--from", "2022", "--to", "2023", "--out", dir.resolve("x.png").toString()));
        assertEquals(2, run("--animate", "--from", "2022", "--to", "2023", "--size", "10x10", "--out", f.toString()));
        assertEquals(2, run("--animate", "--from", "2022", "--to", "2023", "--speed", "3", "--out", f.toString()));
        assertFalse(Files.exists(f));
    }

    @Test
    void mp4_is_refused_with_the_reason() {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"--animate", "--from", "2022", "--to", "2023", "--out", dir.resolve("a.mp4").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(e));
        assertEquals(2, code);
        assertTrue(e.toString().contains("MP4") && e.toString().contains("ffmpeg"), e.toString());
    }

    @Test
    void usage_errors_and_help_speak_the_language_of_lang() {
        // when: a bad step, in Armenian, Azerbaijani and Russian
        for (String[] c : new String[][] {{"hy", "սպասվում էր 1d, 1w, 1m կամ 1y, գտնվեց «2d»", "կրկնվող անիմացիոն GIF"},
                {"az", "1d, 1w, 1m və ya 1y gözlənilirdi, «2d» tapıldı", "təkrarlanan animasiyalı GIF"},
                {"ru", "ожидалось 1d, 1w, 1m или 1y, получено «2d»", "зацикленного анимированного GIF"}}) {
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            int code = Cli.run(new String[] {"--lang", c[0], "--animate", "--from", "2022", "--to", "2023", "--step", "2d",
                    "--out", dir.resolve("a.gif").toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(e, true, java.nio.charset.StandardCharsets.UTF_8));
            String err = e.toString(java.nio.charset.StandardCharsets.UTF_8);
            // then: the message and the usage's description in that language
            assertEquals(2, code);
            assertTrue(err.contains(c[1]) && err.contains(c[2]), c[0] + ": " + err);
        }
    }

    @Test
    void a_missing_dataset_or_an_unwritable_folder_fails_with_exit_1() throws Exception {
        assertEquals(1, run("--animate", "--from", "2022", "--to", "2023", "--dataset", dir.resolve("none.json").toString(),
                "--out", dir.resolve("d.gif").toString()));
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        assertEquals(1, run("--animate", "--from", "2022", "--to", "2023", "--out", blocker.resolve("a.gif").toString()));
    }

    private static int run(String... args) {
        return Cli.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }

    private static int changed(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        return n;
    }

    /** Decodes the frames and composes each over the one before, as a viewer shows them. */
    private static List<BufferedImage> composed(byte[] bytes) throws Exception {
        List<BufferedImage> out = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            int n = r.getNumImages(true);
            BufferedImage canvas = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
            for (int i = 0; i < n; i++) {
                IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode d = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
                BufferedImage f = r.read(i);
                int left = Integer.parseInt(d.getAttribute("imageLeftPosition")), top = Integer.parseInt(d.getAttribute("imageTopPosition"));
                for (int y = 0; y < f.getHeight(); y++)
                    for (int x = 0; x < f.getWidth(); x++) {
                        int c = f.getRGB(x, y);
                        if ((c >>> 24) != 0) canvas.setRGB(left + x, top + y, c);
                    }
                BufferedImage copy = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
                copy.getGraphics().drawImage(canvas, 0, 0, null);
                out.add(copy);
            }
            r.dispose();
        }
        return out;
    }
}
