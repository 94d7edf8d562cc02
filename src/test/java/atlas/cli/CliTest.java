package atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** What the command line does when a command fails in a way no user input should cause: one line, exit 1. */
class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    @Test void out_of_memory_is_one_line_and_exit_1() {
        assertEquals(1, run(new Throwing(new OutOfMemoryError("Java heap space"))));
        checkOneLine("error: out of memory: this needs more than the ");
    }

    @Test void stack_overflow_is_one_line_and_exit_1() {
        assertEquals(1, run(new Throwing(new StackOverflowError())));
        checkOneLine("error: the input is nested too deeply to be processed");
    }

    @Test void wrapped_exception_without_message_names_its_kind() {
        assertEquals(1, run(new Throwing(new CompletionException(new IllegalStateException()))));
        checkOneLine("error: IllegalStateException");
    }

    @Test void multi_line_message_is_printed_on_one_line_with_control_characters_escaped() {
        assertEquals(1, run(new Throwing(new RuntimeException("first\nsecond \u001b[2J"))));
        checkOneLine("error: first second \\x1B[2J");
    }

    @Test void command_help_prints_its_usage_and_exits_0() {
        assertEquals(0, Cli.run(new String[] {"--throw", "--help"}, ps(out), ps(err), List.of(new Throwing(new Error()))));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: --throw"), out.toString());
    }

    private int run(Command c) { return Cli.run(new String[] {"--throw"}, ps(out), ps(err), List.of(c)); }

    private void checkOneLine(String start) {
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith(start), e);
        assertEquals(1, e.lines().count(), e);
        assertFalse(e.contains("\tat "), e);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream ps(ByteArrayOutputStream b) { return new PrintStream(b, true, StandardCharsets.UTF_8); }

    /** A command that fails with the given throwable. */
    private record Throwing(Throwable t) implements Command {
        @Override public String flag() { return "--throw"; }
        @Override public String usage() { return "--throw"; }
        @Override public List<Args.Spec> options() { return List.of(); }
        @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
            if (t instanceof Exception e) throw e;
            throw (Error) t;
        }
    }
}
