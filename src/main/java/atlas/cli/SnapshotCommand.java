package atlas.cli;

import atlas.io.Assets;
import atlas.io.Datasets;
import atlas.model.Dataset;
import atlas.model.LatLon;
import atlas.ui.HeadlessFx;
import atlas.ui.LoadedData;
import atlas.ui.MapResources;
import atlas.ui.MapSnapshot;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * {@code --snapshot --out map.png [--center LAT,LON] [--zoom Z] [--size WxH]}: renders the map as the window shows
 * it (same tiles, overlays and chrome) to a PNG, without a display. Extend {@link #request(Args)} for new options.
 */
public final class SnapshotCommand implements Command {
    @Override public String flag() { return "--snapshot"; }

    @Override public String usage() {
        return "--snapshot --out map.png [--center LAT,LON] [--zoom Z] [--size 1600x1000] [--date DATE] [--dataset FILE]\n"
                + "    render the map as the window shows it to a PNG (default view: 39.7,46.5 zoom 9;\n"
                + "    DATE is yyyy, yyyy-mm or yyyy-mm-dd; the shipped dataset unless --dataset)";
    }

    @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        File file = new File(args.require("out"));
        Optional<Dataset> dataset = DatasetOption.load(args, err);
        if (dataset.isEmpty()) return 1;
        MapSnapshot.Request req = request(args, dataset.get());
        HeadlessFx.start(req.widthPx(), req.heightPx());
        MapResources res = MapResources.load(Assets.standard());
        BufferedImage img = MapSnapshot.render(res, req, 60);
        File parent = file.getAbsoluteFile().getParentFile();
        if (parent != null && !parent.isDirectory() && !parent.mkdirs())
            throw new IllegalArgumentException("cannot create the folder " + parent);
        if (!ImageIO.write(img, "png", file)) throw new IllegalStateException("no PNG writer available");
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
        double zoom = args.option("zoom").map(z -> number("zoom", z)).orElse(d.zoom());
        if (zoom < 1 || zoom > 18) throw new Args.UsageException("--zoom must be between 1 and 18: " + zoom);
        Options.PixelSize size = Options.size(args, new Options.PixelSize(d.widthPx(), d.heightPx()));
        LocalDate date = args.option("date").map(t -> Options.day("date", t)).orElse(null);
        // the window shows a dataset (its corridor, its events) for the timeline's date: so does the PNG
        LoadedData data = LoadedData.of(dataset);
        return new MapSnapshot.Request(center, zoom, size.width(), size.height(), null).andState(s -> {
            s.setData(data);
            if (date != null) s.setDate(date);
        });
    }

    private static LatLon latLon(String s) {
        String[] p = s.split(",");
        if (p.length != 2) throw new Args.UsageException("--center must be LAT,LON, e.g. 39.8,46.75: " + s);
        try {
            return new LatLon(number("center", p[0].trim()), number("center", p[1].trim()));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--center " + e.getMessage());
        }
    }

    private static double number(String option, String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new Args.UsageException("--" + option + " expects a number: " + s);
        }
    }
}
