package atlas.cli;

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
        return "--generate-events N --out FILE [--seed S]   write N synthetic events (scale tests): an ACLED-format CSV\n"
                + "                                     when FILE ends in .csv, a dataset otherwise";
    }

    @Override public List<Args.Spec> options() { return List.of(Args.Spec.value("out"), Args.Spec.value("seed")); }

    @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 1) throw new Args.UsageException("expected the number of events N");
        int n = (int) Options.whole("N", args.positional().get(0), 0, MAX_EVENTS);
        long seed = Options.whole("--seed", args.option("seed").orElse("1"), Long.MIN_VALUE + 1, Long.MAX_VALUE);
        Path file = Path.of(args.require("out"));
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            atlas.io.SyntheticAcled.write(file, n, seed);
            out.printf("%s: %d synthetic ACLED-format rows, %.1f MB%n", file, n, Files.size(file) / 1e6);
            return 0;
        }
        Dataset d = SyntheticDatasets.generate(n, seed);
        new DatasetWriter().write(d, file);
        long bytes = Files.size(file);
        out.printf("%s: %d synthetic events, %d places, %.1f MB%n", file, d.events().size(), d.places().size(), bytes / 1e6);
        return 0;
    }
}
