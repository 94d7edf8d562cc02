package atlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the application's asset files. They ship inside the jar at its root ({@code /basemap/...}); when the system property
 * {@code atlas.assets.dir} names a directory, files are read from there instead (tests use this to feed broken
 * files). Paths are relative to the assets root, e.g. {@code basemap/world/land_50m.geojson}.
 */
public final class Assets {
    private final Path dir;

    private Assets(Path dir) { this.dir = dir; }

    /** Gets the assets of this run: {@code atlas.assets.dir} if set, else the classpath. */
    public static Assets standard() {
        String d = System.getProperty("atlas.assets.dir");
        return new Assets(d == null || d.isBlank() ? null : Path.of(d));
    }

    /** Gets assets read from a directory (the layout of the repository's {@code assets/} folder). */
    public static Assets fromDirectory(Path dir) { return new Assets(dir); }

    /** Gets the display name of an asset: the path a user finds it at in the repository. */
    public String displayName(String relative) {
        return dir == null ? "assets/" + relative : dir.resolve(relative).toString();
    }

    /** Opens an asset; throws {@link AssetException} naming the file when it is missing. Caller closes the stream. */
    public InputStream open(String relative) {
        try {
            if (dir != null) {
                Path p = dir.resolve(relative);
                if (!Files.isRegularFile(p)) throw new AssetException(displayName(relative), "file is missing");
                return Files.newInputStream(p);
            }
            // the pom copies assets/ to the classpath root
            InputStream in = Assets.class.getResourceAsStream("/" + relative);
            if (in == null) throw new AssetException(displayName(relative), "file is missing from the application");
            return in;
        } catch (IOException e) {
            throw new AssetException(displayName(relative), "cannot be read: " + e.getMessage(), e);
        }
    }
}
