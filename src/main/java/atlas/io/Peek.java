package atlas.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a {@link FormatReader} sees to detect its format: the file name and up to {@link #SIZE} first bytes.
 * {@link #text()} is those bytes as UTF-8 without a byte-order mark (a cut last character is dropped).
 */
public record Peek(String fileName, byte[] head) {
    /** How many first bytes are peeked. */
    public static final int SIZE = 8192;

    public Peek {
        head = head.clone();
    }

    /** Gets the file name in lower case, for extension checks. */
    public String lowerName() { return fileName.toLowerCase(Locale.ROOT); }

    /** Tests whether the name ends with one of these endings (lower case). */
    public boolean nameEndsWith(String... endings) {
        String n = lowerName();
        for (String e : endings) if (n.endsWith(e)) return true;
        return false;
    }

    /** Gets the first bytes as text, without a UTF-8 byte-order mark. */
    public String text() {
        int from = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        return new String(head, from, head.length - from, StandardCharsets.UTF_8);
    }

    /** Gets the first bytes as text without leading white space. */
    public String trimmedText() { return text().stripLeading(); }

    /** Tests whether the file starts like a zip archive ({@code PK\3\4}). */
    public boolean isZip() {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Gets the first line of the text (a CSV header), without its line end. */
    public String firstLine() {
        String t = text();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).replace("\r", "");
    }
}
