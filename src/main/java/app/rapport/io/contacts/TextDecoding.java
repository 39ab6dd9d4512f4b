package app.rapport.io.contacts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of an imported file to text: strict UTF-8 with the byte-order mark removed; any other
 * encoding only when asked for by name. Never a silent garbling: bytes that are not valid in
 * the encoding are an error naming the offset, so the owner can choose Windows-1252 instead.
 */
public final class TextDecoding {
    /** What most spreadsheets on Windows write when they do not write UTF-8. */
    public static final String WINDOWS_1252 = "windows-1252";

    private TextDecoding() {
    }

    /** The file is not valid in the encoding tried. */
    public static final class NotThisEncoding extends ContactFileException {
        private static final long serialVersionUID = 1L;

        NotThisEncoding(String encoding, long offset) {
            super("The file is not valid " + encoding + " text (byte " + offset + "). It may come from an older"
                    + " Windows program: try the encoding " + WINDOWS_1252 + ".");
        }
    }

    /**
     * Decodes bytes.
     *
     * @param encoding a charset name, or {@code null} for strict UTF-8
     */
    public static String decode(byte[] bytes, String encoding) {
        Charset charset;
        try {
            charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new ContactFileException("Unknown encoding \"" + encoding + "\". Use UTF-8 or " + WINDOWS_1252 + ".");
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
