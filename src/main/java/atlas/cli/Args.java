package atlas.cli;

import atlas.i18n.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parsed command-line arguments of one command: the options it declares ({@code --name value},
 * {@code --name=value} or a {@code --switch}) and positional values. An option the command does not declare, an
 * option given twice, a value missing after an option or a value given to a switch is a {@link UsageException}.
 * A lone {@code --} ends the options: what follows is positional, even when it starts with {@code --}.
 */
public final class Args {
    /** One option a command accepts: its name without the dashes, and whether a value follows it. */
    public record Spec(String name, boolean takesValue) {
        /** Gets an option followed by a value, e.g. {@code --out FILE}. */
        public static Spec value(String name) { return new Spec(name, true); }

        /** Gets a switch without a value, e.g. {@code --force}. */
        public static Spec flag(String name) { return new Spec(name, false); }
    }

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    /** Parses {@code raw} (the arguments after the command's flag) against the options the command declares. */
    public Args(List<String> raw, List<Spec> specs) {
        Map<String, Spec> known = new LinkedHashMap<>();
        for (Spec s : specs) known.put(s.name(), s);
        boolean onlyPositional = false;
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (onlyPositional || !a.startsWith("--")) {
                positional.add(a);
                continue;
            }
            if (a.equals("--")) {
                onlyPositional = true;
                continue;
            }
            String name = a.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            Spec spec = known.get(name);
            if (spec == null) throw new UsageException(Texts.format("cli.unknown-option", "--" + name));
            if (options.containsKey(name)) throw new UsageException(Texts.format("cli.option-twice", "--" + name));
            String value;
            if (!spec.takesValue()) {
                if (inline != null) throw new UsageException(Texts.format("cli.option-no-value", "--" + name));
                value = "";
            } else if (inline != null) {
                value = inline;
            } else if (i + 1 < raw.size() && !raw.get(i + 1).startsWith("--")) {
                value = raw.get(++i);
            } else {
                throw new UsageException(Texts.format("cli.option-needs-value", "--" + name));
            }
            options.put(name, value);
        }
    }

    public Optional<String> option(String name) { return Optional.ofNullable(options.get(name)); }
    public boolean has(String name) { return options.containsKey(name); }
    public List<String> positional() { return List.copyOf(positional); }

    /** Gets a required option's value, or throws a {@link UsageException} naming it. */
    public String require(String name) {
        String v = options.get(name);
        if (v == null || v.isEmpty()) throw new UsageException(Texts.format("cli.option-missing", "--" + name));
        return v;
    }

    /**
     * Throws a {@link UsageException} unless exactly {@code count} positional values were given; {@code what} is the
     * message (in the interface's language) that says what was expected.
     */
    public void expectPositional(int count, String what) {
        if (positional.size() != count) {
            if (count == 0) throw new UsageException(Texts.format("cli.unexpected-argument", positional.get(0)));
            throw new UsageException(what);
        }
    }

    /** An error in the command line itself; the CLI prints it with the usage and exits 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) { super(message); }
    }
}
