package app.rapport.model;

import java.util.regex.Pattern;

/**
 * A letter template: a name that identifies it, a title the owner sees, the body with merge
 * fields such as {@code {{client.firstName}}}, and the paper it prints on.
 *
 * @param paper the paper, or {@code null} for the owner's letter paper from Settings
 */
public record LetterTemplate(String name, String title, String body, PageSize paper) {
    public static final String NAME_FORMAT = "A template name uses lower-case letters, digits and dashes (up to 60),"
            + " like my-thank-you";
    public static final String TITLE_REQUIRED = "Give the template a title";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    public LetterTemplate {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidValueException("name", NAME_FORMAT);
        }
        if (Text.isBlank(title)) {
            throw new InvalidValueException("title", TITLE_REQUIRED);
        }
        title = title.strip();
        body = Text.orEmpty(body);
    }

    /** The page size this template prints on, given the owner's letter paper. */
    public PageSize pageSize(PageSize ownersPaper) {
        return paper == null ? ownersPaper : paper;
    }

}
