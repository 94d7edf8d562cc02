package atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.i18n.Language;
import atlas.i18n.Texts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang} anywhere on the command line: the language of what a command prints, for that run only. */
class LanguageOptionTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    @TempDir Path dir;

    @Test void help_in_each_language() {
        assertEquals(0, run("--help", "--lang", "ru"));
        assertTrue(out().contains("Коды завершения: 0 — успех"), out());
        assertTrue(out().contains("--lang en|hy|az|ru"), out());
        out.reset();
        assertEquals(0, run("--lang=hy", "--help"));
        assertTrue(out().contains("Ելքի կոդեր"), out());
        out.reset();
        assertEquals(0, run("--help", "--lang", "az"));
        assertTrue(out().contains("Çıxış kodları"), out());
        assertEquals(Language.EN, Texts.language(), "the language is the run's only");
    }

    @Test void a_usage_error_in_russian_after_the_command() {
        assertEquals(2, run("--snapshot", "--out", dir.resolve("m.png").toString(), "--zoom", "abc", "--lang", "ru"));
        assertTrue(err().startsWith("ошибка: --zoom: ожидалось число, получено «abc»"), err());
        assertTrue(err().contains("использование: --snapshot --out map.png"), err());
    }

    @Test void a_summary_with_the_language_plural_and_digits() throws Exception {
        Path f = dir.resolve("syn.atlas.json");
        assertEquals(0, run("--lang", "ru", "--generate-events", "1001", "--out", f.toString()));
        assertTrue(out().contains("1\u00a0001 синтетическое событие"), out());
        out.reset();
        assertEquals(0, run("--validate", f.toString(), "--lang", "az"));
        assertTrue(out().contains("düzgündür"), out());
        assertTrue(out().contains("1.001 hadisə"), out());
    }

    @Test void an_unknown_language_is_a_usage_error() {
        assertEquals(2, run("--help", "--lang", "de"));
        assertTrue(err().startsWith("error: unknown language 'de' for --lang: use one of en, hy, az, ru"), err());
        err.reset();
        assertEquals(2, run("--validate", "x.json", "--lang"));
        assertTrue(err().startsWith("error: --lang needs a language"), err());
        err.reset();
        assertEquals(2, run("--lang", "ru", "--help", "--lang", "hy"));
    }

    @Test void lang_after_a_double_dash_is_a_file_name() {
        LanguageOption.Parsed p = LanguageOption.extract(new String[] {"--validate", "--", "--lang"});
        assertTrue(p.language().isEmpty());
        assertEquals(java.util.List.of("--validate", "--", "--lang"), p.rest());
    }

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }
    private String err() { return err.toString(StandardCharsets.UTF_8); }
}
