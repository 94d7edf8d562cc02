package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.cli.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerExportWriterTest {
    @TempDir Path dir;

    @Test
    void export_layers_writes_the_features_of_the_day_as_geojson(){
        // given
        Path out = dir.resolve("corridor-2022-09-15.geojson");
        ByteArrayOutputStream so = new ByteArrayOutputStream(), se = new ByteArrayOutputStream();
        // when
        int rc = Cli.run(new String[] {"--export-layers", "--date", "2022-09-15", out.toString()},
                new PrintStream(so, true, StandardCharsets.UTF_8), new PrintStream(se, true, StandardCharsets.UTF_8));
        // then
        assertEquals(0, rc, se.toString(StandardCharsets.UTF_8));
        JsonNode root = read(out);
        assertEquals("FeatureCollection", root.get("type").asText());
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode f : root.get("features")) byId.put(f.get("id").asText(), f);
        assertEquals(java.util.Set.of("tf-corridor-phase2-open", "tf-corridor-phase2-open-band", "tf-temporary-link",
                "tf-pk-hq-stepanakert", "tf-pk-op8-shosh", "tf-pk-op13-martuni", "tf-pk-op23-dadivank", "tf-pk-op1-hakari"), byId.keySet());
        JsonNode route = byId.get("tf-corridor-phase2-open").get("properties");
        assertEquals("corridor-route", route.get("kind").asText());
        assertEquals("2022-08-30", route.get("valid_from").asText());
        assertEquals("2022-12-11", route.get("valid_to").asText());
        assertEquals("open", route.get("status").asText());
        assertTrue(route.get("approximate").asBoolean());
        assertEquals(3.0, route.get("error_km").asDouble());
        assertFalse(route.get("sources").isEmpty());
        assertTrue(route.get("sources").get(0).get("url").asText().startsWith("https://"));
        assertTrue(route.get("name").asText().contains(" / "), "both usages in the name");
        JsonNode band = byId.get("tf-corridor-phase2-open-band");
        assertEquals("corridor-band", band.get("properties").get("kind").asText());
        assertEquals("Polygon", band.get("geometry").get("type").asText());
        JsonNode post = byId.get("tf-pk-op8-shosh");
        assertEquals("Point", post.get("geometry").get("type").asText());
        assertTrue(post.get("properties").get("error_km").isNull());
        assertTrue(so.toString(StandardCharsets.UTF_8).contains("8 features"));
    }

    @Test
    void open_ended_feature_has_null_valid_to_and_bad_date_is_a_usage_error() {
        Path out = dir.resolve("late.geojson");
        assertEquals(0, Cli.run(new String[] {"--export-layers", "--date", "2023-10-15", out.toString()}, System.out, System.err));
        JsonNode root = read(out);
        boolean found = false;
        for (JsonNode f : root.get("features"))
            if (f.get("id").asText().equals("tf-checkpoint-hakari")) { found = true; assertTrue(f.get("properties").get("valid_to").isNull()); }
        assertTrue(found);
        ByteArrayOutputStream se = new ByteArrayOutputStream();
        assertEquals(2, Cli.run(new String[] {"--export-layers", "--date", "15/10/2023", out.toString()}, System.out,
                new PrintStream(se, true, StandardCharsets.UTF_8)));
        assertTrue(se.toString(StandardCharsets.UTF_8).contains("YYYY-MM-DD"));
    }

    private static JsonNode read(Path p) {
        try { return new ObjectMapper().readTree(Files.readString(p)); }
        catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); }
    }
}
