package atlas.ui;

import atlas.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes PNG images (snapshots, slides) atomically through {@link AtomicFiles}: a killed or failed write leaves the
 * previous file whole, and a folder that cannot be written is reported naming the target. The encoder buffers in
 * memory, never in a file of {@code java.io.tmpdir}.
 */
public final class PngFiles {
    private PngFiles() {}

    /** Writes {@code img} as a PNG to {@code file}; throws {@link atlas.io.WriteException} naming it on failure. */
    public static void write(BufferedImage img, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
            if (!writers.hasNext()) throw new IOException("this Java has no PNG encoder");
            ImageWriter w = writers.next();
            try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                w.setOutput(ios);
                w.write(img);
            } finally {
                w.dispose();
            }
        });
    }
}
