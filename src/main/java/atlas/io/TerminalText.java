package atlas.io;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Text bound for a terminal: control characters from files (a dataset title with {@code ESC[2J}, a file name with a
 * carriage return) are shown escaped instead of being obeyed. Line feeds, tabs and {@code \r\n} pass; every other
 * C0/C1 control character and DEL becomes {@code \xNN}; the invisible bidirectional controls (which reorder what a
 * line seems to say) become {@code \u202E} and the like.
 */
public final class TerminalText {
    private TerminalText() {}

    /** Computes the escaped form of {@code s} (null gives "null", as printing it would). */
    public static String escape(String s) {
        if (s == null) return "null";
        int n = s.length();
        int i = 0;
        while (i < n && !needsEscape(s, i)) i++;
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!needsEscape(s, i)) b.append(c);
            else if (c < 0x100) b.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
            else b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        }
        return b.toString();
    }

    private static boolean needsEscape(String s, int i) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\t') return false;
        if (c == '\r') return i + 1 >= s.length() || s.charAt(i + 1) != '\n';
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * Gets a stream that prints through {@code target} with every text argument escaped ({@code print},
     * {@code println}, {@code printf}/{@code format}, {@code append}); raw {@code write} calls pass unchanged.
     * Returns {@code target} itself when it already escapes.
     */
    public static PrintStream printStream(PrintStream target) {
        return target instanceof Escaping ? target : new Escaping(target);
    }

    /** The escaping stream; printing goes to the target's own encoder, so its charset is kept. */
    private static final class Escaping extends PrintStream {
        private final PrintStream target;

        Escaping(PrintStream target) {
            super(target, true);
            this.target = target;
        }

        @Override public void print(String s) { target.print(escape(s)); }
        @Override public void print(Object o) { target.print(escape(String.valueOf(o))); }
        @Override public void print(char c) { target.print(escape(String.valueOf(c))); }
        @Override public void print(char[] s) { target.print(escape(new String(s))); }
        @Override public void println(String s) { target.println(escape(s)); }
        @Override public void println(Object o) { target.println(escape(String.valueOf(o))); }
        @Override public void println(char c) { target.println(escape(String.valueOf(c))); }
        @Override public void println(char[] s) { target.println(escape(new String(s))); }
        @Override public void println() { target.println(); }
        @Override public void flush() { target.flush(); }
        @Override public boolean checkError() { return target.checkError(); }
    }
}
