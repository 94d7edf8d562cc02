package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Dataset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {
    @TempDir Path dir;

    private Datasets loadedWithSample() throws IOException {
        Path good = dir.resolve("good.atlas.json");
        try (InputStream in = getClass().getResourceAsStream("/atlas/io/sample.atlas.json")) {
            Files.copy(in, good);
        }
        Datasets service = new Datasets();
        assertTrue(service.load(good).isLoaded());
        return service;
    }

    /** Checks that loading a broken corpus file through the service fails and keeps the current dataset. */
    private void checkRejectedKeepsCurrent(String broken) throws IOException {
        // given:
        Datasets service = loadedWithSample();
        Dataset before = service.current();
        Path file = dir.resolve(broken);
        try (InputStream in = getClass().getResourceAsStream("/broken/" + broken)) {
            Files.copy(in, file);
        }
        // when:
        LoadResult r = service.load(file);
        // then:
        assertFalse(r.isLoaded());
        assertTrue(r.problems().stream().allMatch(p -> p.file().equals(broken) && p.line() > 0), r.problems()::toString);
        assertSame(before, service.current());
    }

    @Test void truncated_file_keeps_current_dataset() throws IOException { checkRejectedKeepsCurrent("truncated.json"); }
    @Test void wrong_types_keep_current_dataset() throws IOException { checkRejectedKeepsCurrent("wrong-types.json"); }
    @Test void bad_dates_keep_current_dataset() throws IOException { checkRejectedKeepsCurrent("bad-dates.json"); }
    @Test void end_before_start_keeps_current_dataset() throws IOException { checkRejectedKeepsCurrent("end-before-start.json"); }
    @Test void out_of_range_keeps_current_dataset() throws IOException { checkRejectedKeepsCurrent("out-of-range.json"); }
    @Test void unknown_place_keeps_current_dataset() throws IOException { checkRejectedKeepsCurrent("unknown-place.json"); }
    @Test void missing_sources_keep_current_dataset() throws IOException { checkRejectedKeepsCurrent("missing-sources.json"); }
    @Test void duplicate_ids_keep_current_dataset() throws IOException { checkRejectedKeepsCurrent("duplicate-ids.json"); }
    @Test void unknown_enums_keep_current_dataset() throws IOException { checkRejectedKeepsCurrent("unknown-enums.json"); }
    @Test void not_json_keeps_current_dataset() throws IOException { checkRejectedKeepsCurrent("not-json.json"); }

    @Test void missing_file_is_a_problem_not_an_exception() throws IOException {
        Datasets service = loadedWithSample();
        Dataset before = service.current();
        LoadResult r = service.load(dir.resolve("nope.json"));
        assertEquals("nope.json: no such file: " + dir.resolve("nope.json"), r.problems().get(0).toString());
        assertSame(before, service.current());
    }

    @Test void fifty_megabyte_file_with_one_bad_date_near_its_end_is_rejected_with_its_line() throws IOException {
        // given: ~50 MB of valid events, then one impossible date
        Datasets service = loadedWithSample();
        Dataset before = service.current();
        Path big = dir.resolve("big.atlas.json");
        int lines = 0;
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("{\"type\": \"FeatureCollection\", \"version\": 1, \"title\": \"Big\", \"features\": [\n");
            lines++;
            String pad = "x".repeat(1200);
            long written = 0;
            int i = 0;
            while (written < 50_000_000L) {
                String line = "{\"type\": \"Feature\", \"id\": \"e" + i + "\", \"featureType\": \"Event\", \"time\": {\"date\": \"2022-08-03\"},"
                        + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [46.7, 39.8]}, \"properties\": {\"title\": \"Event " + i
                        + "\", \"summary\": \"" + pad + "\", \"category\": \"clash\", \"sources\": [{\"title\": \"Synthetic\"}]}},\n";
                w.write(line);
                written += line.length();
                lines++;
                i++;
            }
            w.write("{\"type\": \"Feature\", \"id\": \"bad\", \"featureType\": \"Event\", \"time\": {\"date\": \"2022-02-30\"},"
                    + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [46.7, 39.8]}, \"properties\": {\"title\": \"Bad\","
                    + " \"summary\": \"\", \"category\": \"clash\", \"sources\": [{\"title\": \"Synthetic\"}]}}\n]}\n");
            lines++;
        }
        assertTrue(Files.size(big) > 50_000_000L);
        // when:
        LoadResult r = service.load(big);
        // then:
        assertEquals(1, r.problems().size(), () -> r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals(lines, p.line());
        assertTrue(p.message().startsWith("bad date \"2022-02-30\""), p::toString);
        assertSame(before, service.current());
    }

    @Test void file_over_a_set_size_limit_is_rejected_before_parsing() throws IOException {
        // given: a sparse 65 MiB file (no disk space used) and a 64 MiB limit
        Datasets service = new Datasets(loadedWithSample().current(), new DatasetReader(64L << 20));
        Dataset before = service.current();
        Path huge = dir.resolve("huge.atlas.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(65L << 20);
        }
        // when:
        LoadResult r = service.load(huge);
        // then:
        assertEquals("huge.atlas.json: the file is larger than 64 MiB (expected a dataset of at most 67108864 bytes)",
                r.problems().get(0).toString());
        assertSame(before, service.current());
    }

    @Test void file_of_zero_bytes_without_a_limit_is_refused_at_its_first_byte() throws IOException {
        // given: a sparse 65 MiB file of zero bytes, no size limit
        Datasets service = loadedWithSample();
        Dataset before = service.current();
        Path huge = dir.resolve("zeros.atlas.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(65L << 20);
        }
        // when:
        LoadResult r = service.load(huge);
        // then: refused where it goes wrong, not read whole
        assertEquals(1, r.problems().get(0).line(), r.problems()::toString);
        assertSame(before, service.current());
    }
}
