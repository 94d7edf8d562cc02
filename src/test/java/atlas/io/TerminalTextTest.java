package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test void plain_text_is_unchanged() { assertSame("Berdzor / Lachin\tÇ ə\n", TerminalText.escape("Berdzor / Lachin\tÇ ə\n")); }

    @Test void escape_sequences_are_shown_not_obeyed() { check("\u001b[2J", "\\x1B[2J"); }

    @Test void c1_controls_bell_backspace_and_del_are_escaped() { check("a\u009b2J\u0007\b\u007f", "a\\x9B2J\\x07\\x08\\x7F"); }

    @Test void a_lone_carriage_return_is_escaped_a_crlf_is_not() { check("x\ry\r\n", "x\\x0Dy\r\n"); }

    @Test void bidirectional_overrides_are_escaped() { check("\u202egnp.exe", "\\u202Egnp.exe"); }

    @Test void every_way_of_printing_is_escaped() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = TerminalText.printStream(new PrintStream(b, true, StandardCharsets.UTF_8));
        p.print("1\u001b");
        p.println("2\u001b");
        p.printf("%s%n", "3\u001b");
        p.println((Object) "4\u001b");
        p.print('\u001b');
        p.println(new char[] {'\u001b'});
        p.append("5\u001b");
        assertEquals("1\\x1B2\\x1B\n3\\x1B\n4\\x1B\n\\x1B\\x1B\n5\\x1B", b.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
        assertSame(p, TerminalText.printStream(p));
    }

    private static void check(String raw, String shown) { assertEquals(shown, TerminalText.escape(raw)); }
}
