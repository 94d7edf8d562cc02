package atlas.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.story.Emphasis.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmphasisTest {
    @Test void plain_text_is_one_run() { check("no markup", new Run("no markup", false, false)); }

    @Test void bold_and_italic_are_split() {
        check("a **b** *c* d", new Run("a ", false, false), new Run("b", true, false), new Run(" ", false, false),
                new Run("c", false, true), new Run(" d", false, false));
    }

    @Test void italic_inside_bold() {
        check("**x *y* z**", new Run("x ", true, false), new Run("y", true, true), new Run(" z", true, false));
    }

    @Test void escaped_and_unpaired_stars_are_literal() {
        check("5 \\* 3 and a * alone", new Run("5 * 3 and a * alone", false, false));
    }

    @Test void html_is_plain_text() { check("<b>x</b>", new Run("<b>x</b>", false, false)); }

    @Test void plain_drops_markup() { assertEquals("a b c", Emphasis.plain("a **b** *c*")); }

    private static void check(String text, Run... expected) { assertEquals(List.of(expected), Emphasis.parse(text)); }
}
