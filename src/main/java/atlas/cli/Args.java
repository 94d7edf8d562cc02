package atlas.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parsed command-line arguments: {@code --name value} options, {@code --flag} switches and positional values.
 * An option is a {@code --name} followed by a value that does not start with {@code --}.
 */
public final class Args {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    public Args(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                int eq = name.indexOf('=');
                if (eq > 0) options.put(name.substring(0, eq), name.substring(eq + 1));
                else if (i + 1 < raw.size() && !raw.get(i + 1).startsWith("--")) options.put(name, raw.get(++i));
                else options.put(name, "");
            } else {
                positional.add(a);
            }
        }
    }

    public Optional<String> option(String name) { return Optional.ofNullable(options.get(name)); }
    public boolean has(String name) { return options.containsKey(name); }
    public List<String> positional() { return List.copyOf(positional); }

    /** Gets a required option's value, or throws a {@link UsageException} naming it. */
    public String require(String name) {
        String v = options.get(name);
        if (v == null || v.isEmpty()) throw new UsageException("missing --" + name);
        return v;
    }

    /** An error in the command line itself; the CLI prints it with the usage and exits 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) { super(message); }
    }
}
