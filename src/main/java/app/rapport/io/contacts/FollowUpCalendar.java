package app.rapport.io.contacts;

import app.rapport.model.FollowUp;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Categories;
import biweekly.util.ICalDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Open follow-ups as an iCalendar file (biweekly): one all-day event each, with the reason and the phone number. */
public final class FollowUpCalendar {
    private FollowUpCalendar() {
    }

    /**
     * @param phones the clients' phone numbers, by client id
     * @param stamp  when the file is made (each event's DTSTAMP)
     */
    public static String write(List<FollowUp> followUps, Map<String, String> phones, Instant stamp,
            ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(stamp, zone);
        ICalendar cal = new ICalendar();
        cal.setProductId("-//Rapport//Follow-ups//EN");
        cal.setName("Rapport follow-ups");
        for (FollowUp f : followUps) {
            VEvent e = new VEvent();
            e.setUid("rapport-" + f.clientId() + "-" + f.rule().name() + "-" + f.action().name() + "-" + f.anchor()
                    + (f.manualId() == null ? "" : "-" + f.manualId()));
            e.setDateTimeStamp(Date.from(stamp));
            // An overdue follow-up goes on today: a calendar's past is not read.
            LocalDate day = f.due().isBefore(today) ? today : f.due();
            e.setDateStart(new ICalDate(date(day, zone), false));
            e.setDateEnd(new ICalDate(date(day.plusDays(1), zone), false));
            e.setSummary(f.action().label() + ": " + f.clientName());
            String phone = phones.getOrDefault(f.clientId(), "");
            e.setDescription(f.reason() + (f.due().isBefore(today) ? "\nOverdue since " + f.due() + "." : "")
                    + (phone.isEmpty() ? "" : "\nPhone: " + phone));
            e.addCategories(new Categories(f.rule().label()));
            e.setPriority(Math.min(9, Math.max(1, f.priority() * 2 - 1)));
            cal.addEvent(e);
        }
        return Biweekly.write(cal).go();
    }

    private static Date date(LocalDate d, ZoneId zone) {
        return Date.from(d.atStartOfDay(zone).toInstant());
    }
}
