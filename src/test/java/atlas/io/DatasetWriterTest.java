package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import atlas.model.Dataset;
import atlas.model.EventDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {
    @TempDir Path dir;

    @Test void sample_round_trips_exactly() throws Exception {
        // given:
        Dataset d = DatasetReaderTest.sample();
        Path file = dir.resolve("round.atlas.json");
        // when:
        new DatasetWriter().write(d, file);
        Dataset back = new DatasetReader().read(file);
        // then:
        assertEquals(d, back);
        assertEquals(new DatasetWriter().toJson(d), Files.readString(file));
    }

    @Test void summer_timestamp_round_trips_with_its_local_time() throws Exception {
        Dataset d = DatasetReaderTest.sample();
        var e = d.events().get(0);
        var summer = new atlas.model.TimedEvent(e.id(), new EventDate(LocalDate.of(2008, 7, 1), atlas.model.DatePrecision.DAY,
                LocalTime.of(14, 30)), null, e.title(), e.summary(), e.category(), e.placeId(), e.point(), e.sources(), e.accounts());
        Dataset changed = d.withEvents(List.of(summer));
        String json = new DatasetWriter().toJson(changed);
        assertEquals(changed, new DatasetReader().readString(json, "t.json"));
        assertEquals(true, json.contains("\"2008-07-01T14:30:00+05:00\""), json);
    }

    @Test void writing_replaces_the_file_and_leaves_no_temporary_file() throws Exception {
        // given:
        Path file = dir.resolve("data.atlas.json");
        Files.writeString(file, "old");
        // when:
        new DatasetWriter().write(DatasetReaderTest.sample(), file);
        // then:
        assertEquals(DatasetReaderTest.sample(), new DatasetReader().read(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test void failed_write_keeps_the_previous_file() throws Exception {
        // given: a target that is a non-empty directory cannot be replaced
        Path target = dir.resolve("occupied");
        Files.createDirectories(target.resolve("child"));
        // when / then:
        assertThrows(IOException.class, () -> new DatasetWriter().write(DatasetReaderTest.sample(), target));
        assertEquals(true, Files.isDirectory(target.resolve("child")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }
}
