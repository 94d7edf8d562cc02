package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Dataset;
import atlas.model.LatLon;
import atlas.model.Stop;
import atlas.model.Story;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handout's layout and limits, with a plain renderer (no toolkit): long words, many stops, no stops, cancel. */
class HandoutExportTest {
    /** Paints each stop in a colour from its zoom, so equal stops give equal maps. */
    private static final StopRenderer PLAIN = (stop, w, h) -> {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        g.setColor(new Color(Color.HSBtoRGB((float) (stop.zoom() / 20), 0.4f, 0.9f)));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    };
    @TempDir Path dir;

    @Test
    void a_ten_thousand_character_word_wraps_in_lines_that_fit_and_keeps_every_character() throws Exception {
        // given
        String word = "w".repeat(10_000);
        try (PDDocument doc = new PDDocument()) {
            var f = new HandoutExport.Fonts(font(doc, "DejaVuSans.ttf"), font(doc, "DejaVuSans-Bold.ttf"), font(doc, "DejaVuSans-Oblique.ttf"));
            // when (a guard against the old quadratic wrap, which never ended on this input)
            List<List<Emphasis.Run>> lines = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> HandoutExport.wrap(List.of(new Emphasis.Run("say " + word + " end", true, false)), f, 11, 250));
            // then
            StringBuilder all = new StringBuilder();
            for (List<Emphasis.Run> line : lines) {
                float width = 0;
                for (Emphasis.Run r : line) {
                    width += f.bold().getStringWidth(r.text()) / 1000 * 11;
                    all.append(r.text());
                }
                assertTrue(width <= 250.01, "line of " + width + " pt");
            }
            assertEquals("say " + word + " end", all.toString());
            assertTrue(lines.size() > 30, lines.size() + " lines");
        }
    }

    @Test
    void long_caption_continues_on_pages_of_its_own() throws Exception {
        Story story = new Story("Long", "", List.of(stop("x".repeat(3000), "**" + "q".repeat(10_000) + "** " + "word ".repeat(3000), 9)));
        Path pdf = dir.resolve("long.pdf");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new HandoutExport(PLAIN, Dataset.empty()).export(story, pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() > 1, doc.getNumberOfPages() + " pages");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertEquals(10_000, text.chars().filter(c -> c == 'q').count(), "every character of the long word is printed");
            assertEquals(3000, text.split("word", -1).length - 1, "and every word after it");
            assertTrue(text.contains("Long·stop1of1(continued)"), "continuation pages say so");
        }
    }

    @Test
    void a_story_without_stops_is_refused_and_nothing_is_written() {
        Path pdf = dir.resolve("empty.pdf");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HandoutExport(PLAIN, Dataset.empty()).export(Story.titled("Empty"), pdf));
        assertTrue(e.getMessage().contains("no stops"), e.getMessage());
        assertFalse(Files.exists(pdf));
        assertThrows(IllegalArgumentException.class, () -> new SlideExport(PLAIN, 100, 100).export(Story.titled("Empty"), dir.resolve("s")));
    }

    @Test
    void many_stops_give_one_page_each_with_progress_and_equal_maps_stored_once() throws Exception {
        // given: 120 stops on 3 views
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < 120; i++) stops.add(stop("Stop " + i, "Text of stop " + i + ".", 8 + i % 3));
        Story story = new Story("Many", "", stops);
        List<Integer> seen = new ArrayList<>();
        Path pdf = dir.resolve("many.pdf");
        // when
        new HandoutExport(PLAIN, Dataset.empty()).export(story, pdf, (done, total) -> seen.add(done));
        // then
        assertEquals(121, seen.size());
        assertEquals(120, seen.get(120));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(120, doc.getNumberOfPages());
        }
        assertTrue(Files.size(pdf) < 3_000_000, "3 distinct maps stored once each: " + Files.size(pdf) + " bytes");
    }

    @Test
    void a_cancelled_export_leaves_the_old_file() throws Exception {
        Path pdf = dir.resolve("h.pdf");
        Files.writeString(pdf, "old");
        Story story = new Story("S", "", List.of(stop("a", "b", 9), stop("c", "d", 9)));
        ExportProgress cancelAfterOne = new ExportProgress() {
            int done;
            @Override public void stopsDone(int d, int total) { done = d; }
            @Override public boolean isCancelled() { return done >= 1; }
        };
        assertThrows(CancellationException.class, () -> new HandoutExport(PLAIN, Dataset.empty()).export(story, pdf, cancelAfterOne));
        assertEquals("old", Files.readString(pdf));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left");
        }
    }

    private static Stop stop(String title, String text, double zoom) {
        return new Stop(title, text, LocalDate.of(2022, 8, 26), null, new LatLon(39.64, 46.55), zoom, null, List.of(), "", List.of());
    }

    private static PDType0Font font(PDDocument doc, String name) throws Exception {
        try (var in = HandoutExport.class.getResourceAsStream("/atlas/fonts/" + name)) {
            return PDType0Font.load(doc, in, true);
        }
    }
}
