package atlas.cli;

import atlas.i18n.Texts;
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
        return Cli.usage("--convert IN OUT [--skip-invalid]", "cli.convert.description").replace("{endings}", Exports.endings());
    }

    @Override public java.util.List<Args.Spec> options() { return java.util.List.of(Args.Spec.flag("skip-invalid")); }

    @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 2) throw new Args.UsageException(Texts.get("cli.convert.expected"));
        Path in = Path.of(args.positional().get(0));
        Path target = Path.of(args.positional().get(1));
        String outName = target.getFileName() == null ? target.toString() : target.getFileName().toString();
        if (Exports.formatOf(outName).isEmpty())
            throw new Args.UsageException(Texts.format("cli.convert.unknown-format", outName, Exports.endings()));
        boolean skip = args.has("skip-invalid");
        Exports.Conversion c;
        try {
            c = Exports.convert(in, target, Exports.formatOf(outName).get(), skip);
        } catch (IllegalArgumentException e) {
            err.println(Texts.format("cli.error", e.getMessage()));
            return 1;
        }
        ImportResult r = c.result();
        if (!r.isClean()) Problems.print(r, err);
        if (!c.written()) {
            err.println(in.getFileName() + ": " + r.summary() + Texts.get(r.hasRecords() ? "cli.convert.nothing-written-skip" : "cli.convert.nothing-written"));
            return 1;
        }
        out.println(Texts.plural("cli.convert.wrote", c.records(), target, in.getFileName(), r.format())
                + (r.isClean() ? "" : Texts.format("cli.convert.skipped", Texts.number(r.skipped()))));
        return 0;
    }
}
