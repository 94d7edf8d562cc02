package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.Datasets;
import atlas.geo.PixelXY;
import atlas.geo.Viewport;
import atlas.model.Dataset;
import atlas.model.Drawing;
import atlas.model.LatLon;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.ui.HeadlessFx;
import atlas.ui.AtlasApp;
import atlas.ui.MapResources;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slides and handout of a shipped story, rendered with the snapshot renderer. */
@Tag("ui")
class StoryExportTest {
    private static MapResources res;
    private static Dataset dataset;
    @TempDir Path dir;

    @BeforeAll
    static void start() throws Exception {
        HeadlessFx.start(1000, 640);
        res = AtlasApp.preload().join();
        dataset = Datasets.loadShipped();
    }

    @Test
    void slides_are_not_blank_and_differ_from_stop_to_stop() throws Exception {
        // given
        Story story = ShippedStories.load("stories/lachin-corridor-2020-2023.story.json");
        // when
        List<Path> files = new SlideExport(new SnapshotStopRenderer(res, dataset, 60), 960, 600).export(story, dir.resolve("slides"));
        // then
        assertEquals(story.size(), files.size());
        assertEquals("01-a-corridor-under-russian-peacekeepers.png", files.get(0).getFileName().toString());
        BufferedImage previous = null;
        for (Path f : files) {
            BufferedImage img = ImageIO.read(f.toFile());
            assertEquals(960, img.getWidth());
            assertTrue(colours(img) > 50, f + " looks blank: " + colours(img) + " colours");
            if (previous != null) assertTrue(differingPixels(previous, img) > 0.05, f + " is almost the same as the slide before");
            previous = img;
        }
    }

    @Test
    void the_handout_parses_back_with_one_page_per_stop() throws Exception {
        // given
        Story whole = ShippedStories.load("stories/august-2022-escalation.story.json");
        Story story = whole.withStops(whole.stops().subList(2, 5));
        Path pdf = dir.resolve("handout.pdf");
        // when
        new HandoutExport(new SnapshotStopRenderer(res, dataset, 60), dataset).export(story, pdf);
        // then
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(story.size(), doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Berdzor / Lachin, Aghavno / Zabukh and Sus change hands"), text);
            assertTrue(text.contains("Sources"), text);
            assertTrue(text.contains("https://news.am/eng/news/714886.html"), "sources of the highlighted events are printed");
            assertEquals("The August 2022 escalation", doc.getDocumentInformation().getTitle());
        }
    }

    /** A stop with a pen ring around the Hakari bridge checkpoint and an arrow, drawn at the stop's zoom. */
    private static Stop drawnStop() {
        List<LatLon> ring = new java.util.ArrayList<>();
        for (int a = 0; a <= 24; a++) ring.add(LatLon.of(39.555 + 0.006 * Math.sin(a * Math.PI / 12), 46.545 + 0.0078 * Math.cos(a * Math.PI / 12)));
        return new Stop("The checkpoint", "", LocalDate.of(2023, 4, 23), null, LatLon.of(39.56, 46.56), 12,
                List.of("corridor"), List.of(), "", List.of(), List.of(
                        Drawing.stroke(Drawing.Tool.PEN, ring, "#d62d20", 12),
                        Drawing.stroke(Drawing.Tool.ARROW, List.of(LatLon.of(39.585, 46.6), LatLon.of(39.562, 46.556)), "#1f5fbf", 12)));
    }

    @Test
    void slides_and_the_handout_show_a_stop_s_drawings_where_they_are_anchored() throws Exception {
        // given
        Stop stop = drawnStop();
        Story story = new Story("Drawn", "", List.of(stop));
        Viewport view = new Viewport(stop.center(), stop.zoom(), 960, 600);
        PixelXY east = view.toScreen(LatLon.of(39.555, 46.545 + 0.0078));
        // when
        Path slide = new SlideExport(new SnapshotStopRenderer(res, dataset, 60), 960, 600).export(story, dir.resolve("s")).get(0);
        Path pdf = dir.resolve("drawn.pdf");
        new HandoutExport(new SnapshotStopRenderer(res, dataset, 60), dataset).export(story, pdf);
        // then: the slide has the pen's red at the ring's east end
        BufferedImage img = ImageIO.read(slide.toFile());
        assertTrue(isNear(img.getRGB((int) Math.round(east.x()), (int) Math.round(east.y())), 0xd62d20),
                String.format("slide pixel %06x", img.getRGB((int) east.x(), (int) east.y()) & 0xffffff));
        // and: the handout's page has it too, drawn over the map image (placed at 36 pt, 500 pt wide, for 1000 px)
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Viewport printed = new Viewport(stop.center(), stop.zoom(), 1000, 640);
            PixelXY p = printed.toScreen(LatLon.of(39.555, 46.545 + 0.0078));
            BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 144);
            double scale = 144 / 72.0, imgTopPt = findMapTop(doc);
            int px = (int) Math.round((36 + p.x() * 0.5) * scale), py = (int) Math.round((imgTopPt + p.y() * 0.5) * scale);
            assertTrue(isNear(page.getRGB(px, py), 0xd62d20), String.format("page pixel %06x at %d,%d", page.getRGB(px, py) & 0xffffff, px, py));
            // the drawings are vectors: the embedded map image itself has no red ring there
            BufferedImage map = firstImage(doc);
            assertTrue(!isNear(map.getRGB((int) Math.round(p.x()), (int) Math.round(p.y())), 0xd62d20), "the ring is not in the raster");
        }
    }

    @Test
    void a_comparison_stop_s_slide_shows_date_a_left_of_the_divider_and_its_own_date_right() throws Exception {
        // given: the corridor in 2021 (green, open) and 2023 (under checkpoint), and the same stop with one date
        Stop one = Stop.at("Lachin", java.time.LocalDate.of(2023, 6, 1), LatLon.of(39.6, 46.52), 11);
        Stop cmp = one.withCompareDate(java.time.LocalDate.of(2021, 6, 1));
        SnapshotStopRenderer r = new SnapshotStopRenderer(res, dataset, 60);
        // when
        BufferedImage plain = r.render(one, 800, 500), split = r.render(cmp, 800, 500);
        // then: right of the divider (and clear of B's date label) the slide is the one-date map; left of it, 2021's
        assertEquals(0, differing(plain, split, 560, 800), "the right third is date B as it is");
        assertTrue(differing(plain, split, 0, 380) > 500, "the left half is another date: " + differing(plain, split, 0, 380));
    }

    /** Counts the pixels that differ between two images of one size, in the columns {@code [x0, x1)}. */
    private static int differing(BufferedImage a, BufferedImage b, int x0, int x1) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) for (int x = x0; x < x1; x++) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        return n;
    }

    /** Gets the distance in points from the page top to the map image's top (the image is the first one drawn). */
    private static double findMapTop(PDDocument doc) throws java.io.IOException {
        double[] top = {Double.NaN};
        new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(doc.getPage(0)) {
            @Override public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage pdImage) {
                if (Double.isNaN(top[0])) {
                    var m = getGraphicsState().getCurrentTransformationMatrix();
                    top[0] = doc.getPage(0).getMediaBox().getHeight() - (m.getTranslateY() + m.getScalingFactorY());
                }
            }
            @Override public void appendRectangle(java.awt.geom.Point2D a, java.awt.geom.Point2D b, java.awt.geom.Point2D c, java.awt.geom.Point2D d) { }
            @Override public void clip(int windingRule) { }
            @Override public void moveTo(float x, float y) { }
            @Override public void lineTo(float x, float y) { }
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
            @Override public java.awt.geom.Point2D getCurrentPoint() { return new java.awt.geom.Point2D.Float(); }
            @Override public void closePath() { }
            @Override public void endPath() { }
            @Override public void strokePath() { }
            @Override public void fillPath(int windingRule) { }
            @Override public void fillAndStrokePath(int windingRule) { }
            @Override public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) { }
            { processPage(doc.getPage(0)); }
        };
        return top[0];
    }

    private static BufferedImage firstImage(PDDocument doc) throws java.io.IOException {
        var res = doc.getPage(0).getResources();
        for (var name : res.getXObjectNames())
            if (res.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject x) return x.getImage();
        throw new AssertionError("no image on the page");
    }

    private static boolean isNear(int argb, int rgb) {
        int r = argb >> 16 & 0xff, g = argb >> 8 & 0xff, b = argb & 0xff;
        return Math.abs(r - (rgb >> 16 & 0xff)) < 30 && Math.abs(g - (rgb >> 8 & 0xff)) < 30 && Math.abs(b - (rgb & 0xff)) < 30;
    }

    private static int colours(BufferedImage img) {
        Set<Integer> c = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 4) for (int x = 0; x < img.getWidth(); x += 4) c.add(img.getRGB(x, y));
        return c.size();
    }

    private static double differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0, diff = 0;
        for (int y = 0; y < a.getHeight(); y += 2) for (int x = 0; x < a.getWidth(); x += 2) {
            n++;
            if (a.getRGB(x, y) != b.getRGB(x, y)) diff++;
        }
        return (double) diff / n;
    }
}
