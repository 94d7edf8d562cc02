package atlas.cli;

import java.io.PrintStream;
import java.util.List;

/** One headless command of the runnable jar, selected by its leading flag (e.g. {@code --snapshot}). */
public interface Command {
    /** Gets the flag that selects this command, e.g. {@code "--snapshot"}. */
    String flag();

    /** Gets the usage line(s) shown by {@code --help}. */
    String usage();

    /**
     * Gets the options the command accepts (names without dashes). Anything else on its command line is a usage
     * error (exit 2), so a mistyped option is never silently ignored.
     */
    List<Args.Spec> options();

    /**
     * Runs the command with the arguments after its flag (options parsed by {@link Args}).
     * Returns the process exit code: 0 success, 1 invalid input (e.g. validation problems), 2 usage error.
     */
    int run(Args args, PrintStream out, PrintStream err) throws Exception;
}
