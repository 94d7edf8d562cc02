package atlas.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The one text policy of every reader: UTF-8 only. A leading UTF-8 byte-order mark is tolerated (and dropped);
 * UTF-16 and UTF-32 are refused by their byte-order marks (or the zero bytes of UTF-16 text); any invalid byte
 * sequence (a stray continuation byte, an overlong form, an encoded surrogate such as {@code ED A0 80}, a code point
 * past U+10FFFF, a sequence cut by the end of the file) and any zero byte (binary data, never in a text format read
 * here) are refused as a {@link ReadException} with its line, column
 * and byte offset. The bytes pass through unchanged (less the BOM), so byte-based parsers keep their speed.
 * Lines end at {@code \n}; columns count characters from 1.
 */
public final class Utf8Stream extends FilterInputStream {
    private final String file;
    private boolean started;
    private long offset;
    private int line = 1;
    private int column = 1;
    /** Continuation bytes still expected, and the range allowed for the next one. */
    private int need;
    private int lo = 0x80, hi = 0xBF;
    private int seqLine, seqColumn;
    private long seqOffset;

    /** Creates a checking stream over {@code in} (closed with it); {@code file} names it in problems. */
    public Utf8Stream(InputStream in, String file) {
        super(in);
        this.file = file;
    }

    /** Gets a reader of the checked text, decoded as UTF-8. */
    public static Reader reader(InputStream in, String file) {
        return new InputStreamReader(new Utf8Stream(in, file), StandardCharsets.UTF_8);
    }

    @Override public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (!started) {
            started = true;
            if (n > 0) {
                // fill up to four bytes so the byte-order mark can be seen even on a short first read
                while (n < Math.min(4, len)) {
                    int m = in.read(b, off + n, Math.min(4, len) - n);
                    if (m <= 0) break;
                    n += m;
                }
                int skip = bom(b, off, n);
                if (skip > 0) {
                    System.arraycopy(b, off + skip, b, off, n - skip);
                    n -= skip;
                    offset += skip;
                    if (n == 0) return read(b, off, len);
                }
            }
        }
        if (n < 0) {
            if (need > 0) throw invalid("a multi-byte character cut by the end of the file");
            return n;
        }
        check(b, off, n);
        return n;
    }

    @Override public long skip(long n) throws IOException {
        byte[] buf = new byte[(int) Math.min(n, 8192)];
        int r = read(buf, 0, buf.length);
        return Math.max(r, 0);
    }

    @Override public boolean markSupported() { return false; }

    /** Gets why the first bytes of a file are not UTF-8 text (UTF-16/32 by their marks or zero bytes), or null. */
    static String notUtf8(byte[] b) {
        try {
            new Utf8Stream(java.io.InputStream.nullInputStream(), "").bom(b, 0, b.length);
            return null;
        } catch (ReadException e) {
            return e.problem().message();
        }
    }

    private int bom(byte[] b, int off, int n) throws ReadException {
        int b0 = n > 0 ? b[off] & 0xff : -1, b1 = n > 1 ? b[off + 1] & 0xff : -1;
        int b2 = n > 2 ? b[off + 2] & 0xff : -1, b3 = n > 3 ? b[off + 3] & 0xff : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) return 3;
        String enc = null;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) enc = "UTF-32 (big-endian)";
        else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) enc = "UTF-32 (little-endian)";
        else if (b0 == 0xFE && b1 == 0xFF) enc = "UTF-16 (big-endian)";
        else if (b0 == 0xFF && b1 == 0xFE) enc = "UTF-16 (little-endian)";
        if (enc != null) throw new ReadException(new Problem(file, 1, 1, "", "the file is " + enc
                + " text (its byte-order mark says so); expected UTF-8: save it as UTF-8 and try again"));
        if (n >= 2 && (b0 == 0) != (b1 == 0))
            throw new ReadException(new Problem(file, 1, 1, "", "the file looks like UTF-16 text (a zero byte in every "
                    + "other position); expected UTF-8: save it as UTF-8 and try again"));
        return 0;
    }

    private void check(byte[] b, int off, int n) throws ReadException {
        for (int i = off, end = off + n; i < end; i++) {
            int c = b[i] & 0xff;
            if (need > 0) {
                if (c < lo || c > hi) { offset += i - off; throw invalidAt(c); }
                lo = 0x80;
                hi = 0xBF;
                need--;
                continue;
            }
            if (c < 0x80) {
                if (c == '\n') { line++; column = 1; }
                else if (c == 0) {
                    offset += i - off;
                    throw new ReadException(new Problem(file, line, column, "", "a zero byte at byte offset " + offset
                            + ": binary data, not text (expected UTF-8 text)"));
                } else column++;
                continue;
            }
            seqLine = line;
            seqColumn = column;
            seqOffset = offset + (i - off);
            column++;
            if (c >= 0xC2 && c <= 0xDF) need = 1;
            else if (c == 0xE0) { need = 2; lo = 0xA0; }
            else if (c == 0xED) { need = 2; hi = 0x9F; }
            else if (c >= 0xE1 && c <= 0xEF) need = 2;
            else if (c == 0xF0) { need = 3; lo = 0x90; }
            else if (c == 0xF4) { need = 3; hi = 0x8F; }
            else if (c >= 0xF1 && c <= 0xF3) need = 3;
            else throw new ReadException(new Problem(file, seqLine, seqColumn, "", String.format(
                    "invalid UTF-8 byte %02X at byte offset %d (%s; expected UTF-8 text: save the file as UTF-8)", c, seqOffset,
                    c >= 0x80 && c <= 0xBF ? "a continuation byte without a start" : "never valid in UTF-8")));
        }
        offset += n;
    }

    private ReadException invalidAt(int c) {
        String why = lo != 0x80 || hi != 0xBF
                ? (hi == 0x9F ? "an encoded surrogate, not a character" : lo == 0xA0 || lo == 0x90 ? "an overlong form" : "past U+10FFFF")
                : "a multi-byte character cut short";
        return new ReadException(new Problem(file, seqLine, seqColumn, "", String.format(
                "invalid UTF-8 bytes at byte offset %d: %s (byte %02X; expected UTF-8 text: save the file as UTF-8)",
                seqOffset, why, c)));
    }

    private ReadException invalid(String why) {
        return new ReadException(new Problem(file, seqLine, seqColumn, "", "invalid UTF-8 at byte offset " + seqOffset + ": "
                + why + " (expected UTF-8 text: save the file as UTF-8)"));
    }
}
