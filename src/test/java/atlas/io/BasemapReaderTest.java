package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.Basemap;
import atlas.geo.Town;
import atlas.model.NameStyle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasemapReaderTest {
    @TempDir Path dir;

    @Test
    void bundled_base_map_has_every_layer_and_both_names_of_contested_towns() {
        // when
        Basemap map = new BasemapReader(Assets.fromDirectory(Path.of("assets"))).read();
        // then
        assertTrue(map.countries().size() >= 6);
        assertEquals(2, map.nkLines().stream().map(f -> f.property("kind")).distinct().count());
        assertTrue(new BasemapReader(Assets.fromDirectory(Path.of("assets"))).readWorld().countries().size() > 200);
        assertEquals("Stepanakert / Khankendi", town(map, "Stepanakert").names().label(NameStyle.BOTH));
        assertEquals("Shushi / Shusha", town(map, "Shushi").names().label(NameStyle.BOTH));
        assertEquals("Berdzor / Lachin", town(map, "Berdzor").names().label(NameStyle.BOTH));
        assertEquals("Lachin", town(map, "Berdzor").names().label(NameStyle.AZERBAIJANI));
        assertEquals("Yerevan", map.towns().stream().filter(Town::capital).findFirst().orElseThrow().names().international());
        assertEquals(165, map.elevation().cols());
    }

    @Test
    void missing_file_is_named_in_the_error() throws IOException {
        // given: the assets without the world land layer
        copyAssets();
        Files.delete(dir.resolve("basemap/world/land_50m.geojson"));
        // when
        AssetException e = assertThrows(AssetException.class, () -> new BasemapReader(Assets.fromDirectory(dir)).checkWorldFiles());
        // then
        assertTrue(e.getMessage().contains("land_50m.geojson"), e.getMessage());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void corrupt_geojson_is_named_with_line_and_column() throws IOException {
        copyAssets();
        Files.writeString(dir.resolve("basemap/context/lakes.geojson"), "{\"type\": \"FeatureCollection\",\n \"features\": [ {\"type\": ");
        AssetException e = assertThrows(AssetException.class, () -> new BasemapReader(Assets.fromDirectory(dir)).read());
        assertTrue(e.getMessage().contains("lakes.geojson"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void corrupt_elevation_grid_is_named_with_its_line() throws IOException {
        copyAssets();
        Path asc = dir.resolve("basemap/context/dem_srtm30_2arcmin_approx.asc");
        Files.writeString(asc, Files.readString(asc).replaceFirst("\n 1832.0 ", "\n 18x2.0 "));
        AssetException e = assertThrows(AssetException.class, () -> new BasemapReader(Assets.fromDirectory(dir)).read());
        assertTrue(e.getMessage().contains("dem_srtm30_2arcmin_approx.asc: line 6"), e.getMessage());
    }

    @Test
    void azerbaijani_latin_becomes_the_usual_english_spelling() {
        assertEquals("Kalbajar", BasemapReader.transliterate("Kəlbəcər"));
        assertEquals("Lachin", BasemapReader.transliterate("Laçın"));
        assertEquals("Khojavand", BasemapReader.transliterate("Xocavənd"));
        assertEquals("Shusha", BasemapReader.transliterate("Şuşa"));
    }

    private static Town town(Basemap map, String armenian) {
        return map.towns().stream().filter(t -> t.names().armenian().equals(armenian)).findFirst().orElseThrow();
    }

    private void copyAssets() throws IOException {
        Path src = Path.of("assets/basemap");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve("basemap").resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
