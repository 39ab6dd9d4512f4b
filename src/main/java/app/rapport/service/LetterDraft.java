package app.rapport.service;

import app.rapport.letters.MergeField;
import app.rapport.letters.MergedText;
import app.rapport.model.FollowUp;
import app.rapport.model.LetterTemplate;
import app.rapport.model.PageSize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One client's letter before it prints: the template merged with the client's facts, the owner's
 * personal line, and what the owner should know first.
 *
 * @param followUp the follow-up this letter answers, or {@code null} for a letter written freely
 * @param lastSent the last day this template went to this client, if it did
 * @param problems what is wrong with the template itself (unknown fields): refused at print
 */
public record LetterDraft(String clientId, String clientName, LetterTemplate template, MergedText merged,
                          List<String> recipient, boolean postable, String date, String personalLine,
                          PageSize page, Optional<LocalDate> lastSent, LocalDate today, List<String> problems,
                          FollowUp followUp) {
    /** How long a template is not sent twice to the same client without a warning. */
    public static final int REPEAT_MONTHS = 12;

    public LetterDraft {
        recipient = List.copyOf(recipient);
        problems = List.copyOf(problems);
        personalLine = personalLine == null ? "" : personalLine;
    }

    public LetterDraft withPersonalLine(String line) {
        return new LetterDraft(clientId, clientName, template, merged, recipient, postable, date, line, page,
                lastSent, today, problems, followUp);
    }

    /** The fields with no value for this client, in words ("last purchase"). */
    public List<String> missing() {
        return merged.missing().stream().map(MergeField::label).toList();
    }

    /** Whether the same template went to this client in the last twelve months. */
    public boolean sentRecently() {
        return lastSent.map(d -> d.isAfter(today.minusMonths(REPEAT_MONTHS))).orElse(false);
    }

    /** What to tell the owner before printing, one sentence each; empty when all is well. */
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        if (!missing().isEmpty()) {
            w.add(clientName + "'s letter has nothing for: " + String.join(", ", missing())
                    + ". Those places print blank.");
        }
        if (sentRecently()) {
            w.add("\"" + template.title() + "\" already went to " + clientName + " on " + lastSent.get()
                    + ". A letter they have had before reads like mass mail.");
        }
        if (!postable && !page.isCard()) {
            w.add(clientName + " has no postal address: the window of the envelope will be empty.");
        }
        return w;
    }

    /** The merged body as it prints, with the personal line. */
    public String text() {
        return personalLine.isBlank() ? merged.text() : merged.text() + "\n\n" + personalLine.strip();
    }
}
