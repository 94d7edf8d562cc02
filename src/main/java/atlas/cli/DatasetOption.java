package atlas.cli;

import atlas.io.Datasets;
import atlas.io.ImportResult;
import atlas.io.Imports;
import atlas.model.Dataset;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** The {@code --dataset FILE} option shared by the commands: that file's dataset, or the shipped one without it. */
final class DatasetOption {
    private DatasetOption() {}

    /**
     * Gets the dataset the command works on. {@code --dataset FILE} may be of any supported format; when it has problems, prints
     * each of them (file:line:column: path: message) to {@code err} and returns empty; the caller then exits 1.
     */
    static Optional<Dataset> load(Args args, PrintStream err) {
        if (!args.has("dataset")) return Optional.of(Datasets.loadShipped());
        ImportResult r = Imports.read(Path.of(args.require("dataset")));
        if (!r.isClean()) {
            Problems.print(r, err);
            return Optional.empty();
        }
        return Optional.of(r.dataset());
    }
}
