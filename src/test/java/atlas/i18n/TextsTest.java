package atlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Texts, plural forms, numbers and dates in each language. */
class TextsTest {
    private static final LocalDate DAY = LocalDate.of(2022, 8, 3);

    @AfterEach void back_to_english() { Texts.setLanguage(Language.EN); }

    @Test void russian_plurals_follow_the_last_digits() {
        check(Language.RU, "list.count", 1, "1 событие");
        check(Language.RU, "list.count", 3, "3 события");
        check(Language.RU, "list.count", 11, "11 событий");
        check(Language.RU, "list.count", 21, "21 событие");
        check(Language.RU, "list.count", 142, "142 события");
        check(Language.RU, "list.count", 1_000_000, "1\u00a0000\u00a0000 событий");
    }

    @Test void english_armenian_and_azerbaijani_plurals() {
        check(Language.EN, "list.count", 1, "1 event");
        check(Language.EN, "list.count", 1234, "1,234 events");
        check(Language.HY, "list.count", 142, "142 իրադարձություն");
        check(Language.AZ, "list.count", 1234, "1.234 hadisə");
    }

    @Test void dates_use_the_language_month_names() {
        assertEquals("3 Aug 2022", date(Language.EN));
        assertEquals("3 авг. 2022", date(Language.RU));
        assertEquals("3 avq 2022", date(Language.AZ));
        assertEquals("3 օգս 2022", date(Language.HY));
        Texts.setLanguage(Language.RU);
        assertEquals("3 августа 2022 г.", Texts.dateLong(DAY));
        assertEquals("авг. 2022", Texts.monthYear(DAY));
        Texts.setLanguage(Language.HY);
        assertEquals("3 օգոստոսի 2022 թ.", Texts.dateLong(DAY));
    }

    @Test void placeholders_are_filled_as_given_or_as_numbers() {
        Texts.setLanguage(Language.RU);
        assertEquals("a 2022 b 1\u00a0234", Texts.fill("a {0} b {1,number}", 2022, 1234));
        assertEquals("{2} stays", Texts.fill("{2} stays", "x"));
        assertEquals("it's {0}", Texts.fill("it's {0}"));
    }

    @Test void languages_are_read_from_tags() {
        assertEquals(Language.RU, Language.ofTag("ru-RU").orElseThrow());
        assertEquals(Language.AZ, Language.ofTag(" AZ ").orElseThrow());
        assertEquals(true, Language.ofTag("de").isEmpty());
    }

    private static void check(Language l, String key, long n, String expected) {
        Texts.setLanguage(l);
        assertEquals(expected, Texts.plural(key, n));
    }

    private static String date(Language l) {
        Texts.setLanguage(l);
        return Texts.date(DAY);
    }
}
