package atlas.cli;

import atlas.i18n.Language;
import atlas.i18n.Texts;
import atlas.io.TerminalText;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Dispatches the runnable jar's headless commands. Holds no logic of its own beyond parsing. Never prints a stack
 * trace: usage errors exit 2 with the command's usage, anything else that goes wrong (a bad file, a folder that
 * cannot be written, even an {@link OutOfMemoryError}) prints one line {@code error: …} and exits 1. Everything
 * printed has its control characters escaped ({@link TerminalText}).
 */
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
                new AnimateCommand(),
                new ExportLayersCommand(),
                new StoryCommand()
        );
    }

    /**
     * Runs the command line as the whole process (the jar's entry point): escapes what reaches the terminal, turns
     * log records and exceptions of other threads into single lines, and returns the exit code.
     */
    public static int runAsProcess(String[] argv) {
        System.setOut(TerminalText.printStream(System.out));
        System.setErr(TerminalText.printStream(System.err));
        PrintStream err = System.err;
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> err.println(Texts.format("cli.error", describe(e))));
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) root.removeHandler(h);
        root.addHandler(new Handler() {
            @Override public void publish(LogRecord r) {
                if (r.getLevel().intValue() < Level.WARNING.intValue()) return;
                // the toolkit's own notes (e.g. "Unsupported JavaFX configuration" on the class path) mean nothing
                // to someone exporting a PDF; its errors still show
                String from = r.getLoggerName() == null ? "" : r.getLoggerName();
                if ((from.startsWith("javafx") || from.startsWith("com.sun.javafx") || from.startsWith("com.sun.glass")
                        || from.startsWith("com.sun.prism")) && r.getLevel().intValue() < Level.SEVERE.intValue()) return;
                String msg = r.getMessage() == null ? "" : oneLine(r.getMessage());
                if (r.getThrown() != null) msg += (msg.isEmpty() ? "" : ": ") + describe(r.getThrown());
                err.println(r.getLevel().getName().toLowerCase(Locale.ROOT) + ": " + msg);
            }
            @Override public void flush() { err.flush(); }
            @Override public void close() {}
        });
        return run(argv, System.out, System.err);
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        return run(argv, out, err, commands());
    }

    static int run(String[] args, PrintStream rawOut, PrintStream rawErr, List<Command> commands) {
        PrintStream out = TerminalText.printStream(rawOut), err = TerminalText.printStream(rawErr);
        // --lang anywhere: the language of this run only (a test that runs commands one after another gets its own back)
        Language before = Texts.language();
        LanguageOption.Parsed lang;
        try {
            lang = LanguageOption.extract(args);
        } catch (Args.UsageException e) {
            err.println(Texts.format("cli.error", oneLine(e.getMessage())));
            err.println(Texts.get("cli.try-help"));
            return 2;
        }
        lang.language().ifPresent(Texts::setLanguage);
        try {
            return dispatch(lang.rest().toArray(String[]::new), out, err, commands);
        } finally {
            Texts.setLanguage(before);
        }
    }

    private static int dispatch(String[] argv, PrintStream out, PrintStream err, List<Command> commands) {
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h")) {
            printHelp(out, commands);
            return 0;
        }
        for (Command c : commands) {
            if (!c.flag().equals(argv[0])) continue;
            List<String> rest = Arrays.asList(argv).subList(1, argv.length);
            if (rest.contains("--help")) {
                out.println(Texts.format("cli.usage", c.usage()));
                return 0;
            }
            try {
                return c.run(new Args(rest, c.options()), out, err);
            } catch (Args.UsageException e) {
                err.println(Texts.format("cli.error", oneLine(e.getMessage())));
                err.println(Texts.format("cli.usage", c.usage()));
                return 2;
            } catch (Throwable e) {
                err.println(Texts.format("cli.error", describe(e)));
                return 1;
            } finally {
                out.flush();
                err.flush();
            }
        }
        err.println(Texts.format("cli.unknown-command", argv[0]));
        return 2;
    }

    /** Computes the one-line description of what went wrong, without a stack trace. */
    static String describe(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException || c instanceof InvocationTargetException
                || c instanceof java.io.UncheckedIOException) && c.getCause() != null) c = c.getCause();
        if (c instanceof OutOfMemoryError) {
            long maxMb = Runtime.getRuntime().maxMemory() >> 20;
            return Texts.format("cli.out-of-memory", maxMb);
        }
        if (c instanceof StackOverflowError) return Texts.get("cli.too-deep");
        if (c instanceof NoSuchFileException n) return Texts.format("cli.no-such-file", n.getFile());
        if (c instanceof AccessDeniedException a) return Texts.format("cli.permission-denied", a.getFile());
        if (c instanceof FileSystemException f && f.getReason() != null && f.getFile() != null)
            return f.getFile() + ": " + f.getReason();
        String m = c.getMessage();
        if (c instanceof Error) return Texts.format("cli.internal-error", c.getClass().getSimpleName() + (m == null ? "" : ": " + oneLine(m)));
        return m == null || m.isBlank() ? c.getClass().getSimpleName() : oneLine(m);
    }

    private static String oneLine(String s) { return s.strip().replaceAll("\\s*\\R\\s*", " "); }

    /**
     * Gets a command's usage: its syntax (option names and placeholders, never translated) and, indented under it,
     * the description of bundle key {@code descriptionKey} in the current language.
     */
    static String usage(String syntax, String descriptionKey) {
        return syntax + "\n    " + Texts.get(descriptionKey).replace("\n", "\n    ");
    }

    static void printHelp(PrintStream out, List<Command> commands) {
        out.println(Texts.get("cli.help.title"));
        out.println();
        out.println("  java -jar corridor-atlas.jar              " + Texts.get("cli.help.window"));
        out.println("  java -jar corridor-atlas.jar COMMAND ...   " + Texts.get("cli.help.command"));
        out.println();
        for (Command c : commands) out.println("  " + c.usage().replace("\n", "\n  "));
        out.println("  --help\n      " + Texts.get("cli.help.help"));
        out.println("  --lang " + Language.tags().replace(", ", "|") + "\n      " + Texts.get("cli.help.lang"));
        out.println();
        out.println(Texts.get("cli.help.exit-codes"));
    }
}
