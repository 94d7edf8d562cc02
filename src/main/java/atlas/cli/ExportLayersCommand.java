package atlas.cli;

import atlas.i18n.Texts;
import atlas.io.LayerExportWriter;
import atlas.model.Dataset;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;

/** {@code --export-layers --date DATE FILE.geojson [--dataset FILE]}: the corridor layers of one day as GeoJSON. */
final class ExportLayersCommand implements Command {
    @Override public String flag() { return "--export-layers"; }

    @Override public String usage() {
        return Cli.usage("--export-layers --date YYYY-MM-DD FILE.geojson [--dataset FILE]", "cli.export-layers.description");
    }

    @Override public List<Args.Spec> options() { return List.of(Args.Spec.value("date"), Args.Spec.value("dataset")); }

    @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        LocalDate date = Options.day("date", args.require("date"));
        if (args.positional().size() != 1) throw new Args.UsageException(Texts.get("cli.expected-geojson"));
        Optional<Dataset> loaded = DatasetOption.load(args, err);
        if (loaded.isEmpty()) return 1;
        Dataset d = loaded.get();
        Path file = Path.of(args.positional().get(0));
        int n = new LayerExportWriter().write(d.features(), date, file);
        out.println(Texts.format("cli.wrote-count", file, Texts.plural("cli.export-layers.valid", n, date)));
        return 0;
    }
}
