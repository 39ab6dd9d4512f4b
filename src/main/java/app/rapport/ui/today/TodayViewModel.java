package app.rapport.ui.today;

import app.rapport.model.Agenda;
import app.rapport.model.AgendaOrder;
import app.rapport.model.Bucket;
import app.rapport.model.FollowUp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the Today screen: the agenda's follow-ups in order, their counts per bucket, and
 * the changes the owner makes (a follow-up done, snoozed or skipped leaves at once; a client
 * re-planned in the background replaces that client's rows); and what to do when the day, planned
 * again, differs from the agenda saved ahead that Today opened on.
 */
public final class TodayViewModel {
    /** "Sunday 22 November": the day Today shows. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    /** "Sun 22 Nov": due dates and snooze choices. */
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMM", Locale.ENGLISH);

    /** The day planned again, against the saved agenda Today opened on. */
    enum Recheck {
        /** The two agree. */
        SAME,
        /** They differ and the owner has not worked on the list: the day planned again replaces it. */
        SHOW_FRESH,
        /** They differ, but the owner has worked on the list meanwhile (their changes re-planned those clients). */
        KEEP_SHOWN
    }

    private final ObservableList<FollowUp> followUps = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final Map<Bucket, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Bucket.class);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final BooleanBinding caughtUp;
    private int horizonDays = 7;

    public TodayViewModel() {
        for (Bucket b : Bucket.values()) {
            counts.put(b, new ReadOnlyIntegerWrapper());
        }
        caughtUp = Bindings.createBooleanBinding(() -> followUps.isEmpty() && asOf.get() != null, followUps, asOf);
    }

    public void show(Agenda agenda, int horizon) {
        this.horizonDays = horizon;
        asOf.set(agenda.asOf());
        followUps.setAll(agenda.followUps());
        count();
    }

    /** Takes a follow-up off the list (done, snoozed or skipped). */
    public void remove(FollowUp f) {
        followUps.remove(f);
        count();
    }

    /** Replaces one client's rows with their freshly planned follow-ups (those within the horizon). */
    public void replaceClient(String clientId, List<FollowUp> open) {
        LocalDate day = asOf.get();
        List<FollowUp> next = new ArrayList<>(followUps.stream().filter(f -> !f.clientId().equals(clientId)).toList());
        open.stream().filter(f -> !f.due().isAfter(day.plusDays(horizonDays))).forEach(next::add);
        next.sort(AgendaOrder.agenda(day));
        if (!next.equals(followUps)) { // unchanged, the list keeps its selection
            followUps.setAll(next);
        }
        count();
    }

    private void count() {
        Map<Bucket, Integer> n = new EnumMap<>(Bucket.class);
        for (FollowUp f : followUps) {
            n.merge(f.bucket(asOf.get()), 1, Integer::sum);
        }
        counts.forEach((b, c) -> c.set(n.getOrDefault(b, 0)));
        total.set(followUps.size());
    }

    public ObservableList<FollowUp> followUps() {
        return followUps;
    }

    public List<FollowUp> inBucket(Bucket bucket) {
        return followUps.stream().filter(f -> f.bucket(asOf.get()) == bucket).toList();
    }

    public ReadOnlyIntegerProperty count(Bucket bucket) {
        return counts.get(bucket).getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty total() {
        return total.getReadOnlyProperty();
    }

    public LocalDate asOf() {
        return asOf.get();
    }

    /** The day the agenda shown is for; {@code today} until one is shown. */
    LocalDate dayOr(LocalDate today) {
        return asOf.get() == null ? today : asOf.get();
    }

    /** Nothing due in the days shown: "All caught up" (never before the first agenda). */
    BooleanBinding caughtUp() {
        return caughtUp;
    }

    /**
     * What to do with {@code fresh}, the day planned again after Today opened on {@code saved}: show
     * it only when it differs and the list still is the saved agenda (the owner's changes re-plan
     * the clients they touch, and are not undone by a list planned before them).
     */
    Recheck recheck(Agenda saved, Agenda fresh) {
        if (fresh.equals(saved)) {
            return Recheck.SAME;
        }
        return followUps.equals(saved.followUps()) && saved.asOf().equals(asOf.get()) ? Recheck.SHOW_FRESH
                : Recheck.KEEP_SHOWN;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /**
     * The snooze choice for the next work day: "Tomorrow (Tue 8 Dec)" when it is tomorrow, the day
     * itself when it jumps over days off ("Monday 7 Dec" on a Friday).
     */
    static String nextWorkDayChoice(LocalDate asOf, LocalDate nextWorkDay) {
        return nextWorkDay.equals(asOf.plusDays(1)) ? "Tomorrow (" + SHORT.format(nextWorkDay) + ")"
                : WEEKDAY.format(nextWorkDay);
    }
}
