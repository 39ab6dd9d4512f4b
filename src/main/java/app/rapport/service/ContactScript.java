package app.rapport.service;

import app.rapport.model.Amount;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.InvalidValueException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A contact as a script gives it ({@code rapport log}): every value text, checked as the log-a-contact
 * form checks it. A kind, direction or experience that is none of FORMATS.md's, a date that is not
 * one or is in the future, an amount that is not one (or not for a purchase) is refused with a
 * one-line reason, before anything is written.
 *
 * @param at "YYYY-MM-DDTHH:MM" (a space for the T, and seconds, are taken too), or a date (then noon);
 *        {@code null} for now
 * @param direction {@code null} for the kind's own
 * @param experience {@code null} for NEUTRAL
 * @param amount a decimal number ("120.00"), for purchases; {@code null} for none
 */
public record ContactScript(String clientId, String kind, String at, String direction, String experience,
                            String amount, String summary, String notes) {
    private static final Pattern WHEN = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?");

    /** The contact to log, with the id {@link ContactService#NEW_ID}. */
    Interaction draft(LocalDateTime now) {
        InteractionKind k = choice("kind", kind, InteractionKind.values());
        LocalDateTime when = at == null ? now.truncatedTo(ChronoUnit.MINUTES) : when(at);
        if (Interaction.isInTheFuture(when, now)) {
            throw new ServiceException(Interaction.IN_THE_FUTURE + ": " + at + ".");
        }
        Direction d = direction == null ? null : choice("direction", direction, Direction.values());
        Experience e = experience == null ? null : choice("experience", experience, Experience.values());
        BigDecimal a = null;
        if (amount != null) {
            if (!k.hasAmount()) {
                throw new ServiceException("An amount is for purchases, not for a " + k.label().toLowerCase(Locale.ROOT)
                        + ".");
            }
            try {
                a = Amount.parse("amount", amount);
            } catch (InvalidValueException ex) {
                throw new ServiceException(ex.getMessage() + " (\"" + amount + "\").");
            }
        }
        return new Interaction(ContactService.NEW_ID, clientId == null ? "" : clientId.strip(), when, k, d, e, a,
                summary == null ? "" : summary.strip(), notes);
    }

    private static LocalDateTime when(String text) {
        Matcher m = WHEN.matcher(text.strip());
        try {
            if (m.matches()) {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                LocalTime time = m.group(4) == null ? LocalTime.NOON : LocalTime.of(Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return LocalDateTime.of(date, time);
            }
        } catch (DateTimeException e) {
            // said below
        }
        throw new ServiceException("The date \"" + text + "\" is not one: give a date and time like 2026-11-22T14:30,"
                + " or a date like 2026-11-22.");
    }

    /** The value of an enum named by {@code text} (case and dashes aside), or a reason listing them. */
    private static <E extends Enum<E>> E choice(String what, String text, E[] values) {
        String wanted = text.strip().replace('-', '_').replace(' ', '_');
        for (E v : values) {
            if (v.name().equalsIgnoreCase(wanted)) {
                return v;
            }
        }
        throw new ServiceException("Unknown " + what + " \"" + text + "\": use " + Arrays.stream(values)
                .map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }
}
