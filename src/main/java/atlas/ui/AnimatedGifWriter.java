package atlas.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes an animated GIF frame by frame with the JDK's encoder ({@code javax.imageio}): a looping animation (the
 * NETSCAPE2.0 extension, loop count 0 = forever) whose frames all show for the same delay and share one
 * {@link GifPalette}. Only what changed is encoded: a frame is the rectangle around the pixels that differ from the
 * previous frame, drawn over it ("do not dispose"), with the unchanged pixels inside it transparent, so a map whose
 * tiles stay still costs a few kilobytes per frame. A frame identical to the previous one is one transparent pixel.
 * Not thread-safe; the stream is closed by {@link #close()}.
 */
public final class AnimatedGifWriter implements AutoCloseable {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    private final ImageWriter writer;
    private final ImageOutputStream out;
    private final int width, height, delayCentis;
    private final GifPalette palette;
    private final IndexColorModel colors;
    private final byte[] current, previous;
    private int frames;

    /**
     * Starts an animation of {@code width} x {@code height} pixels, each frame shown {@code delayCentis} hundredths
     * of a second, written to {@code stream}.
     */
    public AnimatedGifWriter(OutputStream stream, int width, int height, int delayCentis, GifPalette palette) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) throw new IOException("this Java has no GIF encoder");
        if (delayCentis < 1) throw new IllegalArgumentException("frame delay must be at least 1/100 s: " + delayCentis);
        this.writer = writers.next();
        this.out = new MemoryCacheImageOutputStream(stream);
        this.width = width;
        this.height = height;
        this.delayCentis = delayCentis;
        this.palette = palette;
        this.colors = palette.colorModel();
        this.current = new byte[width * height];
        this.previous = new byte[width * height];
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    /** Gets the number of frames written. */
    public int frames() { return frames; }

    /** Quantises and writes the next frame: {@code argb} holds {@code width * height} pixels, row by row. */
    public void write(int[] argb) throws IOException {
        palette.quantise(argb, current, width * height);
        int x0 = width, y0 = height, x1 = -1, y1 = -1;
        if (frames == 0) {
            x0 = 0; y0 = 0; x1 = width - 1; y1 = height - 1;
        } else {
            for (int y = 0; y < height; y++) {
                int row = y * width;
                for (int x = 0; x < width; x++) {
                    if (current[row + x] == previous[row + x]) continue;
                    if (x < x0) x0 = x;
                    if (x > x1) x1 = x;
                    if (y < y0) y0 = y;
                    y1 = y;
                }
            }
            if (x1 < 0) { x0 = 0; y0 = 0; x1 = 0; y1 = 0; }
        }
        int w = x1 - x0 + 1, h = y1 - y0 + 1;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, colors);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        boolean first = frames == 0;
        for (int y = 0; y < h; y++) {
            int src = (y0 + y) * width + x0, dst = y * w;
            for (int x = 0; x < w; x++) {
                byte c = current[src + x];
                // unchanged pixels are left to the frame below: long transparent runs compress to almost nothing
                data[dst + x] = !first && c == previous[src + x] ? (byte) GifPalette.TRANSPARENT : c;
            }
        }
        System.arraycopy(current, 0, previous, 0, current.length);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(img), param);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "doNotDispose");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", first ? "FALSE" : "TRUE");
        gce.setAttribute("delayTime", Integer.toString(delayCentis));
        gce.setAttribute("transparentColorIndex", Integer.toString(GifPalette.TRANSPARENT));
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(x0));
        descriptor.setAttribute("imageTopPosition", Integer.toString(y0));
        descriptor.setAttribute("imageWidth", Integer.toString(w));
        descriptor.setAttribute("imageHeight", Integer.toString(h));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0, i.e. forever
            apps.appendChild(loop);
        }
        meta.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(img, null, meta), param);
        frames++;
    }

    /** Ends the animation and closes the stream. */
    @Override public void close() throws IOException {
        try {
            if (frames > 0) writer.endWriteSequence();
            out.close();
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++)
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        IIOMetadataNode n = new IIOMetadataNode(name);
        root.appendChild(n);
        return n;
    }
}
