package atlas.cli;

import atlas.io.Exports;
import atlas.io.ImportResult;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code --convert IN OUT [--skip-invalid]}: reads any supported input and writes OUT in the format its name ends
 * with. A file with problems is refused (exit 1, every problem printed) unless {@code --skip-invalid} is given, when
 * the valid records are written and the skipped ones listed.
 */
final class ConvertCommand implements Command {
    @Override public String flag() { return "--convert"; }

    @Override public String usage() {
        return "--convert IN OUT [--skip-invalid]    convert any supported input to OUT, chosen by its ending\n"
                + "                                     (" + Exports.endings() + ")";
    }

    @Override public java.util.List<Args.Spec> options() { return java.util.List.of(Args.Spec.flag("skip-invalid")); }

    @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 2) throw new Args.UsageException("expected IN and OUT files");
        Path in = Path.of(args.positional().get(0));
        Path target = Path.of(args.positional().get(1));
        String outName = target.getFileName() == null ? target.toString() : target.getFileName().toString();
        if (Exports.formatOf(outName).isEmpty())
            throw new Args.UsageException("unknown output format for " + outName + " (expected a name ending in " + Exports.endings() + ")");
        boolean skip = args.has("skip-invalid");
        Exports.Conversion c;
        try {
            c = Exports.convert(in, target, Exports.formatOf(outName).get(), skip);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        ImportResult r = c.result();
        if (!r.isClean()) Problems.print(r, err);
        if (!c.written()) {
            err.println(in.getFileName() + ": " + r.summary() + (r.hasRecords() ? "; nothing written (--skip-invalid writes the valid records)" : "; nothing written"));
            return 1;
        }
        out.printf("%s: %d records from %s (%s)%s%n", target, c.records(), in.getFileName(), r.format(),
                r.isClean() ? "" : ", " + r.skipped() + " skipped");
        return 0;
    }
}
