package atlas.io;

import atlas.geo.Basemap;
import atlas.geo.ElevationGrid;
import atlas.geo.GeoFeature;
import atlas.geo.Town;
import atlas.geo.WorldMap;
import atlas.model.LatLon;
import atlas.model.PlaceNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * Reads the offline base map from {@code assets/basemap/}: the {@code context/} layers of the wider region into a
 * {@link Basemap} ({@link #read()}), the {@code world/} 1:50m layers into a {@link WorldMap} ({@link #readWorld()}).
 * Any missing or broken file throws an {@link AssetException} naming it. Files are parsed in parallel on the common
 * pool; each call blocks until its files are read.
 */
public final class BasemapReader {
    /** Gets the extent of the {@code context/} layers (x = lon, y = lat). */
    public static final Envelope CONTEXT_BOUNDS = new Envelope(43.5, 49.0, 38.3, 41.5);
    private static final String DIR = "basemap/";
    /** English usage for the few contested towns whose current GeoNames name is not the usual English one. */
    private static final Map<String, String> INTERNATIONAL = Map.of("Khankendi", "Stepanakert", "Askyaran", "Askeran");
    /** English spelling of Azerbaijani usage where GeoNames' current name is a Russian-style one. */
    private static final Map<String, String> AZERBAIJANI = Map.of("Askyaran", "Asgaran");

    private final Assets assets;

    public BasemapReader(Assets assets) { this.assets = assets; }

    /** Reads the region's layers; throws {@link AssetException} naming the first missing or broken file. */
    public Basemap read() {
        var countries = layer("context/countries.geojson");
        var borders = layer("context/borders.geojson");
        var admin1 = layer("context/admin1.geojson");
        var lakes = layer("context/lakes.geojson");
        var rivers = layer("context/rivers.geojson");
        var nk = layer("context/nk_lines.geojson");
        var places = layer("context/places.geojson");
        var dem = async(() -> readGrid("context/dem_srtm30_2arcmin_approx.asc"));
        try {
            return new Basemap(countries.join(), borders.join(), admin1.join(), lakes.join(), rivers.join(), nk.join(),
                    towns(places.join()), dem.join(), CONTEXT_BOUNDS);
        } catch (CompletionException e) {
            if (e.getCause() instanceof AssetException a) throw a;
            throw e;
        }
    }

    /** Reads the world layers (about 3 MB of GeoJSON); throws {@link AssetException} naming a missing or broken file. */
    public WorldMap readWorld() {
        var land = layer("world/land_50m.geojson");
        var world = layer("world/countries_50m.geojson");
        try {
            return new WorldMap(land.join(), world.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof AssetException a) throw a;
            throw e;
        }
    }

    /** Tests that the world layers' files exist (cheap; for start-up checks before reading them in the background). */
    public void checkWorldFiles() {
        for (String f : new String[] {"world/land_50m.geojson", "world/countries_50m.geojson"}) {
            try (var in = assets.open(DIR + f)) {
                if (in.read() < 0) throw new AssetException(assets.displayName(DIR + f), "file is empty");
            } catch (IOException e) {
                throw new AssetException(assets.displayName(DIR + f), "cannot be read: " + e.getMessage(), e);
            }
        }
    }

    private CompletableFuture<List<GeoFeature>> layer(String file) {
        return async(() -> new GeoJsonReader().read(assets.open(DIR + file), assets.displayName(DIR + file)));
    }

    private static <T> CompletableFuture<T> async(Supplier<T> s) { return CompletableFuture.supplyAsync(s); }

    /** Computes the towns of a places layer, with their names by usage (see the class comment of {@link PlaceNames}). */
    static List<Town> towns(List<GeoFeature> places) {
        List<Town> out = new ArrayList<>(places.size());
        for (GeoFeature f : places) {
            if (!(f.geometry() instanceof Point pt)) continue;
            String name = f.property("name");
            String current = f.property("name_current");
            boolean az = f.property("country").equals("AZ");
            boolean capital = f.property("fcode").equals("PPLC");
            // GeoNames' "current" name of a capital is the central district (Yerevan -> Kentron): keep the city name.
            String base = capital || current.isEmpty() ? name : current;
            String international = az ? transliterate(base) : plain(base);
            international = INTERNATIONAL.getOrDefault(international, international);
            String hy = f.property("name_hy_usage");
            String azUsage = f.property("name_az_usage");
            String armenian = hy.isEmpty() ? international : hy;
            String azerbaijani;
            if (azUsage.isEmpty()) azerbaijani = international;
            else if (isAscii(current) && !current.isEmpty() && (hy.isEmpty() || !current.equalsIgnoreCase(hy)))
                azerbaijani = AZERBAIJANI.getOrDefault(current, current);
            else azerbaijani = transliterate(azUsage);
            PlaceNames names = new PlaceNames(armenian, azerbaijani, international,
                    blankToNull(f.property("name_hy_script")), blankToNull(f.property("name_az_latn")),
                    blankToNull(f.property("name_ru")));
            long population = parseLong(f.property("population"));
            out.add(new Town(names, new LatLon(pt.getY(), pt.getX()), population, capital));
        }
        return out;
    }

    /** Computes the usual English spelling of an Azerbaijani Latin name (Xankəndi -> Khankendi style, ə -> a). */
    static String transliterate(String s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ə', 'ǝ' -> b.append('a');
                case 'Ə', 'Ǝ' -> b.append('A');
                case 'ç' -> b.append("ch");
                case 'Ç' -> b.append("Ch");
                case 'ş' -> b.append("sh");
                case 'Ş' -> b.append("Sh");
                case 'ğ' -> b.append("gh");
                case 'x' -> b.append("kh");
                case 'X' -> b.append("Kh");
                case 'c' -> b.append('j');
                case 'C' -> b.append('J');
                case 'ı' -> b.append('i');
                case 'İ' -> b.append('I');
                default -> b.append(c);
            }
        }
        return plain(b.toString());
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('’', '\'');
    }

    private static boolean isAscii(String s) { return s.chars().allMatch(ch -> ch < 128); }

    private static String blankToNull(String s) { return s.isBlank() ? null : s; }

    private static long parseLong(String s) {
        try {
            return s.isEmpty() ? 0 : (long) Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Reads an ESRI ASCII grid (ncols, nrows, xllcorner, yllcorner, cellsize, optional NODATA_value, rows north first). */
    ElevationGrid readGrid(String file) {
        String name = assets.displayName(DIR + file);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(assets.open(DIR + file), StandardCharsets.US_ASCII))) {
            int cols = 0, rows = 0;
            double west = Double.NaN, south = Double.NaN, cell = Double.NaN, noData = Double.NaN;
            int line = 0;
            String s;
            float[] values = null;
            int n = 0;
            while ((s = r.readLine()) != null) {
                line++;
                s = s.trim();
                if (s.isEmpty()) continue;
                String[] parts = s.split("\\s+");
                if (values == null && Character.isLetter(parts[0].charAt(0))) {
                    if (parts.length != 2) throw new AssetException(name, "line " + line + ": expected 'key value'");
                    double v = number(parts[1], name, line, 1);
                    switch (parts[0].toLowerCase()) {
                        case "ncols" -> cols = (int) v;
                        case "nrows" -> rows = (int) v;
                        case "xllcorner" -> west = v;
                        case "yllcorner" -> south = v;
                        case "cellsize" -> cell = v;
                        case "nodata_value" -> noData = v;
                        default -> throw new AssetException(name, "line " + line + ": unknown header " + parts[0]);
                    }
                    continue;
                }
                if (values == null) {
                    if (cols < 2 || rows < 2 || Double.isNaN(west) || Double.isNaN(south) || !(cell > 0))
                        throw new AssetException(name, "line " + line + ": incomplete header (ncols, nrows, xllcorner, yllcorner, cellsize)");
                    values = new float[cols * rows];
                }
                int col = 1;
                for (String p : parts) {
                    if (n >= values.length) throw new AssetException(name, "line " + line + ": more than " + values.length + " values");
                    double v = number(p, name, line, col++);
                    values[n++] = v == noData ? Float.NaN : (float) v;
                }
            }
            if (values == null || n != values.length)
                throw new AssetException(name, "expected " + cols * rows + " values, found " + n);
            return new ElevationGrid(cols, rows, west, south, cell, values);
        } catch (IOException e) {
            throw new AssetException(name, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static double number(String s, String name, int line, int col) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new AssetException(name, "line " + line + ", value " + col + ": not a number: '" + s + "'");
        }
    }
}
