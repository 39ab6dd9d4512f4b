package app.rapport.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Which build of the program this is (from {@code build.properties}, filled in by Maven). */
final class Build {
    private static final String ID = read();

    private Build() {
    }

    /** The version and the moment it was built, e.g. "0.1.0 2026-11-23T10:15:02.117Z". */
    static String id() {
        return ID;
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = Build.class.getResourceAsStream("/app/rapport/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unknown build: what it saves is still checked against the book's change count
        }
        return p.getProperty("version", "unknown") + " " + p.getProperty("built", "unknown");
    }
}
