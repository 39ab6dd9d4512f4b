package app.rapport.cli;

import java.io.PrintStream;

/**
 * Book text made safe to print on a terminal. A name may hold ESC, BEL, NUL or other control
 * characters (from an imported file); printed raw they could move the cursor, retitle the
 * window or hide the lines around them. They are printed escaped the way JSON escapes them
 * (ESC as backslash, u, 001b; BEL as backslash, u, 0007), a line break or tab inside a value as
 * backslash n or backslash t.
 */
final class Terminal {
    private Terminal() {
    }

    /**
     * A value from the book (or from a file, or a message that holds one) as a message may show it:
     * control characters (C0, DEL, C1, line breaks and tabs too), the characters that reorder text on
     * screen (bidirectional overrides and isolates) and halves of characters are escaped.
     */
    static String safe(String text) {
        return escaped(text, false);
    }

    /**
     * A stream for everything a command prints, as a guard behind {@link #safe}: the control
     * characters of its text (C0, DEL, C1) are printed escaped, except line ends and tabs. Bytes
     * written as bytes (JSON from Jackson, which escapes control characters itself) pass as they are.
     */
    static PrintStream guarded(PrintStream out) {
        return out instanceof Guarded ? out : new Guarded(out);
    }

    /** As {@link #safe}, but keeping line ends and tabs: for whole messages, many lines long. */
    static String controlsEscaped(String text) {
        return escaped(text, true);
    }

    private static String escaped(String text, boolean keepLineEnds) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(text, i, keepLineEnds);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    /** How the character at {@code i} is printed, or {@code null} when as it is. */
    private static String escape(String text, int i, boolean keepLineEnds) {
        char c = text.charAt(i);
        boolean lineEnd = c == '\n' || c == '\t' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
        if (keepLineEnds && lineEnd) {
            return null;
        }
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                boolean control = c < 0x20 || c >= 0x7F && c <= 0x9F;
                boolean reorders = c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
                boolean half = Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))
                        || Character.isHighSurrogate(c)
                        && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)));
                return control || reorders || half ? String.format("\\u%04x", (int) c) : null;
        }
    }

    /** Prints through another stream, escaping the control characters of all text. */
    private static final class Guarded extends PrintStream {
        private final PrintStream target;

        Guarded(PrintStream target) {
            super(target, true);
            this.target = target;
        }

        @Override
        public void print(String s) {
            target.print(controlsEscaped(String.valueOf(s)));
        }

        @Override
        public void print(Object o) {
            print(String.valueOf(o));
        }

        @Override
        public void print(char[] s) {
            print(new String(s));
        }

        @Override
        public void print(char c) {
            print(String.valueOf(c));
        }

        @Override
        public void println() {
            target.println();
        }

        @Override
        public void println(String s) {
            synchronized (this) {
                print(s);
                target.println();
            }
        }

        @Override
        public void println(Object o) {
            println(String.valueOf(o));
        }

        @Override
        public void println(char[] s) {
            println(new String(s));
        }

        @Override
        public void println(char c) {
            println(String.valueOf(c));
        }

        @Override
        public void flush() {
            target.flush();
        }
    }
}
