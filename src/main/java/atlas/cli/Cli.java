package atlas.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Dispatches the runnable jar's headless commands. Holds no logic of its own beyond parsing. */
public final class Cli {
    private Cli() {}

    /** The commands, in the order {@code --help} lists them. Each issue adds its command here. */
    static List<Command> commands() {
        return List.of(
                new ValidateCommand(),
                new ConvertCommand(),
                new ExportEventsCommand(),
                new GenerateEventsCommand(),
                new SnapshotCommand(),
                new ExportLayersCommand(),
                new StoryCommand()
        );
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h")) {
            printHelp(out);
            return 0;
        }
        for (Command c : commands()) {
            if (c.flag().equals(argv[0])) {
                try {
                    return c.run(new Args(Arrays.asList(argv).subList(1, argv.length)), out, err);
                } catch (Args.UsageException e) {
                    err.println("error: " + e.getMessage());
                    err.println("usage: " + c.usage());
                    return 2;
                } catch (Exception e) {
                    err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return 1;
                }
            }
        }
        err.println("unknown command: " + argv[0] + " (try --help)");
        return 2;
    }

    static void printHelp(PrintStream out) {
        out.println("Corridor Atlas - map explorer of the Nagorno-Karabakh region and the Lachin corridor, 1988-2024");
        out.println();
        out.println("  java -jar corridor-atlas.jar              open the window");
        out.println("  java -jar corridor-atlas.jar COMMAND ...   run a headless command:");
        out.println();
        for (Command c : commands()) out.println("  " + c.usage().replace("\n", "\n  "));
        out.println("  --help");
    }
}
