package atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCommandsTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        return Cli.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path copy(String resource, String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test void validate_prints_each_problem_with_line_and_column_and_exits_1() throws Exception {
        Path f = copy("/broken/bad-dates.json", "bad-dates.json");
        assertEquals(1, run("--validate", f.toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("bad-dates.json:8:23: features[1].time.date: bad date \"2022-02-30\""), e);
        assertTrue(e.contains("3 problems: bad-dates.json rejected"), e);
    }

    @Test void validate_prints_a_summary_of_a_valid_file_and_exits_0() throws Exception {
        Path f = copy("/atlas/io/sample.atlas.json", "sample.atlas.json");
        assertEquals(0, run("--validate", f.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("4 places (3 named differently by the sides), 4 events"), out::toString);
    }

    @Test void generated_events_validate() {
        Path f = dir.resolve("syn.atlas.json");
        assertEquals(0, run("--generate-events", "500", "--out", f.toString(), "--seed", "3"));
        assertEquals(0, run("--validate", f.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("500 events"), out::toString);
    }

    @Test void export_events_keeps_those_overlapping_the_dates() throws Exception {
        Path data = copy("/atlas/io/sample.atlas.json", "sample.atlas.json");
        Path f = dir.resolve("aug.geojson");
        assertEquals(0, run("--export-events", f.toString(), "--from", "2022-08", "--to", "2022-08", "--dataset", data.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("aug.geojson: 1 event"), out::toString);
        assertTrue(Files.readString(f).contains("\"id\": \"ev-clashes-2022\""));
    }

    @Test void bad_date_option_is_a_usage_error() {
        assertEquals(2, run("--export-events", dir.resolve("x.geojson").toString(), "--from", "2022-13"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--from expects yyyy, yyyy-mm or yyyy-mm-dd"));
    }
}
