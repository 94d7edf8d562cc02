package atlas.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

/**
 * The typeface of the whole interface, shipped with the application: DejaVu Sans (regular, bold, oblique; free
 * licence, {@code atlas/fonts/LICENSE-DejaVu.txt}), which covers Latin with ə, Armenian and Cyrillic, so every system
 * shows the four languages, place names in every script and the same letters in the window, on canvases, in
 * snapshots, slides and the PDF handout (which embeds the same files). The CSS names the family
 * ({@code -fx-font-family: "DejaVu Sans"}); canvases use {@link #font}.
 */
public final class AtlasFonts {
    /** The family name the CSS and the canvases use. */
    public static final String FAMILY = "DejaVu Sans";
    /** The font files, in {@code /atlas/fonts/}. */
    public static final String[] FILES = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"};

    private static volatile boolean loaded;

    private AtlasFonts() {}

    /**
     * Registers the shipped font files with JavaFX, once per process (later calls return at once). Call after the
     * toolkit started and before the first scene is styled; any thread.
     */
    public static synchronized void load() {
        if (loaded) return;
        for (String f : FILES) {
            try (InputStream in = AtlasFonts.class.getResourceAsStream("/atlas/fonts/" + f)) {
                if (in == null) throw new IOException("atlas/fonts/" + f + ": file is missing from the application");
                if (Font.loadFont(in, 12) == null) throw new IOException("atlas/fonts/" + f + ": not a font JavaFX can read");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
    }

    /** Gets the interface's font at a size, regular or bold (loads the files first when needed). */
    public static Font font(boolean bold, double sizePx) {
        load();
        return Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, sizePx);
    }

    /** Gets the interface's oblique font at a size (region names on the map). */
    public static Font italic(double sizePx) {
        load();
        return Font.font(FAMILY, FontWeight.NORMAL, FontPosture.ITALIC, sizePx);
    }
}
