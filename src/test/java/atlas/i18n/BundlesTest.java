package atlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundles are complete and consistent: every language has every key of the English bundle (its own text, not
 * empty), the plural forms its grammar needs, the same placeholders, date patterns java.time reads; no bundle has a
 * key the code never uses, and the code asks for no key the bundles lack.
 */
class BundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,number)?}");
    private static final Set<String> PLURAL_FORMS = Set.of("one", "few", "many", "other");
    /** A string literal of the code that has the shape of a key: lower-case words joined by dots. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.[a-z0-9-]*)\"");
    /** The key a text call asks for: {@code Texts.get("k")}, {@code Translations.bind(p, "k")}… */
    private static final Pattern ASKED = Pattern.compile("(?:Texts\\.(?:get|format|plural|getOrDefault)\\((?:[\\w.]+\\.EN, )?"
            + "|Translations\\.text\\(|Translations\\.bind\\([^,;]+,\\s*)\"([^\"]+)\"");

    @Test void every_language_has_every_key_with_a_text_of_its_own() throws IOException {
        Properties en = own(Language.EN);
        List<String> missing = new ArrayList<>();
        for (Language l : List.of(Language.HY, Language.AZ, Language.RU)) {
            Properties p = own(l);
            for (String k : en.stringPropertyNames()) {
                if (isPluralForm(k)) continue;
                String v = p.getProperty(k);
                if (v == null || v.isBlank()) missing.add(l.tag() + ": " + k);
            }
        }
        assertEquals(List.of(), missing, "keys missing or empty");
    }

    @Test void no_text_is_empty_in_english() throws IOException {
        Properties en = own(Language.EN);
        List<String> empty = en.stringPropertyNames().stream().filter(k -> en.getProperty(k).isBlank()).sorted().toList();
        assertEquals(List.of(), empty);
    }

    @Test void plural_keys_have_every_form_their_language_needs() throws IOException {
        List<String> missing = new ArrayList<>();
        Set<String> stems = pluralStems(own(Language.EN));
        for (Language l : Language.values()) {
            Properties p = own(l);
            Set<String> forms = new TreeSet<>();
            for (long n = 0; n < 200; n++) forms.add(Texts.pluralCategory(l, n));
            for (String stem : stems)
                for (String f : forms)
                    if (p.getProperty(stem + "." + f, "").isBlank()) missing.add(l.tag() + ": " + stem + "." + f);
        }
        assertEquals(List.of(), missing, "plural forms missing");
    }

    @Test void translations_have_no_key_that_english_lacks() throws IOException {
        Properties en = own(Language.EN);
        Set<String> stems = pluralStems(en);
        List<String> extra = new ArrayList<>();
        for (Language l : List.of(Language.HY, Language.AZ, Language.RU)) {
            for (String k : own(l).stringPropertyNames()) {
                if (en.containsKey(k)) continue;
                if (isPluralForm(k) && stems.contains(stem(k))) continue;
                extra.add(l.tag() + ": " + k);
            }
        }
        assertEquals(List.of(), extra, "keys English does not have (misspelt, or left after a key was removed)");
    }

    @Test void translations_have_the_placeholders_of_english() throws IOException {
        Properties en = own(Language.EN);
        List<String> wrong = new ArrayList<>();
        for (Language l : List.of(Language.HY, Language.AZ, Language.RU)) {
            Properties p = own(l);
            for (String k : p.stringPropertyNames()) {
                String english = en.getProperty(k, isPluralForm(k) ? en.getProperty(stem(k) + ".other") : null);
                if (english == null) continue;
                Set<String> want = placeholders(english), have = placeholders(p.getProperty(k));
                if (!want.equals(have)) wrong.add(l.tag() + ": " + k + " has " + have + ", English " + want);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test void date_patterns_are_read_by_java_time_in_every_language() throws IOException {
        for (Language l : Language.values()) {
            Properties p = own(l);
            for (String k : p.stringPropertyNames()) {
                if (!k.startsWith("format.date.")) continue;
                String out = LocalDate.of(2022, 8, 3).format(DateTimeFormatter.ofPattern(p.getProperty(k), l.locale()));
                assertTrue(!out.isBlank(), l.tag() + " " + k);
            }
        }
    }

    @Test void the_code_asks_only_for_keys_the_bundles_have_and_uses_every_key() throws IOException {
        Properties en = own(Language.EN);
        Set<String> keys = en.stringPropertyNames();
        Set<String> stems = pluralStems(en);
        Set<String> prefixes = new TreeSet<>();
        for (String k : keys) {
            String s = isPluralForm(k) ? stem(k) : k;
            for (int i = s.indexOf('.'); i > 0; i = s.indexOf('.', i + 1)) prefixes.add(s.substring(0, i + 1));
        }
        Set<String> literals = new TreeSet<>(), asked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher m = KEY_LITERAL.matcher(code);
                while (m.find()) literals.add(m.group(1));
                Matcher a = ASKED.matcher(code);
                while (a.find()) asked.add(a.group(1));
            }
        }
        // then: every key a text call names is a key, a plural stem or a prefix of keys made in code
        List<String> unknown = new ArrayList<>();
        for (String k : asked) {
            if (keys.contains(k) || stems.contains(k) || (k.endsWith(".") && prefixes.contains(k))) continue;
            unknown.add(k);
        }
        assertEquals(List.of(), unknown, "the code names keys no bundle has");
        List<String> unused = new ArrayList<>();
        for (String k : keys) {
            String s = isPluralForm(k) ? stem(k) : k;
            boolean used = literals.contains(s);
            for (int i = s.indexOf('.'); !used && i > 0; i = s.indexOf('.', i + 1)) used = literals.contains(s.substring(0, i + 1));
            if (!used) unused.add(k);
        }
        assertEquals(List.of(), unused, "keys no code uses (remove them from every bundle)");
    }

    /** Gets a language's own bundle file, without the English it falls back to. */
    static Properties own(Language l) throws IOException {
        String name = "/atlas/i18n/messages" + (l == Language.EN ? "" : "_" + l.tag()) + ".properties";
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is missing");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> pluralStems(Properties en) {
        Set<String> stems = new TreeSet<>();
        for (String k : en.stringPropertyNames()) if (isPluralForm(k)) stems.add(stem(k));
        return stems;
    }

    /**
     * Tests whether a key is a plural form: its last word is a plural category and English has the "one" and "other"
     * forms of its stem (a key that merely ends in a category's word, such as {@code category.other}, is a text).
     */
    private static boolean isPluralForm(String k) {
        int dot = k.lastIndexOf('.');
        if (dot <= 0 || !PLURAL_FORMS.contains(k.substring(dot + 1))) return false;
        String stem = stem(k);
        return ENGLISH.containsKey(stem + ".one") && ENGLISH.containsKey(stem + ".other");
    }

    private static final Properties ENGLISH;
    static {
        try {
            ENGLISH = own(Language.EN);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String stem(String k) { return k.substring(0, k.lastIndexOf('.')); }

    private static Set<String> placeholders(String v) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(v);
        while (m.find()) out.add(m.group());
        return out;
    }
}
