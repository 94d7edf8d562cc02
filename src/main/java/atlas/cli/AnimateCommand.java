package atlas.cli;

import atlas.i18n.Texts;
import atlas.io.Assets;
import atlas.io.AtomicFiles;
import atlas.model.Dataset;
import atlas.model.LatLon;
import atlas.ui.AnimationExport;
import atlas.ui.HeadlessFx;
import atlas.ui.LoadedData;
import atlas.ui.MapAnimation;
import atlas.ui.MapResources;
import atlas.ui.MapSnapshot;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code --animate --from D1 --to D2 [--step 1d|1w|1m|1y] --out F.gif [--size WxH] [--fps N] [--center] [--zoom]
 * [--dataset]}: the map as the window shows it, one frame per step with the date stamped, as a looping animated GIF
 * (written atomically), with progress on stderr.
 */
final class AnimateCommand implements Command {

    @Override public String flag() { return "--animate"; }

    @Override public String usage() {
        return Cli.usage("--animate --from DATE --to DATE [--step 1d|1w|1m|1y] --out F.gif [--size 1280x800] [--fps 4]\n"
                + "           [--center LAT,LON] [--zoom Z] [--dataset FILE]", "cli.animate.description");
    }

    @Override public List<Args.Spec> options() {
        return List.of(Args.Spec.value("from"), Args.Spec.value("to"), Args.Spec.value("step"), Args.Spec.value("out"),
                Args.Spec.value("size"), Args.Spec.value("fps"), Args.Spec.value("center"), Args.Spec.value("zoom"),
                Args.Spec.value("dataset"));
    }

    @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.expectPositional(0, "no arguments besides the options");
        Path file = Path.of(args.require("out"));
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".mp4")) throw new Args.UsageException(Texts.get("cli.animate.mp4"));
        if (!name.endsWith(".gif")) throw new Args.UsageException(Texts.format("cli.animate.not-gif", file));
        LocalDate from = Options.day("from", args.require("from")), to = Options.day("to", args.require("to"));
        MapAnimation.Step step;
        try {
            step = MapAnimation.Step.of(args.option("step").orElse("1m"));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--step " + e.getMessage());
        }
        int fps = (int) Options.whole("--fps", args.option("fps").orElse("4"), MapAnimation.MIN_FPS, MapAnimation.MAX_FPS);
        LatLon center = args.option("center").map(SnapshotCommand::latLon).orElse(MapSnapshot.Request.standard().center());
        double zoom = args.option("zoom").map(z -> Options.number("zoom", z)).orElse(MapSnapshot.Request.standard().zoom());
        if (zoom < 1 || zoom > 18) throw new Args.UsageException(Texts.format("cli.snapshot.zoom", zoom));
        Options.PixelSize size = Options.size(args, new Options.PixelSize(1280, 800));
        MapAnimation animation;
        try {
            animation = new MapAnimation(from, to, step, fps, new MapSnapshot.Request(center, zoom, size.width(), size.height(), null));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
        Optional<Dataset> dataset = DatasetOption.load(args, err);
        if (dataset.isEmpty()) return 1;
        LoadedData data = LoadedData.of(dataset.get());
        // the map as the window opens: the base map's legend folded to its title (the corridor's open where there is room)
        animation = new MapAnimation(from, to, step, fps, animation.map().andState(s -> s.setData(data))
                .andView(v -> v.mainMap().chrome().legend().setExpanded(false)));
        AtomicFiles.probe(file); // an unwritable target is reported before the rendering, not after it
        MapResources res = MapResources.loadChecked(Assets.standard());
        HeadlessFx.start(size.width(), size.height());
        int total = animation.frames();
        AnimationExport.Result r = AnimationExport.export(res, animation, file, new AnimationExport.Progress() {
            private long last = System.nanoTime();

            @Override public void framesDone(int done, int all) {
                long now = System.nanoTime();
                if (done < all && done > 0 && now - last < TimeUnit.SECONDS.toNanos(2)) return;
                last = now;
                err.println(Texts.format("cli.animate.progress", done, all, Math.round(100.0 * done / all)));
            }
        });
        out.println(Texts.format("cli.animate.wrote", file, Texts.plural("cli.animate.frames", total), size.width(),
                size.height(), from, to, step.label(), fps, Texts.number((r.bytes() + 1023) / 1024),
                Texts.decimal(r.render().medianMs(), 0), Texts.decimal(r.render().p99Ms(), 0), Texts.decimal(r.encode().medianMs(), 0),
                Texts.decimal(r.framesPerSecond(), 1)));
        return 0;
    }
}
