package atlas.cli;

import atlas.i18n.Texts;
import atlas.io.Assets;
import atlas.io.AtomicFiles;
import atlas.io.Datasets;
import atlas.model.Dataset;
import atlas.model.LatLon;
import atlas.ui.CompareView;
import atlas.ui.HeadlessFx;
import atlas.ui.LoadedData;
import atlas.ui.MapResources;
import atlas.ui.MapSnapshot;
import atlas.ui.PngFiles;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code --snapshot --out map.png [--center LAT,LON] [--zoom Z] [--size WxH]}: renders the map as the window shows
 * it (same tiles, overlays and chrome) to a PNG, without a display. Extend {@link #request(Args)} for new options.
 */
public final class SnapshotCommand implements Command {
    @Override public String flag() { return "--snapshot"; }

    @Override public String usage() {
        return Cli.usage("--snapshot --out map.png [--center LAT,LON] [--zoom Z] [--size 1600x1000] [--date DATE] [--dataset FILE]\n"
                + "           [--compare DATE_A [--side-by-side] [--ghost]]", "cli.snapshot.description");
    }

    @Override public List<Args.Spec> options() {
        return List.of(Args.Spec.value("out"), Args.Spec.value("center"), Args.Spec.value("zoom"),
                Args.Spec.value("size"), Args.Spec.value("date"), Args.Spec.value("dataset"),
                Args.Spec.value("compare"), Args.Spec.flag("side-by-side"), Args.Spec.flag("ghost"));
    }

    @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.expectPositional(0, Texts.get("cli.no-arguments"));
        Path file = Path.of(args.require("out"));
        Optional<Dataset> dataset = DatasetOption.load(args, err);
        if (dataset.isEmpty()) return 1;
        MapSnapshot.Request req = request(args, dataset.get());
        AtomicFiles.probe(file); // an unwritable target is reported before the rendering, not after it
        MapResources res = MapResources.loadChecked(Assets.standard()); // every asset, before the toolkit starts
        HeadlessFx.start(req.widthPx(), req.heightPx());
        BufferedImage img = MapSnapshot.render(res, req, 60);
        PngFiles.write(img, file);
        out.println(Texts.format("cli.snapshot.wrote", file, img.getWidth(), img.getHeight(),
                Texts.decimal(req.center().lat(), 5), Texts.decimal(req.center().lon(), 5), Texts.decimal(req.zoom(), 1)));
        return 0;
    }

    /** Computes the snapshot request from the options, of the shipped dataset (usage errors name the option). */
    static MapSnapshot.Request request(Args args) { return request(args, Datasets.loadShipped()); }

    /** Computes the snapshot request from the options, showing {@code dataset} (usage errors name the option). */
    static MapSnapshot.Request request(Args args, Dataset dataset) {
        MapSnapshot.Request d = MapSnapshot.Request.standard();
        LatLon center = args.option("center").map(SnapshotCommand::latLon).orElse(d.center());
        double zoom = args.option("zoom").map(z -> Options.number("zoom", z)).orElse(d.zoom());
        if (zoom < 1 || zoom > 18) throw new Args.UsageException(Texts.format("cli.snapshot.zoom", zoom));
        Options.PixelSize size = Options.size(args, new Options.PixelSize(d.widthPx(), d.heightPx()));
        LocalDate date = args.option("date").map(t -> Options.day("date", t)).orElse(null);
        LocalDate compare = args.option("compare").map(t -> Options.day("compare", t)).orElse(null);
        if (compare == null && (args.has("side-by-side") || args.has("ghost")))
            throw new Args.UsageException(Texts.get("cli.snapshot.compare-only"));
        boolean side = args.has("side-by-side"), ghost = args.has("ghost");
        // the window shows a dataset (its corridor, its events) for the timeline's date: so does the PNG
        LoadedData data = LoadedData.of(dataset);
        return new MapSnapshot.Request(center, zoom, size.width(), size.height(), null).andState(s -> {
            s.setData(data);
            if (date != null) s.setDate(date);
            if (compare != null) s.setCompareDate(compare);
        }).andView(v -> {
            if (side) v.setLayout(CompareView.Layout.SIDE_BY_SIDE);
            v.setGhost(ghost);
        });
    }

    static LatLon latLon(String s) {
        String[] p = s.split(",", -1);
        if (p.length != 2) throw new Args.UsageException(Texts.format("cli.snapshot.center", s));
        try {
            return new LatLon(Options.number("center", p[0].trim()), Options.number("center", p[1].trim()));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--center " + e.getMessage());
        }
    }
}
