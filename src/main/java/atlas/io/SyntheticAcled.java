package atlas.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic ACLED-format CSV (the 31 columns) for scale tests: never real data, never shipped. Rows look
 * like an export (both date styles, all three time and geo precisions, empty and numbered fatalities, notes with
 * commas and quotes, about 400 bytes a row); the same {@code seed} gives the same file.
 */
public final class SyntheticAcled {
    private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
    private static final int DAYS = 365 * 7;
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.ENGLISH);
    private static final String[][] TYPES = {
            {"Political violence", "Battles", "Armed clash"},
            {"Political violence", "Battles", "Government regains territory"},
            {"Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"},
            {"Political violence", "Explosions/Remote violence", "Air/drone strike"},
            {"Political violence", "Violence against civilians", "Attack"},
            {"Demonstrations", "Protests", "Peaceful protest"},
            {"Demonstrations", "Riots", "Violent demonstration"},
            {"Strategic developments", "Strategic developments", "Agreement"},
            {"Strategic developments", "Strategic developments", "Arrests"},
            {"Strategic developments", "Strategic developments", "Non-violent transfer of territory"}};
    private static final String[] ACTORS = {"Synthetic Force A", "Synthetic Force B", "Synthetic Militia C",
            "Protesters (Synthetic)", "Civilians (Synthetic)", "Synthetic Police"};
    /** The ACLED inter code of each actor (1 state forces, 3 militias, 6 protesters, 7 civilians…). */
    private static final int[] INTER = {1, 1, 3, 6, 7, 1};
    private static final String[] SOURCES = {"Synthetic Wire", "Synthetic Daily; Synthetic Radio", "Synthetic Monitor"};
    private static final String[] WORDS = ("on the reported date forces of the synthetic side exchanged fire near the "
            + "village according to the source the incident lasted several hours residents said there was damage to "
            + "houses and the road was closed until the evening officials gave no figure").split(" ");

    private SyntheticAcled() {}

    /** Writes {@code rows} synthetic rows to {@code file} atomically. */
    public static void write(Path file, int rows, long seed) throws IOException {
        AtomicFiles.write(file, out -> write(out, rows, seed));
    }

    /** Writes {@code rows} synthetic rows as UTF-8 CSV to a stream (not closed). */
    public static void write(OutputStream out, int rows, long seed) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder();
        for (String c : AcledCsvReader.COLUMNS) b.addColumn(c);
        CsvSchema schema = b.build().withHeader();
        SplittableRandom r = new SplittableRandom(seed);
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        try (CsvGenerator g = (CsvGenerator) new CsvFactory().createGenerator(buffered)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setSchema(schema);
            for (int i = 0; i < rows; i++) {
                LocalDate d = FIRST.plusDays(r.nextInt(DAYS));
                String[] type = TYPES[r.nextInt(TYPES.length)];
                int place = r.nextInt(400);
                double lat = 38.8 + (place % 20) * 0.1 + r.nextInt(10) * 0.001;
                double lon = 45.5 + (place / 20) * 0.12 + r.nextInt(10) * 0.001;
                g.writeStartArray();
                g.writeString("SYN" + i);
                g.writeString(r.nextInt(2) == 0 ? d.toString() : d.format(LONG));
                g.writeString(Integer.toString(d.getYear()));
                g.writeString(Integer.toString(1 + (r.nextInt(10) == 0 ? 1 + r.nextInt(2) : 0)));
                g.writeString(type[0]);
                g.writeString(type[1]);
                g.writeString(type[2]);
                // as in ACLED, an actor has one inter code and the interaction is the pair of codes (10 * inter1 + inter2)
                int a1 = r.nextInt(ACTORS.length);
                int a2 = r.nextInt(3) == 0 ? -1 : r.nextInt(ACTORS.length);
                g.writeString(ACTORS[a1]);
                g.writeString(r.nextInt(4) == 0 ? ACTORS[r.nextInt(ACTORS.length)] : "");
                g.writeString(Integer.toString(INTER[a1]));
                g.writeString(a2 < 0 ? "" : ACTORS[a2]);
                g.writeString("");
                g.writeString(a2 < 0 ? "0" : Integer.toString(INTER[a2]));
                g.writeString(Integer.toString(10 * INTER[a1] + (a2 < 0 ? 0 : INTER[a2])));
                g.writeString(type[2].equals("Attack") ? "Civilian targeting" : "");
                g.writeString("999");
                g.writeString("Synthetic Region");
                g.writeString("Syntheland");
                g.writeString("Province " + (place % 12));
                g.writeString("District " + (place % 60));
                g.writeString("");
                g.writeString("Place " + place);
                g.writeString(String.format(Locale.ROOT, "%.4f", lat));
                g.writeString(String.format(Locale.ROOT, "%.4f", lon));
                g.writeString(Integer.toString(r.nextInt(10) < 7 ? 1 : 2 + r.nextInt(2)));
                g.writeString(SOURCES[r.nextInt(SOURCES.length)]);
                g.writeString("National");
                g.writeString(notes(r, d, place));
                g.writeString(r.nextInt(5) == 0 ? "" : Integer.toString(r.nextInt(4) == 0 ? r.nextInt(20) : 0));
                g.writeString(r.nextInt(8) == 0 ? "crowd size=no report" : "");
                g.writeString(Long.toString(1_600_000_000L + (long) r.nextInt(200) * 86_400));
                g.writeEndArray();
            }
        }
        buffered.flush();
    }

    private static String notes(SplittableRandom r, LocalDate d, int place) {
        StringBuilder s = new StringBuilder("On ").append(d.format(LONG)).append(", ");
        int words = 16 + r.nextInt(14);
        for (int w = 0; w < words; w++) {
            s.append(WORDS[r.nextInt(WORDS.length)]);
            if (w % 9 == 8) s.append(',');
            s.append(' ');
        }
        if (r.nextInt(6) == 0) s.append("an official said \"the situation is calm\" ");
        return s.append("at Place ").append(place).append(". [size=no report]").toString();
    }
}
