package atlas.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV file (RFC 4180: quoted fields with commas, doubled quotes and line breaks) row by row with
 * jackson-dataformat-csv, keeping each row's line so that problems are placed as {@code file:line:column: name}.
 * The first row is the header; names are matched without regard to case or surrounding spaces. Package-private.
 */
final class CsvRows implements Closeable {
    private static final CsvFactory FACTORY = CsvFactory.builder().build();

    private final String file;
    private final CsvParser parser;
    private final List<String> header = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private String[] row = new String[0];
    private int size;
    private int line;

    CsvRows(Reader in, String file) throws IOException {
        this.file = file;
        this.parser = (CsvParser) FACTORY.createParser(in);
        if (next()) {
            for (int i = 0; i < size; i++) {
                String h = row[i] == null ? "" : row[i].strip().toLowerCase(Locale.ROOT);
                header.add(row[i] == null ? "" : row[i].strip());
                index.putIfAbsent(h, i);
            }
        }
    }

    /** Gets the header's names as written. */
    List<String> header() { return header; }

    /** Gets the index of a column by name (case-insensitive), or -1. */
    int column(String name) { return index.getOrDefault(name.toLowerCase(Locale.ROOT), -1); }

    /** Reads the next row; false at the end. Blank lines are skipped. */
    boolean next() throws IOException {
        try {
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == null) return false;
                if (t != JsonToken.START_ARRAY) continue;
                line = parser.currentTokenLocation().getLineNr();
                size = 0;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    // the row's line is where its first value starts (the array token sits at the previous line end)
                    if (size == 0) line = parser.currentTokenLocation().getLineNr();
                    if (size == row.length) row = java.util.Arrays.copyOf(row, Math.max(8, size * 2));
                    row[size++] = parser.getText();
                }
                if (size == 1 && (row[0] == null || row[0].isEmpty())) continue;
                return true;
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            String msg = e.getOriginalMessage();
            int nl = msg.indexOf('\n');
            throw new ReadException(new Problem(file, l.getLineNr(), l.getColumnNr(), "",
                    "malformed CSV: " + (nl > 0 ? msg.substring(0, nl) : msg)));
        }
    }

    /** Gets the line the current row starts on. */
    int line() { return line; }

    /** Gets the number of values of the current row. */
    int size() { return size; }

    /** Gets the value of column {@code i} of the current row, or "" when the row is shorter. */
    String get(int i) { return i < 0 || i >= size || row[i] == null ? "" : row[i]; }

    /** Gets a problem at column {@code i} of the current row, named by its header. */
    Problem problem(int i, String message) {
        return new Problem(file, line, i < 0 ? 0 : i + 1, i < 0 || i >= header.size() ? "" : header.get(i), message);
    }

    @Override public void close() throws IOException { parser.close(); }
}
