package atlas.cli;

import atlas.io.Datasets;
import atlas.io.LayerExportWriter;
import atlas.io.LoadResult;
import atlas.io.Problem;
import atlas.model.Dataset;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code --export-layers --date DATE FILE.geojson [--dataset FILE]}: the corridor layers of one day as GeoJSON. */
final class ExportLayersCommand implements Command {
    @Override public String flag() { return "--export-layers"; }

    @Override public String usage() {
        return "--export-layers --date YYYY-MM-DD FILE.geojson [--dataset FILE]\n"
                + "                                     write the timed features valid that day (routes, band, checkpoints,\n"
                + "                                     posts, blockade point) as GeoJSON";
    }

    @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        LocalDate date;
        try {
            date = LocalDate.parse(args.require("date"));
        } catch (DateTimeParseException e) {
            throw new Args.UsageException("--date expects YYYY-MM-DD, got '" + args.option("date").orElse("") + "'");
        }
        if (args.positional().size() != 1) throw new Args.UsageException("expected one output FILE.geojson");
        Dataset d;
        if (args.option("dataset").isPresent()) {
            LoadResult r = Datasets.read(Path.of(args.require("dataset")));
            if (!r.isLoaded()) {
                for (Problem p : r.problems()) err.println(p);
                return 1;
            }
            d = r.dataset();
        } else {
            d = Datasets.loadShipped();
        }
        Path file = Path.of(args.positional().get(0));
        int n = new LayerExportWriter().write(d.features(), date, file);
        out.printf("%s: %d features valid on %s%n", file, n, date);
        return 0;
    }
}
