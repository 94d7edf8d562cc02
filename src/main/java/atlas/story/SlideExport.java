package atlas.story;

import atlas.model.Story;
import atlas.ui.PngFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Exports every stop of a story as a PNG slide: {@code 01-title.png}, {@code 02-title.png}, … in a folder. Each slide
 * is written atomically (a killed export leaves whole slides only). A story without stops is refused.
 */
public final class SlideExport {
    private final StopRenderer renderer;
    private final int width, height;

    public SlideExport(StopRenderer renderer, int width, int height) {
        this.renderer = renderer;
        this.width = width;
        this.height = height;
    }

    /** Writes one PNG per stop into {@code dir} (created when missing) and returns the files in stop order. */
    public List<Path> export(Story story, Path dir) throws Exception { return export(story, dir, ExportProgress.NONE); }

    /**
     * Writes one PNG per stop into {@code dir}, reporting each stop to {@code progress}; returns the files in stop
     * order. Throws {@link IllegalArgumentException} for a story without stops, and
     * {@link java.util.concurrent.CancellationException} when cancelled (the slides written so far stay).
     */
    public List<Path> export(Story story, Path dir, ExportProgress progress) throws Exception {
        if (story.size() == 0) throw new IllegalArgumentException(HandoutExport.noStops());
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        progress.stopsDone(0, story.size());
        for (int i = 0; i < story.size(); i++) {
            progress.checkCancelled();
            BufferedImage img = renderer.render(story.stop(i), width, height);
            Path f = dir.resolve(fileName(i, story.stop(i).title(), story.size()));
            PngFiles.write(img, f);
            out.add(f);
            progress.stopsDone(i + 1, story.size());
        }
        return out;
    }

    /** Gets the slide file name of stop {@code i} (0-based) of a story of up to 99 stops: "03-the-blockade.png". */
    public static String fileName(int i, String title) { return fileName(i, title, 99); }

    /**
     * Gets the slide file name of stop {@code i} (0-based) of a story of {@code stops} stops: the number has as many
     * digits as the last one (at least two), so the files sort in stop order; the title part is cut to
     * {@value #MAX_SLUG} characters, so a long title never makes a name the file system refuses.
     */
    public static String fileName(int i, String title, int stops) {
        int digits = Math.max(2, Integer.toString(stops).length());
        String slug = StoryPanel.slug(title);
        if (slug.length() > MAX_SLUG) slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        return String.format(Locale.ROOT, "%0" + digits + "d-%s.png", i + 1, slug);
    }

    private static final int MAX_SLUG = 60;
}
