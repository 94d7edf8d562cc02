package atlas.cli;

import atlas.i18n.Texts;
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

    @Override public String usage() { return Cli.usage("--validate FILE", "cli.validate.description"); }

    @Override public List<Args.Spec> options() { return List.of(); }

    @Override public int run(Args args, PrintStream out, PrintStream err) {
        if (args.positional().size() != 1) throw new Args.UsageException(Texts.get("cli.validate.expected"));
        Path file = Path.of(args.positional().get(0));
        LoadResult r = Datasets.read(file);
        if (!r.isLoaded()) {
            for (Problem p : r.problems()) err.println(p);
            err.println(Texts.plural("cli.validate.rejected", r.problems().size(), file.getFileName()));
            return 1;
        }
        Dataset d = r.dataset();
        long disputed = d.events().stream().filter(e -> e.isDisputed()).count();
        long contested = d.places().stream().filter(p -> p.names().isContested()).count();
        out.println(Texts.format("cli.validate.valid", file.getFileName(), d.version(), d.title()));
        out.println("  " + Texts.format("cli.validate.summary", Texts.plural("cli.count.places", d.places().size()),
                Texts.number(contested), Texts.plural("cli.count.events", d.events().size()), Texts.number(disputed),
                Texts.plural("cli.count.features", d.features().size())));
        d.events().stream().map(e -> e.start().date()).min(java.util.Comparator.naturalOrder()).ifPresent(first ->
                out.println("  " + Texts.format("cli.validate.range", first,
                        d.events().stream().map(e -> e.span().until().minusDays(1)).max(java.util.Comparator.naturalOrder()).orElseThrow())));
        return 0;
    }
}
