package atlas.story;

import java.util.ArrayList;
import java.util.List;

/**
 * The story text markup: plain text where {@code **bold**} and {@code *italic*} mark emphasis and {@code \*} is a
 * literal star. Nothing else is interpreted (no HTML). Pure functions, no JavaFX, so the PDF handout and the
 * caption panel split text the same way.
 */
public final class Emphasis {
    private Emphasis() {}

    /** A piece of text with one style. */
    public record Run(String text, boolean bold, boolean italic) {}

    /**
     * Computes the runs of a text, in order, adjacent runs of equal style merged. An unclosed marker is kept as a
     * literal star. Returns an empty list for empty text.
     */
    public static List<Run> parse(String text) {
        List<Run> out = new ArrayList<>();
        boolean bold = false, italic = false;
        StringBuilder cur = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n && text.charAt(i + 1) == '*') {
                cur.append('*');
                i++;
            } else if (c == '*' && i + 1 < n && text.charAt(i + 1) == '*' && (bold || closes(text, i + 2, "**"))) {
                flush(out, cur, bold, italic);
                bold = !bold;
                i++;
            } else if (c == '*' && (italic || closes(text, i + 1, "*"))) {
                flush(out, cur, bold, italic);
                italic = !italic;
            } else {
                cur.append(c);
            }
        }
        flush(out, cur, bold, italic);
        return out;
    }

    /** Gets the text without markup (escapes resolved). */
    public static String plain(String text) {
        StringBuilder b = new StringBuilder();
        for (Run r : parse(text)) b.append(r.text());
        return b.toString();
    }

    /** Tests whether an unescaped {@code marker} occurs at or after {@code from}, so an opening marker is paired. */
    private static boolean closes(String text, int from, String marker) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') { i++; continue; }
            if (text.startsWith(marker, i)) {
                if (marker.equals("*") && text.startsWith("**", i)) { i++; continue; }
                return i > from;
            }
        }
        return false;
    }

    private static void flush(List<Run> out, StringBuilder cur, boolean bold, boolean italic) {
        if (cur.isEmpty()) return;
        if (!out.isEmpty() && out.get(out.size() - 1).bold() == bold && out.get(out.size() - 1).italic() == italic) {
            Run last = out.remove(out.size() - 1);
            out.add(new Run(last.text() + cur, bold, italic));
        } else {
            out.add(new Run(cur.toString(), bold, italic));
        }
        cur.setLength(0);
    }
}
