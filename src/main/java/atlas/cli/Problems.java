package atlas.cli;

import atlas.i18n.Texts;
import atlas.io.ImportResult;
import atlas.io.Problem;
import java.io.PrintStream;

/** Prints an import's problems the one way: {@code file:line:column: path: message}, then a count line. */
final class Problems {
    private Problems() {}

    /** Prints every kept problem and, when some were not kept, how many more there were. */
    static void print(ImportResult r, PrintStream err) {
        for (Problem p : r.problems()) err.println(p);
        int more = r.problemCount() - r.problems().size();
        if (more > 0) err.println(Texts.plural("cli.problems.more", more));
    }
}
