package atlas.io;

/**
 * Remembers the line each record id was first used on, for "duplicate id" problems, in about 24 bytes an id
 * whatever the id's length: ids are kept as 64-bit hashes in open-addressed primitive arrays, never as strings, so
 * checking a million ids costs some 30 MB instead of the 120 MB of a {@code HashMap<String, Integer>}, and the
 * reader keeps nothing of a record it has passed on. Two different ids taken for one would need a 64-bit hash
 * collision: about one chance in 37 million for a file of a million ids (the problem names the line of the first
 * use, so a reader can look). Not thread-safe: one per reading; package-private.
 */
final class IdLines {
    private static final float LOAD = 0.6f;
    private long[] hashes = new long[1 << 10];
    private int[] lines = new int[1 << 10];
    private int size;

    /**
     * Records that {@code id} is used on {@code line} unless it was used before; gets the line of its first use then,
     * or null when it is new.
     */
    Integer putIfAbsent(String id, int line) {
        if (size + 1 > hashes.length * LOAD) grow();
        long h = hash(id);
        int mask = hashes.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (hashes[i] == 0) {
                hashes[i] = h;
                lines[i] = line;
                size++;
                return null;
            }
            if (hashes[i] == h) return lines[i];
        }
    }

    /** Gets the number of ids recorded. */
    int size() { return size; }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new int[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            long h = oldHashes[j];
            if (h == 0) continue;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (hashes[i] != 0) i = (i + 1) & mask;
            hashes[i] = h;
            lines[i] = oldLines[j];
        }
    }

    /** Computes a 64-bit hash of the id's characters (FNV-1a, then a finaliser that spreads every bit); never 0. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= s.length();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
