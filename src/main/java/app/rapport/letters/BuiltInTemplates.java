package app.rapport.letters;

import app.rapport.model.FollowUpRule;
import app.rapport.model.LetterTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The templates Rapport ships with, read from {@code letters/templates/NAME.txt} (a
 * {@code Title:} line, a blank line, then the body), and the template that fits each rule.
 */
public final class BuiltInTemplates {
    public static final String THANK_YOU_PURCHASE = "thank-you-purchase";
    public static final String THANK_YOU_REFERRAL = "thank-you-referral";
    public static final String ANNIVERSARY = "anniversary";
    public static final String BIRTHDAY = "birthday";
    public static final String WE_MISS_YOU = "we-miss-you";
    public static final String AFTER_A_PROBLEM = "after-a-problem";
    public static final String PLAIN_NOTE = "plain-note";

    public static final List<String> NAMES = List.of(THANK_YOU_PURCHASE, THANK_YOU_REFERRAL, ANNIVERSARY, BIRTHDAY,
            WE_MISS_YOU, AFTER_A_PROBLEM, PLAIN_NOTE);

    private static final String TITLE = "Title:";
    private static final List<LetterTemplate> ALL = NAMES.stream().map(BuiltInTemplates::load).toList();

    private BuiltInTemplates() {
    }

    public static List<LetterTemplate> all() {
        return ALL;
    }

    public static boolean isBuiltIn(String name) {
        return NAMES.contains(name);
    }

    public static Optional<LetterTemplate> find(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The template a note for this rule starts from. */
    public static String forRule(FollowUpRule rule) {
        return switch (rule) {
            case THANK_PURCHASE -> THANK_YOU_PURCHASE;
            case THANK_REFERRER -> THANK_YOU_REFERRAL;
            case ANNIVERSARY -> ANNIVERSARY;
            case BIRTHDAY -> BIRTHDAY;
            case GONE_QUIET -> WE_MISS_YOU;
            case RECOVERY, RECOVERY_CHECK_IN -> AFTER_A_PROBLEM;
            case EARLY_CARE, MANUAL -> PLAIN_NOTE;
        };
    }

    private static LetterTemplate load(String name) {
        String path = "templates/" + name + ".txt";
        try (InputStream in = BuiltInTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource app/rapport/letters/" + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int firstLine = text.indexOf('\n');
            String titleLine = text.substring(0, firstLine);
            if (!titleLine.startsWith(TITLE)) {
                throw new IllegalStateException("app/rapport/letters/" + path + " does not start with " + TITLE);
            }
            String body = text.substring(firstLine + 1).strip();
            return new LetterTemplate(name, titleLine.substring(TITLE.length()).strip(), body, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
