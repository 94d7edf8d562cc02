package atlas.cli;

import atlas.i18n.Language;
import atlas.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code --lang en|hy|az|ru}, accepted anywhere on a command line (before or after the command, also as
 * {@code --lang=ru}; not after a lone {@code --}): the language of everything the command prints and of the slides
 * and handouts it makes. Taken out before the command parses its own options.
 */
public final class LanguageOption {
    /** A command line with its {@code --lang} taken out: the language it named (empty if none) and the rest. */
    public record Parsed(Optional<Language> language, List<String> rest) {}

    private LanguageOption() {}

    /**
     * Takes {@code --lang X} / {@code --lang=X} out of a command line. Throws a {@link Args.UsageException} for a
     * language that is not one of the four, a missing value, or {@code --lang} given twice.
     */
    public static Parsed extract(String[] argv) {
        List<String> rest = new ArrayList<>();
        Optional<Language> lang = Optional.empty();
        boolean onlyPositional = false;
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            String value = null;
            if (!onlyPositional && a.equals("--lang")) {
                if (i + 1 >= argv.length || argv[i + 1].startsWith("--")) throw new Args.UsageException(Texts.get("cli.lang.missing"));
                value = argv[++i];
            } else if (!onlyPositional && a.startsWith("--lang=")) {
                value = a.substring("--lang=".length());
            } else {
                if (a.equals("--")) onlyPositional = true;
                rest.add(a);
                continue;
            }
            if (lang.isPresent()) throw new Args.UsageException(Texts.format("cli.option-twice", "--lang"));
            String v = value;
            lang = Optional.of(Language.ofTag(v).filter(l -> v.strip().length() == 2)
                    .orElseThrow(() -> new Args.UsageException(Texts.format("cli.lang.unknown", v, Language.tags()))));
        }
        return new Parsed(lang, List.copyOf(rest));
    }
}
