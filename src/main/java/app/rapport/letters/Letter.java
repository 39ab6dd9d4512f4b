package app.rapport.letters;

import app.rapport.model.Business;
import app.rapport.model.PageSize;
import java.util.List;

/**
 * One letter, ready to set on paper.
 *
 * @param logo the letterhead's logo image (PNG or JPEG bytes), or {@code null} for none
 * @param recipient the lines of the recipient block: name, company, address
 * @param personalLine the owner's own line for this letter, printed in italics after the body;
 *                     blank for none
 */
public record Letter(Business sender, byte[] logo, List<String> recipient, String date, MergedText body,
                     String personalLine, PageSize page) {
    public Letter {
        recipient = List.copyOf(recipient);
        personalLine = personalLine == null ? "" : personalLine.strip();
    }
}
