package app.rapport.io.contacts;

import app.rapport.io.Utf16;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes of an imported file to text: strict UTF-8 with the byte-order mark removed, or UTF-16
 * when the bytes start with its byte-order mark or have a NUL in every other byte (Excel's
 * "Unicode text" is UTF-16LE); any other encoding only when asked for by name. Never a silent
 * garbling: bytes that are not valid in the encoding are an error naming the offset, so the
 * owner can choose Windows-1252 instead.
 */
public final class TextDecoding {
    /** What most spreadsheets on Windows write when they do not write UTF-8. */
    public static final String WINDOWS_1252 = "windows-1252";
    /** The encodings worth naming to the owner (any other name Java knows is taken too). */
    public static final String KNOWN_ENCODINGS = "UTF-8, UTF-16, UTF-16LE, UTF-16BE, " + WINDOWS_1252
            + " (Western Europe), windows-1250 (Central Europe), windows-1251 (Cyrillic), ISO-8859-1, ISO-8859-15,"
            + " x-MacRoman, Shift_JIS, GBK";

    private TextDecoding() {
    }

    /** The file is not valid in the encoding tried. */
    public static final class NotThisEncoding extends ContactFileException {
        private static final long serialVersionUID = 1L;

        NotThisEncoding(String encoding, long offset) {
            super("The file is not valid " + encoding + " text (byte " + offset + ")." + (encoding.equals("UTF-8")
                    ? " It may come from an older Windows program: try the encoding " + WINDOWS_1252 + "." : ""));
        }
    }

    /**
     * The charset of a name.
     *
     * @throws ContactFileException listing the encodings to use, when Java knows no such name
     */
    public static Charset charset(String encoding) {
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalArgumentException e) {
            throw new ContactFileException("Unknown encoding \"" + encoding + "\". Use one of " + KNOWN_ENCODINGS
                    + ", or another name Java knows; UTF-8 and UTF-16 files need none.");
        }
    }

    /**
     * Decodes bytes.
     *
     * @param encoding a charset name, or {@code null} for strict UTF-8, or UTF-16 when the bytes are
     */
    public static String decode(byte[] bytes, String encoding) {
        Optional<Charset> utf16 = Utf16.detect(bytes, bytes.length);
        Charset charset;
        if (encoding == null) {
            charset = utf16.orElse(StandardCharsets.UTF_8);
        } else {
            charset = charset(encoding);
            if (utf16.isPresent() && !charset.name().startsWith("UTF-16")) {
                throw new ContactFileException("The file is UTF-16 text (what Excel saves as \"Unicode text\"), not "
                        + charset.name() + ": import it without naming an encoding.");
            }
        }
        int start = 0;
        if (charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            start = 3;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer out = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in);
            String text = out.toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new NotThisEncoding(charset.name(), in.position());
        }
    }
}
