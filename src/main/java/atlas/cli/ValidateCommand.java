package atlas.cli;

import atlas.io.Datasets;
import atlas.io.LoadResult;
import atlas.io.Problem;
import atlas.model.Dataset;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code --validate FILE}: checks a dataset file; prints every problem (exit 1) or a summary (exit 0). */
final class ValidateCommand implements Command {
    @Override public String flag() { return "--validate"; }

    @Override public String usage() { return "--validate FILE                      check a dataset file, print its problems or a summary"; }

    @Override public List<Args.Spec> options() { return List.of(); }

    @Override public int run(Args args, PrintStream out, PrintStream err) {
        if (args.positional().size() != 1) throw new Args.UsageException("expected one dataset FILE");
        Path file = Path.of(args.positional().get(0));
        LoadResult r = Datasets.read(file);
        if (!r.isLoaded()) {
            for (Problem p : r.problems()) err.println(p);
            err.println(r.problems().size() + (r.problems().size() == 1 ? " problem" : " problems") + ": " + file.getFileName() + " rejected");
            return 1;
        }
        Dataset d = r.dataset();
        long disputed = d.events().stream().filter(e -> e.isDisputed()).count();
        long contested = d.places().stream().filter(p -> p.names().isContested()).count();
        out.printf("%s: valid (format version %d) \"%s\"%n", file.getFileName(), d.version(), d.title());
        out.printf("  %d places (%d named differently by the sides), %d events (%d with disputed accounts), %d timed features%n",
                d.places().size(), contested, d.events().size(), disputed, d.features().size());
        d.events().stream().map(e -> e.start().date()).min(java.util.Comparator.naturalOrder()).ifPresent(first ->
                out.printf("  events from %s to %s%n", first,
                        d.events().stream().map(e -> e.span().until().minusDays(1)).max(java.util.Comparator.naturalOrder()).orElseThrow()));
        return 0;
    }
}
