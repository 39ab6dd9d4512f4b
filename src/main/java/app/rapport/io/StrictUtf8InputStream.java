package app.rapport.io;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;

/**
 * Passes bytes through while checking that they are UTF-8 as RFC 3629 defines it: no overlong
 * forms (C0 AF for "/"), no encoded surrogates (CESU-8's ED A0 80), nothing above U+10FFFF, no
 * stray or missing continuation bytes. The first bad sequence stops the reading with a
 * {@link NotUtf8} that names its line and column, so no decoder downstream can turn it into
 * another character.
 */
final class StrictUtf8InputStream extends FilterInputStream {
    /** The bytes are not UTF-8; the message says where, in words. */
    static final class NotUtf8 extends CharConversionException {
        private static final long serialVersionUID = 1L;

        NotUtf8(String message) {
            super(message);
        }
    }

    private long line = 1;
    private long column = 1;
    /** Continuation bytes still expected by the sequence under way. */
    private int pending;
    /** The bounds of the next continuation byte (narrower than 80..BF right after some leads). */
    private int low = 0x80;
    private int high = 0xBF;
    private final byte[] sequence = new byte[4];
    private int sequenceLength;

    StrictUtf8InputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            end();
        }
        for (int i = 0; i < n; i++) {
            check(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public long skip(long n) throws IOException {
        // every byte must be seen to be checked
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        int read = read(discard, 0, discard.length);
        return Math.max(read, 0);
    }

    private void check(int b) throws NotUtf8 {
        if (pending > 0) {
            sequence[sequenceLength++] = (byte) b;
            if (b < low || b > high) {
                throw bad();
            }
            low = 0x80;
            high = 0xBF;
            if (--pending == 0) {
                column++;
            }
            return;
        }
        sequenceLength = 0;
        sequence[sequenceLength++] = (byte) b;
        if (b < 0x80) {
            if (b == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;   // E0 80..9F would be overlong
            high = b == 0xED ? 0x9F : 0xBF;  // ED A0..BF would be a surrogate
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            low = b == 0xF0 ? 0x90 : 0x80;   // F0 80..8F would be overlong
            high = b == 0xF4 ? 0x8F : 0xBF;  // F4 90.. would be above U+10FFFF
        } else {
            throw bad(); // C0, C1 (overlong), F5..FF, or a continuation byte without a lead
        }
    }

    private void end() throws NotUtf8 {
        if (pending > 0) {
            pending = 0;
            throw new NotUtf8("The file is not valid UTF-8 text: it ends in the middle of a character (line " + line
                    + ", column " + column + ")");
        }
    }

    private NotUtf8 bad() {
        pending = 0;
        String bytes = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(sequence, 0, sequenceLength);
        return new NotUtf8("The file is not valid UTF-8 text: line " + line + ", column " + column + " holds "
                + (sequenceLength == 1 ? "the byte " : "the bytes ") + bytes + ", which "
                + (sequenceLength == 1 ? "is" : "are") + " not a character in UTF-8");
    }
}
