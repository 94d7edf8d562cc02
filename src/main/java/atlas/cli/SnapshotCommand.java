package atlas.cli;

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
        return "--snapshot --out map.png [--center LAT,LON] [--zoom Z] [--size 1600x1000] [--date DATE] [--dataset FILE]\n"
                + "           [--compare DATE_A [--side-by-side] [--ghost]]\n"
                + "    render the map as the window shows it to a PNG (default view: 39.7,46.5 zoom 9;\n"
                + "    DATE is yyyy, yyyy-mm or yyyy-mm-dd; the shipped dataset unless --dataset);\n"
                + "    --compare: the map at DATE_A left of the divider and at --date right of it, both dates labelled\n"
                + "    (--side-by-side: two maps; --ghost: each side also draws the other date's corridor faintly)";
    }

    @Override public List<Args.Spec> options() {
        return List.of(Args.Spec.value("out"), Args.Spec.value("center"), Args.Spec.value("zoom"),
                Args.Spec.value("size"), Args.Spec.value("date"), Args.Spec.value("dataset"),
                Args.Spec.value("compare"), Args.Spec.flag("side-by-side"), Args.Spec.flag("ghost"));
    }

    @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.expectPositional(0, "no arguments besides the options");
        Path file = Path.of(args.require("out"));
        Optional<Dataset> dataset = DatasetOption.load(args, err);
        if (dataset.isEmpty()) return 1;
        MapSnapshot.Request req = request(args, dataset.get());
        AtomicFiles.probe(file); // an unwritable target is reported before the rendering, not after it
        MapResources res = MapResources.loadChecked(Assets.standard()); // every asset, before the toolkit starts
        HeadlessFx.start(req.widthPx(), req.heightPx());
        BufferedImage img = MapSnapshot.render(res, req, 60);
        PngFiles.write(img, file);
        out.printf(Locale.ROOT, "wrote %s (%dx%d, centre %s, zoom %s)%n", file, img.getWidth(), img.getHeight(),
                req.center(), req.zoom());
        return 0;
    }

    /** Computes the snapshot request from the options, of the shipped dataset (usage errors name the option). */
    static MapSnapshot.Request request(Args args) { return request(args, Datasets.loadShipped()); }

    /** Computes the snapshot request from the options, showing {@code dataset} (usage errors name the option). */
    static MapSnapshot.Request request(Args args, Dataset dataset) {
        MapSnapshot.Request d = MapSnapshot.Request.standard();
        LatLon center = args.option("center").map(SnapshotCommand::latLon).orElse(d.center());
        double zoom = args.option("zoom").map(z -> Options.number("zoom", z)).orElse(d.zoom());
        if (zoom < 1 || zoom > 18) throw new Args.UsageException("--zoom must be between 1 and 18: " + zoom);
        Options.PixelSize size = Options.size(args, new Options.PixelSize(d.widthPx(), d.heightPx()));
        LocalDate date = args.option("date").map(t -> Options.day("date", t)).orElse(null);
        LocalDate compare = args.option("compare").map(t -> Options.day("compare", t)).orElse(null);
        if (compare == null && (args.has("side-by-side") || args.has("ghost")))
            throw new Args.UsageException("--side-by-side and --ghost go with --compare DATE_A");
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
        if (p.length != 2) throw new Args.UsageException("--center must be LAT,LON, e.g. 39.8,46.75: " + s);
        try {
            return new LatLon(Options.number("center", p[0].trim()), Options.number("center", p[1].trim()));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--center " + e.getMessage());
        }
    }
}
