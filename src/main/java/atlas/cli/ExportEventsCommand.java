package atlas.cli;

import atlas.i18n.Texts;
import atlas.model.Dataset;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code --export-events FILE.geojson [--from DATE] [--to DATE] [--dataset FILE]}: writes the events overlapping
 * the dates (both inclusive; {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}) as GeoJSON.
 */
final class ExportEventsCommand implements Command {
    @Override public String flag() { return "--export-events"; }

    @Override public String usage() {
        return Cli.usage("--export-events FILE [--from DATE] [--to DATE] [--dataset FILE]", "cli.export-events.description");
    }

    @Override public List<Args.Spec> options() {
        return List.of(Args.Spec.value("from"), Args.Spec.value("to"), Args.Spec.value("dataset"));
    }

    @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 1) throw new Args.UsageException(Texts.get("cli.export-events.expected"));
        Path file = Path.of(args.positional().get(0));
        // a name without a known ending gets GeoJSON, as before there were other formats
        atlas.io.Exports.Format format = atlas.io.Exports.formatOf(String.valueOf(file.getFileName())).orElse(atlas.io.Exports.geoJson());
        if (format.story())
            throw new Args.UsageException(Texts.format("cli.export-events.ending", file));
        Optional<Dataset> loaded = DatasetOption.load(args, err);
        if (loaded.isEmpty()) return 1;
        Dataset d = loaded.get();
        TimelineIndex index = TimelineIndex.of(d);
        List<TimedEvent> events = index.events();
        if (args.has("from") || args.has("to")) {
            LocalDate from = args.has("from") ? Options.date("from", args.require("from")).firstDay()
                    : index.firstDay().orElse(LocalDate.of(1988, 1, 1));
            LocalDate until = args.has("to") ? Options.date("to", args.require("to")).endExclusive()
                    : index.lastDay().orElse(from).plusDays(1);
            if (!until.isAfter(from)) throw new Args.UsageException(Texts.get("cli.export-events.to-before-from"));
            events = index.between(from, until);
        }
        atlas.io.Exports.write(d.withEvents(events).withReferences(List.of()), null, file, format);
        out.println(Texts.format("cli.wrote-count", file, Texts.plural("cli.count.events", events.size())));
        return 0;
    }
}
