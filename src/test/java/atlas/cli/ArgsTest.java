package atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgsTest {
    private static final List<Args.Spec> SPECS = List.of(Args.Spec.value("out"), Args.Spec.value("zoom"), Args.Spec.flag("force"));

    @Test void options_take_the_next_argument_or_an_inline_value() {
        Args a = parse("--out", "m.png", "--zoom=7", "--force", "pos");
        assertEquals("m.png", a.require("out"));
        assertEquals("7", a.require("zoom"));
        assertTrue(a.has("force"));
        assertEquals(List.of("pos"), a.positional());
    }

    @Test void a_negative_number_is_a_value_not_an_option() { assertEquals("-3", parse("--zoom", "-3").require("zoom")); }

    @Test void a_double_dash_ends_the_options() { assertEquals(List.of("--out"), parse("--", "--out").positional()); }

    @Test void unknown_option_is_refused() { checkRefused("unknown option --bogus", "--bogus", "5"); }

    @Test void option_given_twice_is_refused() { checkRefused("--zoom is given twice", "--zoom", "1", "--zoom", "2"); }

    @Test void missing_value_is_refused() { checkRefused("--out needs a value", "--out", "--zoom", "3"); }

    @Test void value_given_to_a_switch_is_refused() { checkRefused("--force takes no value", "--force=yes"); }

    @Test void numbers_must_be_plain_and_finite() {
        assertEquals(2.5, Options.number("zoom", " 2.5 "));
        assertEquals(-1e3, Options.number("zoom", "-1e3"));
        for (String bad : List.of("NaN", "-NaN", "Infinity", "-Infinity", "1e999", "0x1p3", "7d", "1f", "", "1,5", "--"))
            assertThrows(Args.UsageException.class, () -> Options.number("zoom", bad), bad);
    }

    private static Args parse(String... a) { return new Args(List.of(a), SPECS); }

    private static void checkRefused(String message, String... a) {
        Args.UsageException e = assertThrows(Args.UsageException.class, () -> parse(a));
        assertEquals(message, e.getMessage());
    }
}
