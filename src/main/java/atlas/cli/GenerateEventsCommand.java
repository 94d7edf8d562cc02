package atlas.cli;

import atlas.i18n.Texts;
import atlas.io.DatasetWriter;
import atlas.io.SyntheticDatasets;
import atlas.model.Dataset;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code --generate-events N --out FILE [--seed S]}: writes a synthetic dataset of N events for scale tests. */
final class GenerateEventsCommand implements Command {
    /** More would not fit the reader's 64 MiB limit many times over, and would only exhaust memory. */
    static final int MAX_EVENTS = 10_000_000;

    @Override public String flag() { return "--generate-events"; }

    @Override public String usage() {
        return Cli.usage("--generate-events N --out FILE [--seed S]", "cli.generate-events.description");
    }

    @Override public List<Args.Spec> options() { return List.of(Args.Spec.value("out"), Args.Spec.value("seed")); }

    @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 1) throw new Args.UsageException(Texts.get("cli.generate-events.expected"));
        int n = (int) Options.whole("N", args.positional().get(0), 0, MAX_EVENTS);
        long seed = Options.whole("--seed", args.option("seed").orElse("1"), Long.MIN_VALUE + 1, Long.MAX_VALUE);
        Path file = Path.of(args.require("out"));
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            atlas.io.SyntheticAcled.write(file, n, seed);
            out.println(Texts.format("cli.generate-events.wrote-csv", file, Texts.plural("cli.count.acled-rows", n),
                    Texts.decimal(Files.size(file) / 1e6, 1)));
            return 0;
        }
        Dataset d = SyntheticDatasets.generate(n, seed);
        new DatasetWriter().write(d, file);
        long bytes = Files.size(file);
        out.println(Texts.format("cli.generate-events.wrote", file, Texts.plural("cli.count.synthetic-events", d.events().size()),
                Texts.plural("cli.count.places", d.places().size()), Texts.decimal(bytes / 1e6, 1)));
        return 0;
    }
}
