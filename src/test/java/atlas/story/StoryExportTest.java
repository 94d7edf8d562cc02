package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.Assets;
import atlas.io.Datasets;
import atlas.model.Dataset;
import atlas.model.Story;
import atlas.ui.HeadlessFx;
import atlas.ui.MapResources;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
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
        res = MapResources.load(Assets.standard());
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
