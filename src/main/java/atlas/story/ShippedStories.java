package atlas.story;

import atlas.io.StoryReader;
import atlas.model.Story;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The stories shipped with the app, in {@code assets/stories/} (inside the jar under {@code /assets/stories/}; the
 * {@code atlas.assets.dir} system property points at a folder instead, as for the other assets).
 */
public final class ShippedStories {
    private ShippedStories() {}

    /** The shipped stories, relative to the assets root, in menu order. */
    public static final List<String> FILES = List.of(
            "stories/background-1988-2020.story.json",
            "stories/lachin-corridor-2020-2023.story.json",
            "stories/august-2022-escalation.story.json");

    /** Reads a shipped story; throws naming {@code assets/<relative>} when it is missing or invalid. */
    public static Story load(String relative) throws IOException {
        String d = System.getProperty("atlas.assets.dir");
        if (d != null && !d.isBlank()) return new StoryReader().read(Path.of(d).resolve(relative));
        InputStream in = ShippedStories.class.getResourceAsStream("/assets/" + relative);
        if (in == null) in = ShippedStories.class.getResourceAsStream("/" + relative);
        if (in == null) {
            Path dev = Path.of("assets").resolve(relative);
            if (Files.isRegularFile(dev)) return new StoryReader().read(dev);
            throw new IOException("assets/" + relative + ": file is missing from the application");
        }
        return new StoryReader().read(in, "assets/" + relative);
    }
}
