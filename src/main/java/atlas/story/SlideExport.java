package atlas.story;

import atlas.model.Story;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Exports every stop of a story as a PNG slide: {@code 01-title.png}, {@code 02-title.png}, … in a folder. */
public final class SlideExport {
    private final StopRenderer renderer;
    private final int width, height;

    public SlideExport(StopRenderer renderer, int width, int height) {
        this.renderer = renderer;
        this.width = width;
        this.height = height;
    }

    /** Writes one PNG per stop into {@code dir} (created when missing) and returns the files in stop order. */
    public List<Path> export(Story story, Path dir) throws Exception {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < story.size(); i++) {
            BufferedImage img = renderer.render(story.stop(i), width, height);
            Path f = dir.resolve(fileName(i, story.stop(i).title()));
            if (!ImageIO.write(img, "png", f.toFile())) throw new IOException("no PNG writer for " + f);
            out.add(f);
        }
        return out;
    }

    /** Gets the slide file name of stop {@code i} (0-based): "03-the-blockade.png". */
    public static String fileName(int i, String title) {
        return String.format(Locale.ROOT, "%02d-%s.png", i + 1, StoryPanel.slug(title));
    }
}
