package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Dataset;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsExporterTest {
    @Test void exports_each_event_as_a_geojson_point_with_its_properties(@TempDir Path dir) throws Exception {
        // given:
        Dataset d = DatasetReaderTest.sample();
        Path file = dir.resolve("events.geojson");
        // when:
        new EventsExporter().export(d, d.events(), file);
        // then:
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals("FeatureCollection", root.get("type").asText());
        assertEquals(4, root.get("features").size());
        JsonNode clash = root.get("features").get(2);
        assertEquals("Point", clash.at("/geometry/type").asText());
        assertEquals(46.54611, clash.at("/geometry/coordinates/0").asDouble());
        JsonNode p = clash.get("properties");
        assertEquals("ev-clashes-2022", p.get("id").asText());
        assertEquals("2022-08-01", p.get("start").asText());
        assertEquals("2022-08-04", p.get("end").asText());
        assertEquals("clash", p.get("category").asText());
        assertEquals("lachin", p.get("place").asText());
        assertEquals("Berdzor", p.at("/names/hy_usage").asText());
        assertEquals("Lachin", p.at("/names/az_usage").asText());
        assertEquals("Reuters", p.at("/sources/0/publisher").asText());
        JsonNode month = root.get("features").get(1).get("properties");
        assertEquals("1989-08", month.get("start").asText());
        assertTrue(month.get("end").isNull());
        assertTrue(root.get("features").get(0).get("properties").get("names").isNull());
    }
}
