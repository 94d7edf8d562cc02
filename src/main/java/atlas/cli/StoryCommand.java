package atlas.cli;

import atlas.i18n.Texts;
import atlas.io.Assets;
import atlas.io.AtomicFiles;
import atlas.io.StoryFormatException;
import atlas.io.StoryReader;
import atlas.io.WriteException;
import atlas.model.Dataset;
import atlas.model.Story;
import atlas.story.HandoutExport;
import atlas.story.SlideExport;
import atlas.story.SnapshotStopRenderer;
import atlas.ui.HeadlessFx;
import atlas.ui.MapResources;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code --story FILE --export-slides DIR} and {@code --story FILE --export-pdf FILE.pdf}: exports a story's stops
 * as PNG slides (the snapshot renderer) and/or a PDF handout, headless, printing progress to the error stream.
 * A story without stops is refused (exit 1); the targets are checked before the first stop is rendered.
 */
public final class StoryCommand implements Command {
    @Override public String flag() { return "--story"; }

    @Override public String usage() {
        return Cli.usage("--story FILE [--export-slides DIR] [--export-pdf FILE.pdf] [--size 1600x1000] [--dataset FILE]",
                "cli.story.description");
    }

    @Override public List<Args.Spec> options() {
        return List.of(Args.Spec.value("export-slides"), Args.Spec.value("export-pdf"), Args.Spec.value("size"),
                Args.Spec.value("dataset"));
    }

    @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.expectPositional(1, Texts.get("cli.story.expected"));
        Path file = Path.of(args.positional().get(0));
        String slides = args.option("export-slides").orElse(null);
        String pdf = args.option("export-pdf").orElse(null);
        if ((slides == null || slides.isEmpty()) && (pdf == null || pdf.isEmpty()))
            throw new Args.UsageException(Texts.get("cli.story.give-target"));
        Options.PixelSize size = Options.size(args, new Options.PixelSize(1600, 1000));
        Story story;
        try {
            story = new StoryReader().read(file);
        } catch (StoryFormatException e) {
            err.println(e.getMessage());
            return 1;
        }
        if (story.size() == 0) {
            err.println(Texts.format("cli.error", file + ": " + Texts.get("export.no-stops")));
            return 1;
        }
        if (slides != null && !slides.isEmpty()) probeFolder(Path.of(slides));
        if (pdf != null && !pdf.isEmpty()) AtomicFiles.probe(Path.of(pdf));
        Optional<Dataset> loaded = DatasetOption.load(args, err);
        if (loaded.isEmpty()) return 1;
        Dataset dataset = loaded.get();
        MapResources res = MapResources.loadChecked(Assets.standard());
        HeadlessFx.start(Math.max(size.width(), 1000), Math.max(size.height(), 640));
        SnapshotStopRenderer renderer = new SnapshotStopRenderer(res, dataset, 60);
        if (slides != null && !slides.isEmpty()) {
            List<Path> files = new SlideExport(renderer, size.width(), size.height())
                    .export(story, Path.of(slides), new ProgressLines(err, Texts.get("cli.progress.slides")));
            out.println(Texts.plural("cli.story.wrote-slides", files.size(), size.width(), size.height(), slides));
        }
        if (pdf != null && !pdf.isEmpty()) {
            new HandoutExport(renderer, dataset).export(story, Path.of(pdf), new ProgressLines(err, Texts.get("cli.progress.handout")));
            out.println(Texts.plural("cli.story.wrote-pdf", story.size(), pdf));
        }
        return 0;
    }

    /** Checks that slides can be written into {@code dir} (made when missing); the error names the folder. */
    private static void probeFolder(Path dir) throws WriteException {
        try {
            AtomicFiles.probe(dir.resolve("slide.png"));
        } catch (WriteException e) {
            throw new WriteException(dir, e.reason());
        }
    }
}
