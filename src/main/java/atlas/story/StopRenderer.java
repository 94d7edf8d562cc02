package atlas.story;

import atlas.model.Stop;
import java.awt.image.BufferedImage;

/** Renders the map as it looks at a stop (date, view, layers, highlights): the same picture as the window's snapshot. */
@FunctionalInterface
public interface StopRenderer {
    /** Computes the image of {@code stop} at {@code width} × {@code height} pixels. */
    BufferedImage render(Stop stop, int width, int height) throws Exception;
}
