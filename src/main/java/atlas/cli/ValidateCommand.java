package atlas.cli;

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
        return "--validate FILE                      check a file of any supported format (" + Imports.formatNames() + "),\n"
                + "                                     print its problems or a summary";
    }

    @Override public List<Args.Spec> options() { return List.of(); }

    @Override public int run(Args args, PrintStream out, PrintStream err) {
        if (args.positional().size() != 1) throw new Args.UsageException("expected one dataset FILE to validate (any supported format)");
        Path file = Path.of(args.positional().get(0));
        ImportResult r = Imports.validate(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!r.isClean()) {
            Problems.print(r, err);
            err.println(r.problemCount() + (r.problemCount() == 1 ? " problem" : " problems") + ": " + name + " rejected"
                    + (r.outcome() == ImportResult.Outcome.REJECTED ? ""
                    : " (" + r.skipped() + " bad " + (r.skipped() == 1 ? "record" : "records") + " skipped, "
                    + r.counts().events() + " valid events)"));
            return 1;
        }
        Dataset d = r.dataset();
        ImportResult.Counts c = r.counts();
        long disputed = d.events().stream().filter(e -> e.isDisputed()).count();
        long contested = d.places().stream().filter(p -> p.names().isContested()).count();
        if (r.story() != null) {
            out.printf("%s: valid %s \"%s\", %d stops%n", name, r.format(), r.story().title(), r.story().size());
            return 0;
        }
        out.printf("%s: valid %s (format version %d) \"%s\"%n", name, r.format(), d.version(), d.title());
        out.printf("  %d places (%d named differently by the sides), %d events (%d with disputed accounts), %d timed features%n",
                d.places().size(), contested, c.events(), disputed, d.features().size());
        if (c.withoutLocation() > 0 || !d.references().isEmpty())
            out.printf("  %d events without location, %d untimed reference features%n", c.withoutLocation(), d.references().size());
        if (c.firstDay() != null) out.printf("  events from %s to %s%n", c.firstDay(), c.lastDay());
        return 0;
    }
}
