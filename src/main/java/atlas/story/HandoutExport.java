package atlas.story;

import atlas.geo.Viewport;
import atlas.i18n.Texts;
import atlas.io.AtomicFiles;
import atlas.map.DrawingShapes;
import atlas.model.Drawing;
import atlas.model.Dataset;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.model.TimedEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Exports a story as a PDF handout with Apache PDFBox: one A4 landscape page per stop with the story title, the
 * stop's title and date, the map image, the caption text (emphasis kept) and the sources (the stop's and its
 * highlighted events'); text that does not fit continues on a page of its own. Fonts are DejaVu Sans, embedded as
 * subsets, so both sides' place names print correctly.
 *
 * <p>Memory per page stays small, whatever the number of stops: page contents and images are kept in a scratch file,
 * not on the heap (what stays is PDFBox's page tree, about 10 KB a page), and a map met among the last 64 (stops with
 * the same view) is stored once. Text wraps in time linear in its length, breaking a word longer than a line anywhere.
 * A story without stops is refused.
 */
public final class HandoutExport {
    /** The message of the refusal of a story without stops. */
    /** Gets the message for a story without stops, in the interface's language. */
    static String noStops() { return Texts.get("export.no-stops"); }
    private static final float MARGIN = 36, IMAGE_W = 500;
    private static final int IMG_W = 1000, IMG_H = 640;
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float[] SOURCE_SIZES = {8, 7, 6.5f, 6};
    private static final int RECENT_MAPS = 64;
    private final StopRenderer renderer;
    private final Function<String, Optional<TimedEvent>> events;

    /** Creates the export; the sources of a stop's highlighted events are looked up in {@code dataset}. */
    public HandoutExport(StopRenderer renderer, Dataset dataset) { this(renderer, dataset::event); }

    /** Creates the export; the highlighted events (for their sources) are found by id with {@code events}. */
    public HandoutExport(StopRenderer renderer, Function<String, Optional<TimedEvent>> events) {
        this.renderer = renderer;
        this.events = events;
    }

    /** Writes the handout to {@code file} atomically (a failed or killed export leaves the previous file whole). */
    public void export(Story story, Path file) throws Exception { export(story, file, ExportProgress.NONE); }

    /**
     * Writes the handout to {@code file} atomically, reporting each stop to {@code progress}. Throws
     * {@link IllegalArgumentException} for a story without stops, {@link java.util.concurrent.CancellationException}
     * when cancelled (the target is then untouched), {@link atlas.io.WriteException} naming the file when it cannot
     * be written.
     */
    public void export(Story story, Path file, ExportProgress progress) throws Exception {
        if (story.size() == 0) throw new IllegalArgumentException(noStops());
        AtomicFiles.probe(file); // fail before rendering, not after
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            Fonts f = new Fonts(load(doc, "DejaVuSans.ttf"), load(doc, "DejaVuSans-Bold.ttf"), load(doc, "DejaVuSans-Oblique.ttf"));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(story.title());
            info.setCreator("Corridor Atlas");
            doc.getDocumentCatalog().setLanguage(Texts.language().tag());
            // maps met lately, by their pixels: a story returning to a view stores it once; bounded, so memory is too
            Map<String, PDImageXObject> images = new LinkedHashMap<>(64, 0.75f, true) {
                @Override protected boolean removeEldestEntry(Map.Entry<String, PDImageXObject> eldest) {
                    return size() > RECENT_MAPS;
                }
            };
            progress.stopsDone(0, story.size());
            for (int i = 0; i < story.size(); i++) {
                progress.checkCancelled();
                page(doc, f, story, i, images);
                progress.stopsDone(i + 1, story.size());
            }
            progress.checkCancelled();
            AtomicFiles.write(file, out -> doc.save(out, CompressParameters.NO_COMPRESSION));
        }
    }

    record Fonts(PDFont regular, PDFont bold, PDFont italic) {
        PDFont of(Emphasis.Run r) { return r.bold() ? bold : r.italic() ? italic : regular; }
    }

    private static PDFont load(PDDocument doc, String name) throws IOException {
        try (InputStream in = HandoutExport.class.getResourceAsStream("/atlas/fonts/" + name)) {
            if (in == null) throw new IOException("missing font resource atlas/fonts/" + name);
            return PDType0Font.load(doc, in, true);
        }
    }

    private void page(PDDocument doc, Fonts f, Story story, int i, Map<String, PDImageXObject> images) throws Exception {
        Stop stop = story.stop(i);
        String header = Texts.format("handout.header", story.title(), i + 1, story.size());
        float w = PAGE.getWidth();
        try (Pages pages = new Pages(doc, f, header)) {
            for (List<Emphasis.Run> line : wrap(List.of(new Emphasis.Run(stop.title(), true, false)), f, 18, w - 2 * MARGIN)) {
                pages.room(23, MARGIN, w - 2 * MARGIN);
                pages.line(line, 18, 23);
            }
            pages.room(22, MARGIN, w - 2 * MARGIN);
            pages.cs.setNonStrokingColor(0.54f, 0.23f, 0.07f);
            text(pages.cs, f.bold, 12, MARGIN, pages.y - 12, CaptionPanel.dateLabel(stop));
            pages.cs.setNonStrokingColor(0f, 0f, 0f);
            pages.y -= 22;

            float imgHpt = IMAGE_W * IMG_H / IMG_W;
            if (pages.y - imgHpt < MARGIN + 20) pages.next();
            float imgTop = pages.y;
            int imgPage = pages.page;
            // the map without the stop's drawings, then the drawings on it as vectors: sharp at any print size
            pages.cs.drawImage(image(doc, renderer.render(stop.withDrawings(List.of()), IMG_W, IMG_H), images), MARGIN, imgTop - imgHpt, IMAGE_W, imgHpt);
            drawings(pages.cs, f, stop, MARGIN, imgTop - imgHpt, IMAGE_W, imgHpt);

            // the caption runs down the column right of the map, then on at full width on pages of its own
            float colX = MARGIN + IMAGE_W + 18, colW = w - MARGIN - colX;
            pages.column(colX, colW);
            for (String para : stop.text().split("\n")) {
                for (List<Emphasis.Run> line : wrap(Emphasis.parse(para), f, 11, pages.width)) {
                    pages.room(15, MARGIN, w - 2 * MARGIN);
                    pages.line(line, 11, 15);
                }
                pages.y -= 5;
            }
            pages.column(MARGIN, w - 2 * MARGIN);
            if (pages.page == imgPage) pages.y = Math.min(pages.y, imgTop - imgHpt);
            pages.y -= 18;

            List<String> src = CaptionPanel.sourceLines(stop, events);
            if (!src.isEmpty()) {
                // the sources take a smaller type before they take another page
                float size = SOURCE_SIZES[0];
                List<List<Emphasis.Run>> lines = sourceLines(src, f, size, w - 2 * MARGIN);
                for (int k = 1; k < SOURCE_SIZES.length && 13 + lines.size() * size * 1.35f > pages.y - MARGIN - 4; k++) {
                    size = SOURCE_SIZES[k];
                    lines = sourceLines(src, f, size, w - 2 * MARGIN);
                }
                pages.room(13 + size * 1.35f, MARGIN, w - 2 * MARGIN);
                text(pages.cs, f.bold, 9, MARGIN, pages.y - 9, Texts.get("handout.sources"));
                pages.y -= 13;
                for (List<Emphasis.Run> line : lines) {
                    pages.room(size * 1.35f, MARGIN, w - 2 * MARGIN);
                    pages.line(line, size, size * 1.35f);
                }
            }
        }
    }

    /**
     * Draws a stop's drawings as vectors over its map image, placed at ({@code x}, {@code y}) with size {@code w} x
     * {@code h} points, with the shapes the map draws ({@link DrawingShapes}) for the image's view, clipped to it.
     */
    private static void drawings(PDPageContentStream cs, Fonts f, Stop stop, float x, float y, float w, float h) throws IOException {
        if (stop.drawings().isEmpty()) return;
        Viewport view = new Viewport(stop.center(), Viewport.clampZoom(stop.zoom()), IMG_W, IMG_H);
        float s = w / IMG_W;
        float top = y + h;
        cs.saveGraphicsState();
        cs.addRect(x, y, w, h);
        cs.clip();
        cs.setLineCapStyle(1);
        cs.setLineJoinStyle(1);
        for (DrawingShapes.Shape sh : DrawingShapes.shapes(stop.drawings(), view)) {
            float r = (sh.rgb() >> 16 & 0xff) / 255f, g = (sh.rgb() >> 8 & 0xff) / 255f, b = (sh.rgb() & 0xff) / 255f;
            PDExtendedGraphicsState alpha = new PDExtendedGraphicsState();
            alpha.setStrokingAlphaConstant((float) sh.opacity());
            alpha.setNonStrokingAlphaConstant((float) sh.opacity());
            cs.setGraphicsStateParameters(alpha);
            double[] xs = sh.xs(), ys = sh.ys();
            if (sh.drawing().tool() == Drawing.Tool.TEXT) {
                float size = (float) sh.textSizePx() * s;
                float tx = x + (float) xs[0] * s, ty = top - (float) ys[0] * s - size * 0.36f;
                String t = printable(f.bold, sh.drawing().text());
                cs.beginText();
                cs.setFont(f.bold, size);
                cs.setRenderingMode(RenderingMode.STROKE);
                cs.setStrokingColor(1f, 1f, 1f);
                cs.setLineWidth(Math.max(1.5f, size * 0.22f));
                cs.newLineAtOffset(tx, ty);
                cs.showText(t);
                cs.endText();
                cs.beginText();
                cs.setFont(f.bold, size);
                cs.setRenderingMode(RenderingMode.FILL);
                cs.setNonStrokingColor(r, g, b);
                cs.newLineAtOffset(tx, ty);
                cs.showText(t);
                cs.endText();
                continue;
            }
            cs.setStrokingColor(r, g, b);
            cs.setNonStrokingColor(r, g, b);
            if (sh.isDot()) {
                circle(cs, x + (float) xs[0] * s, top - (float) ys[0] * s, (float) sh.widthPx() * s / 2);
                cs.fill();
            } else {
                cs.setLineWidth((float) sh.widthPx() * s);
                cs.moveTo(x + (float) xs[0] * s, top - (float) ys[0] * s);
                for (int i = 1; i < xs.length; i++) cs.lineTo(x + (float) xs[i] * s, top - (float) ys[i] * s);
                cs.stroke();
            }
            if (sh.headXs().length == 3) {
                cs.moveTo(x + (float) sh.headXs()[0] * s, top - (float) sh.headYs()[0] * s);
                cs.lineTo(x + (float) sh.headXs()[1] * s, top - (float) sh.headYs()[1] * s);
                cs.lineTo(x + (float) sh.headXs()[2] * s, top - (float) sh.headYs()[2] * s);
                cs.closePath();
                cs.fill();
            }
        }
        cs.restoreGraphicsState();
    }

    /** Adds a circle to the path (four Bézier quarters). */
    private static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    private static List<List<Emphasis.Run>> sourceLines(List<String> sources, Fonts f, float size, float width) throws IOException {
        List<List<Emphasis.Run>> out = new ArrayList<>();
        for (String s : sources) out.addAll(wrap(List.of(new Emphasis.Run("• " + s, false, false)), f, size, width));
        return out;
    }

    /** Gets the PDF image of a map, reusing the one of an identical earlier map. */
    private static PDImageXObject image(PDDocument doc, BufferedImage img, Map<String, PDImageXObject> seen) throws IOException {
        String key = digest(img);
        PDImageXObject x = seen.get(key);
        if (x == null) {
            x = LosslessFactory.createFromImage(doc, img);
            seen.put(key, x);
        }
        return x;
    }

    private static String digest(BufferedImage img) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            int w = img.getWidth(), h = img.getHeight();
            md.update(ByteBuffer.allocate(8).putInt(w).putInt(h).array());
            int[] row = new int[w];
            ByteBuffer b = ByteBuffer.allocate(w * 4);
            for (int y = 0; y < h; y++) {
                img.getRGB(0, y, w, 1, row, 0, w);
                b.clear();
                b.asIntBuffer().put(row);
                md.update(b.array());
            }
            StringBuilder s = new StringBuilder();
            for (byte x : md.digest()) s.append(String.format("%02x", x));
            return s.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The pages of one stop: the first with the stop's map, then continuation pages for text that did not fit. Holds
     * the open content stream and the text cursor ({@code y} from the top, the current column).
     */
    private static final class Pages implements AutoCloseable {
        private final PDDocument doc;
        private final Fonts f;
        private final String header;
        PDPageContentStream cs;
        float y, x, width;
        int page = -1;

        Pages(PDDocument doc, Fonts f, String header) throws IOException {
            this.doc = doc;
            this.f = f;
            this.header = header;
            this.x = MARGIN;
            this.width = PAGE.getWidth() - 2 * MARGIN;
            next();
        }

        /** Starts the next page of the stop, with the header and footer, the cursor at the top at full width. */
        void next() throws IOException {
            if (cs != null) cs.close();
            PDPage p = new PDPage(PAGE);
            doc.addPage(p);
            cs = new PDPageContentStream(doc, p);
            page++;
            float top = PAGE.getHeight() - MARGIN;
            text(cs, f.regular, 9, MARGIN, top - 9, page == 0 ? header : Texts.format("handout.continued", header));
            text(cs, f.regular, 7, MARGIN, MARGIN / 2, Texts.get("handout.footer"));
            y = top - 30;
            x = MARGIN;
            width = PAGE.getWidth() - 2 * MARGIN;
        }

        /** Sets the column the following lines go to. */
        void column(float x, float width) {
            this.x = x;
            this.width = width;
        }

        /** Makes room for {@code h} points, going on to a new page (in the given full-width column) if needed. */
        void room(float h, float fullX, float fullW) throws IOException {
            if (y - h >= MARGIN + 4) return;
            next();
            column(fullX, fullW);
        }

        /** Draws a line of runs at the cursor and moves down by {@code lead}. */
        void line(List<Emphasis.Run> line, float size, float lead) throws IOException {
            float lx = x;
            for (Emphasis.Run r : line) {
                text(cs, f.of(r), size, lx, y - size, r.text());
                lx += width(f.of(r), size, r.text());
            }
            y -= lead;
        }

        @Override public void close() throws IOException { cs.close(); }
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(printable(font, s));
        cs.endText();
    }

    /** Replaces characters the font cannot show by '?', so an unusual character never aborts the export. */
    private static String printable(PDFont font, String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.append(printable(font, cp)));
        return b.toString();
    }

    private static String printable(PDFont font, int cp) {
        String c = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
        try {
            font.encode(c);
            return c;
        } catch (IOException | IllegalArgumentException e) {
            return "?";
        }
    }

    private static float width(PDFont font, float size, String s) throws IOException {
        return font.getStringWidth(printable(font, s)) / 1000 * size;
    }

    /**
     * Computes lines of runs no wider than {@code maxW} points, breaking at spaces; a word wider than a line is
     * broken anywhere. Linear in the text's length: each character is measured once.
     */
    static List<List<Emphasis.Run>> wrap(List<Emphasis.Run> runs, Fonts f, float size, float maxW) throws IOException {
        List<List<Emphasis.Run>> lines = new ArrayList<>();
        List<Emphasis.Run> line = new ArrayList<>();
        float lw = 0;
        for (Emphasis.Run r : runs) {
            PDFont font = f.of(r);
            for (String word : r.text().split("(?<= )")) {
                float ww = width(font, size, word);
                if (lw + ww > maxW && !line.isEmpty()) {
                    lines.add(line);
                    line = new ArrayList<>();
                    lw = 0;
                    word = word.stripLeading();
                    ww = width(font, size, word);
                }
                if (ww > maxW) {
                    // one pass over the characters: each piece is as long as fits, the last one stays on the line
                    int start = 0;
                    float piece = 0;
                    int[] cps = word.codePoints().toArray();
                    StringBuilder b = new StringBuilder();
                    for (int k = 0; k < cps.length; k++) {
                        String c = printable(font, cps[k]);
                        float cw = font.getStringWidth(c) / 1000 * size;
                        if (piece + cw > maxW && k > start) {
                            line.add(new Emphasis.Run(b.toString(), r.bold(), r.italic()));
                            lines.add(line);
                            line = new ArrayList<>();
                            b.setLength(0);
                            piece = 0;
                            start = k;
                        }
                        b.appendCodePoint(cps[k]);
                        piece += cw;
                    }
                    word = b.toString();
                    ww = piece;
                }
                line.add(new Emphasis.Run(word, r.bold(), r.italic()));
                lw += ww;
            }
        }
        if (!line.isEmpty()) lines.add(line);
        return lines;
    }
}
