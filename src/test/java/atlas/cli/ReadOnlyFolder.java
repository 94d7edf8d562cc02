package atlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;

/**
 * A folder this test run cannot write into: a temporary folder made read-only, or, when the tests run as root (who
 * writes anywhere), {@code /sys}, which even root cannot create files in. Skips the test where neither exists.
 */
public final class ReadOnlyFolder {
    private ReadOnlyFolder() {}

    public static Path get(Path tmp) throws IOException {
        Path ro = tmp.resolve("read-only");
        if (!Files.isDirectory(ro)) {
            Files.createDirectories(ro);
            try {
                Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
            } catch (UnsupportedOperationException e) {
                ro.toFile().setWritable(false);
            }
        }
        if (!canCreateIn(ro)) return ro;
        Path sys = Path.of("/sys");
        if (Files.isDirectory(sys) && !canCreateIn(sys)) return sys;
        Assumptions.abort("no read-only folder available (running as root without /sys)");
        return null;
    }

    private static boolean canCreateIn(Path dir) {
        try {
            Path probe = Files.createTempFile(dir, "probe", ".x");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
