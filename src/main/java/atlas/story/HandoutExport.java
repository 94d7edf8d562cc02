package atlas.story;

import atlas.model.Dataset;
import atlas.model.Stop;
import atlas.model.Story;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Exports a story as a PDF handout with Apache PDFBox: one A4 landscape page per stop with the story title, the
 * stop's title and date, the map image, the caption text (emphasis kept) and the sources (the stop's and its
 * highlighted events'). Fonts are DejaVu Sans, embedded as subsets, so both sides' place names print correctly.
 */
public final class HandoutExport {
    private static final float MARGIN = 36, IMAGE_W = 500;
    private final StopRenderer renderer;
    private final Dataset dataset;

    public HandoutExport(StopRenderer renderer, Dataset dataset) {
        this.renderer = renderer;
        this.dataset = dataset;
    }

    /** Writes the handout to {@code file} (temporary file then move, so a failure leaves no half PDF). */
    public void export(Story story, Path file) throws Exception {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + System.nanoTime() + ".tmp");
        try (PDDocument doc = new PDDocument()) {
            Fonts f = new Fonts(load(doc, "DejaVuSans.ttf"), load(doc, "DejaVuSans-Bold.ttf"), load(doc, "DejaVuSans-Oblique.ttf"));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(story.title());
            info.setCreator("Corridor Atlas");
            for (int i = 0; i < story.size(); i++) page(doc, f, story, i);
            doc.save(tmp.toFile());
            Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private record Fonts(PDFont regular, PDFont bold, PDFont italic) {
        PDFont of(Emphasis.Run r) { return r.bold() ? bold : r.italic() ? italic : regular; }
    }

    private static PDFont load(PDDocument doc, String name) throws IOException {
        try (InputStream in = HandoutExport.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) throw new IOException("missing font resource atlas/story/fonts/" + name);
            return PDType0Font.load(doc, in, true);
        }
    }

    private void page(PDDocument doc, Fonts f, Story story, int i) throws Exception {
        Stop stop = story.stop(i);
        PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        PDPage page = new PDPage(size);
        doc.addPage(page);
        float w = size.getWidth(), h = size.getHeight();
        int imgW = 1000, imgH = 640;
        BufferedImage img = renderer.render(stop, imgW, imgH);
        PDImageXObject x = LosslessFactory.createFromImage(doc, img);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = h - MARGIN;
            text(cs, f.regular, 9, MARGIN, y - 9, story.title() + "  ·  stop " + (i + 1) + " of " + story.size());
            y -= 30;
            List<String> titleLines = wrap(List.of(new Emphasis.Run(stop.title(), true, false)), f, 18, w - 2 * MARGIN)
                    .stream().map(l -> l.stream().map(Emphasis.Run::text).reduce("", String::concat)).toList();
            for (String t : titleLines) {
                text(cs, f.bold, 18, MARGIN, y - 18, t);
                y -= 23;
            }
            cs.setNonStrokingColor(0.54f, 0.23f, 0.07f);
            text(cs, f.bold, 12, MARGIN, y - 12, CaptionPanel.dateLabel(stop));
            cs.setNonStrokingColor(0f, 0f, 0f);
            y -= 22;
            float imgHpt = IMAGE_W * imgH / imgW;
            float imgTop = y;
            cs.drawImage(x, MARGIN, imgTop - imgHpt, IMAGE_W, imgHpt);
            float colX = MARGIN + IMAGE_W + 18, colW = w - MARGIN - colX;
            float ty = imgTop;
            for (String para : stop.text().split("\n")) {
                for (List<Emphasis.Run> line : wrap(Emphasis.parse(para), f, 11, colW)) {
                    float lx = colX;
                    for (Emphasis.Run r : line) {
                        text(cs, f.of(r), 11, lx, ty - 11, r.text());
                        lx += width(f.of(r), 11, r.text());
                    }
                    ty -= 15;
                }
                ty -= 5;
            }
            float sy = Math.min(ty, imgTop - imgHpt) - 18;
            List<String> src = CaptionPanel.sourceLines(stop, dataset);
            if (!src.isEmpty()) {
                text(cs, f.bold, 9, MARGIN, sy - 9, "Sources");
                sy -= 13;
                for (String s : src) {
                    for (List<Emphasis.Run> line : wrap(List.of(new Emphasis.Run("• " + s, false, false)), f, 8, w - 2 * MARGIN)) {
                        if (sy < MARGIN) break;
                        text(cs, f.regular, 8, MARGIN, sy - 8, line.stream().map(Emphasis.Run::text).reduce("", String::concat));
                        sy -= 11;
                    }
                }
            }
            text(cs, f.regular, 7, MARGIN, MARGIN / 2, "Corridor Atlas · map: offline atlas; place names as used by each side, e.g. Berdzor / Lachin");
        }
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
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static float width(PDFont font, float size, String s) throws IOException {
        return font.getStringWidth(printable(font, s)) / 1000 * size;
    }

    /** Computes lines of runs no wider than {@code maxW} points, breaking at spaces (long words are split). */
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
                while (ww > maxW && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(font, size, word.substring(0, cut)) > maxW) cut--;
                    line.add(new Emphasis.Run(word.substring(0, cut), r.bold(), r.italic()));
                    lines.add(line);
                    line = new ArrayList<>();
                    word = word.substring(cut);
                    ww = width(font, size, word);
                }
                line.add(new Emphasis.Run(word, r.bold(), r.italic()));
                lw += ww;
            }
        }
        if (!line.isEmpty()) lines.add(line);
        return lines;
    }
}
