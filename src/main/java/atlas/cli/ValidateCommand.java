package atlas.cli;

import atlas.i18n.Texts;
import atlas.io.ImportResult;
import atlas.io.Imports;
import atlas.model.Dataset;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --validate FILE}: checks a file of any supported format; prints every problem as
 * {@code file:line:column: path: message} (exit 1) or a summary (exit 0). Events are counted, not kept, so a
 * million rows validate in little memory.
 */
final class ValidateCommand implements Command {
    @Override public String flag() { return "--validate"; }

    @Override public String usage() {
        return Cli.usage("--validate FILE", "cli.validate.description").replace("{formats}", Imports.formatNames());
    }

    @Override public List<Args.Spec> options() { return List.of(); }

    @Override public int run(Args args, PrintStream out, PrintStream err) {
        if (args.positional().size() != 1) throw new Args.UsageException(Texts.get("cli.validate.expected"));
        Path file = Path.of(args.positional().get(0));
        ImportResult r = Imports.validate(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!r.isClean()) {
            Problems.print(r, err);
            err.println(Texts.plural("cli.validate.rejected", r.problemCount(), name)
                    + (r.outcome() == ImportResult.Outcome.REJECTED ? ""
                    : " " + Texts.plural("cli.validate.skipped", r.skipped(), Texts.plural("cli.count.valid-events", r.counts().events()))));
            return 1;
        }
        Dataset d = r.dataset();
        ImportResult.Counts c = r.counts();
        long disputed = d.events().stream().filter(e -> e.isDisputed()).count();
        long contested = d.places().stream().filter(p -> p.names().isContested()).count();
        if (r.story() != null) {
            out.println(Texts.plural("cli.validate.valid-story", r.story().size(), name, r.format(), r.story().title()));
            return 0;
        }
        out.println(Texts.format("cli.validate.valid", name, r.format(), d.version(), d.title()));
        out.println("  " + Texts.format("cli.validate.summary", Texts.plural("cli.count.places", d.places().size()),
                Texts.number(contested), Texts.plural("cli.count.events", c.events()), Texts.number(disputed),
                Texts.plural("cli.count.features", d.features().size())));
        if (c.withoutLocation() > 0 || !d.references().isEmpty())
            out.println("  " + Texts.format("cli.validate.unlocated", Texts.plural("cli.count.unlocated", c.withoutLocation()),
                    Texts.plural("cli.count.references", d.references().size())));
        if (c.firstDay() != null) out.println("  " + Texts.format("cli.validate.range", c.firstDay(), c.lastDay()));
        return 0;
    }
}
