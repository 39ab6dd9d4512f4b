package app.rapport.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises UTF-16 text by its first bytes: a byte-order mark (FF FE, FE FF), or, without one, a
 * NUL in every other byte, as Latin text in UTF-16 has (Excel's "Unicode text" is UTF-16LE).
 */
public final class Utf16 {
    /** How many bytes are looked at. */
    public static final int SAMPLE = 4096;

    private Utf16() {
    }

    /**
     * The charset the bytes are in when they are UTF-16; {@link StandardCharsets#UTF_16} when they
     * start with a byte-order mark (its decoder removes the mark), UTF-16LE or UTF-16BE when they have none.
     */
    public static Optional<Charset> detect(byte[] bytes, int length) {
        int n = Math.min(length, SAMPLE) & ~1;
        if (n < 2) {
            return Optional.empty();
        }
        int b0 = bytes[0] & 0xFF;
        int b1 = bytes[1] & 0xFF;
        boolean utf32le = n >= 4 && b0 == 0xFF && b1 == 0xFE && bytes[2] == 0 && bytes[3] == 0;
        if ((b0 == 0xFF && b1 == 0xFE && !utf32le) || (b0 == 0xFE && b1 == 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16);
        }
        int nulAtEven = 0;
        int nulAtOdd = 0;
        for (int i = 0; i < n; i += 2) {
            nulAtEven += bytes[i] == 0 ? 1 : 0;
            nulAtOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        // Mostly-Latin UTF-16 has a NUL in (nearly) every pair, on one side only.
        if (nulAtOdd * 10 >= pairs * 3 && nulAtEven * 20 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (nulAtEven * 10 >= pairs * 3 && nulAtOdd * 20 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }
}
