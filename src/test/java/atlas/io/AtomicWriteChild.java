package atlas.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A writer process for the kill tests: writes {@code FILE} through {@link AtomicFiles} with lines of "new", slowly
 * ({@code slow}: until killed, announcing "WRITING" once bytes reached the temporary file) or at once ({@code fast}).
 */
public final class AtomicWriteChild {
    private AtomicWriteChild() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean slow = args[1].equals("slow");
        byte[] line = "new new new new new new new new new new new new new new new\n".getBytes(StandardCharsets.US_ASCII);
        AtomicFiles.write(file, out -> {
            for (int i = 0; i < 2000; i++) out.write(line);
            out.flush();
            if (!slow) return;
            System.out.println("WRITING");
            System.out.flush();
            for (int i = 0; i < 6000; i++) {
                out.write(line);
                out.flush();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        System.out.println("DONE");
    }
}
