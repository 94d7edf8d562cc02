package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken inputs, generated at run time (never committed): each is refused quickly with a located
 * message, never an out-of-memory error or a stack trace, and nothing of it is kept.
 */
class HostileInputsTest {
    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static ImportResult rejected(Path p) {
        long t0 = System.nanoTime();
        ImportResult r = Imports.read(p);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(ImportResult.Outcome.REJECTED, r.outcome(), () -> r.problems().toString());
        assertFalse(r.problems().isEmpty());
        assertTrue(ms < 30_000, "took " + ms + " ms");
        return r;
    }

    private static String last(ImportResult r) { return r.problems().get(r.problems().size() - 1).toString(); }

    @Test void millions_of_tiny_features_are_refused_without_running_out_of_memory() throws IOException {
        // given: 66 MB of "features":[1,1,1,...] (33 million tiny features)
        Path p = dir.resolve("tiny.atlas.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
            out.write("{\"type\":\"FeatureCollection\",\"version\":1,\"features\":[1".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ",1".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < (33_000_000 >> 16); i++) out.write(chunk);
            out.write("]}".getBytes(StandardCharsets.US_ASCII));
        }
        // when
        ImportResult r = rejected(p);
        // then: the problems list is capped and the reading stopped early
        assertTrue(r.problems().size() <= ImportCollector.MAX_KEPT + 1);
        assertTrue(last(r).contains("too many problems"), last(r));
        assertEquals("tiny.atlas.json:1:53: features[0]: expected a GeoJSON Feature object, found the number 1", r.problems().get(0).toString());
    }

    @Test void deep_nesting_is_refused_at_its_place_with_a_short_path() throws IOException {
        Path p = write("deep.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"a\":"
                + "[".repeat(100_000) + "]".repeat(100_000) + "}}]}");
        ImportResult r = rejected(p);
        Problem pr = r.problems().get(r.problems().size() - 1);
        assertEquals(1, pr.line());
        assertTrue(pr.column() > 1000, pr::toString);
        assertTrue(pr.path().length() < 300, pr::toString);
        assertTrue(pr.message().contains("nests deeper"), pr::toString);
        assertReadable(pr);
    }

    /** A limit's message says the limit in words and in figures, with nothing of Jackson's own wording left. */
    private static void assertReadable(Problem pr) {
        String m = pr.message();
        assertFalse(m.contains("StreamReadConstraints") || m.contains(",)") || m.contains(", )"), m);
        assertEquals(m.chars().filter(c -> c == '(').count(), m.chars().filter(c -> c == ')').count(), "balanced: " + m);
    }

    @Test void a_two_thousand_digit_number_is_refused_at_its_place() throws IOException {
        Path p = write("number.atlas.json", "{\"type\":\"FeatureCollection\",\"version\":1,\n\"features\":[{\"type\":\"Feature\",\"id\":"
                + "1".repeat(2000) + "}]}");
        Problem pr = rejected(p).problems().get(0);
        assertEquals(2, pr.line(), pr::toString);
        assertTrue(pr.column() > 1, pr::toString);
        assertTrue(pr.message().contains("digits"), pr::toString);
        assertReadable(pr);
    }

    @Test void a_hundred_thousand_character_key_is_refused_at_its_place() throws IOException {
        Path p = write("key.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[{\"" + "k".repeat(100_000) + "\":1}]}");
        Problem pr = rejected(p).problems().get(0);
        assertEquals(2, pr.line(), pr::toString);
        assertTrue(pr.message().contains("member name"), pr::toString);
        assertTrue(pr.toString().length() < 500, pr::toString);
        assertReadable(pr);
    }

    @Test void invalid_utf8_is_refused_with_its_position_in_every_text_format() throws IOException {
        byte[] bad = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        for (String[] f : new String[][] {
                {"bad.atlas.json", "{\"type\":\"FeatureCollection\",\"version\":1,\n\"title\":\"", "\",\"features\":[]}"},
                {"bad.kml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml><Document><name>", "</name></Document></kml>"},
                {"bad.csv", String.join(",", AcledCsvReader.COLUMNS) + "\nX", ",2022-01-01\n"},
                {"bad.storymap.json", "{\"storymap\":{\"slides\":[\n{\"text\":{\"headline\":\"", "\"}}]}}"}}) {
            Path p = dir.resolve(f[0]);
            try (OutputStream out = Files.newOutputStream(p)) {
                out.write(f[1].getBytes(StandardCharsets.UTF_8));
                out.write(bad);
                out.write(f[2].getBytes(StandardCharsets.UTF_8));
            }
            Problem pr = rejected(p).problems().get(0);
            assertEquals(2, pr.line(), pr::toString);
            assertTrue(pr.message().contains("encoded surrogate"), pr::toString);
        }
    }

    @Test void a_utf8_bom_is_tolerated_and_utf16_is_refused() throws IOException {
        Path bom = dir.resolve("bom.geojson");
        Files.write(bom, ("\uFEFF{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null,"
                + "\"properties\":{\"date\":\"2020-01-01\",\"name\":\"x\"}}]}").getBytes(StandardCharsets.UTF_8));
        ImportResult ok = Imports.read(bom);
        assertTrue(ok.isClean(), () -> ok.outcome() + " " + ok.problems());
        Path utf16 = dir.resolve("utf16.geojson");
        Files.write(utf16, "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(StandardCharsets.UTF_16));
        assertTrue(rejected(utf16).problems().get(0).message().contains("UTF-16"));
    }

    @Test void kml_with_external_entities_is_refused_and_reads_no_file() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET");
        Path p = write("xxe.kml", "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<kml><Document><Placemark><name>&xxe;</name><TimeStamp><when>2020</when></TimeStamp></Placemark></Document></kml>");
        ImportResult r = rejected(p);
        assertFalse(r.problems().toString().contains("TOP-SECRET"));
        assertTrue(r.problems().get(0).line() > 0, r.problems()::toString);
    }

    @Test void billion_laughs_is_refused_quickly() throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        Path p = write("laughs.kml", dtd + "]>\n<kml><Document><name>&lol9;</name></Document></kml>");
        rejected(p);
    }

    @Test void a_zip_bomb_kmz_is_refused_by_its_compression_ratio() throws IOException {
        Path p = dir.resolve("bomb.kmz");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            z.putNextEntry(new ZipEntry("doc.kml"));
            z.write("<kml><Document><name>".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 300; i++) z.write(spaces);
            z.write("</name></Document></kml>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertTrue(Files.size(p) < 2_000_000);
        assertTrue(last(rejected(p)).contains("zip bomb"));
    }

    @Test void a_two_gigabyte_file_of_zeros_is_refused_at_its_first_byte() throws IOException {
        for (String name : new String[] {"huge.atlas.json", "huge.csv", "huge.kml"}) {
            Path p = dir.resolve(name);
            try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                f.setLength(2L << 30);
            }
            ImportResult r = rejected(p);
            assertTrue(r.problems().get(0).message().contains("not a format") || r.problems().get(0).line() == 1, r.problems()::toString);
            Files.delete(p);
        }
    }

    @Test void a_directory_a_fifo_and_a_missing_file_say_what_they_are() throws Exception {
        assertTrue(last(rejected(dir)).contains("is a directory"));
        assertTrue(last(rejected(dir.resolve("nothing.kml"))).contains("no such file"));
        Path fifo = dir.resolve("pipe.kml");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0);
        assertTrue(last(rejected(fifo)).contains("named pipe"));
    }

    @Test void many_bad_rows_among_good_ones_keep_the_good_ones_and_a_capped_list() throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", AcledCsvReader.COLUMNS)).append('\n');
        for (int i = 0; i < 6000; i++) {
            String date = i % 3 == 0 ? "2022-02-30" : "2022-02-0" + (1 + i % 9);
            csv.append("X").append(i).append(',').append(date).append(",2022,1,Political violence,Battles,Armed clash,A,,1,B,,1,11,,999,R,C,a1,a2,,Loc,39.5,46.5,1,Src,National,notes,0,,1\n");
        }
        ImportResult r = Imports.read(write("many.csv", csv.toString()));
        assertEquals(ImportResult.Outcome.PARTIAL, r.outcome());
        assertEquals(4000, r.dataset().events().size());
        assertEquals(2000, r.skipped());
        assertEquals(2000, r.problemCount());
        assertEquals(ImportCollector.MAX_KEPT, r.problems().size());
    }

    @Test void a_cancelled_import_keeps_nothing() throws IOException {
        Path p = dir.resolve("big.csv");
        SyntheticAcled.write(p, 20_000, 3);
        AtomicBoolean cancel = new AtomicBoolean(true);
        ImportResult r = Imports.read(p, ImportListener.NONE, cancel::get);
        assertEquals(ImportResult.Outcome.CANCELLED, r.outcome());
        assertEquals(null, r.dataset());
    }

    @Test void the_story_reader_follows_the_same_text_policy_and_locates_parser_limits() throws IOException {
        Path bad = dir.resolve("bad.story.json");
        try (OutputStream out = Files.newOutputStream(bad)) {
            out.write("{\"format\": \"corridor-atlas-story\",\n\"title\": \"".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
            out.write("\"}".getBytes(StandardCharsets.UTF_8));
        }
        StoryFormatException e = org.junit.jupiter.api.Assertions.assertThrows(StoryFormatException.class,
                () -> new StoryReader().read(bad));
        assertEquals(2, e.problems().get(0).line(), e::getMessage);
        assertTrue(e.problems().get(0).message().contains("encoded surrogate"), e::getMessage);
        Path deep = write("deep.story.json", "{\"stops\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        StoryFormatException d = org.junit.jupiter.api.Assertions.assertThrows(StoryFormatException.class,
                () -> new StoryReader().read(deep));
        StoryProblem p = d.problems().get(0);
        assertEquals(1, p.line(), d::getMessage);
        assertTrue(p.column() > 1000, d::getMessage);
        assertTrue(p.path().length() < 300, d::getMessage);
    }
}
