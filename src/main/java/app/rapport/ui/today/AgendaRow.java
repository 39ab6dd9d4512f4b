package app.rapport.ui.today;

import app.rapport.model.Bucket;
import app.rapport.model.FollowUp;

/** A row of the agenda table: a group heading ("Overdue (3)") or one follow-up. */
record AgendaRow(Bucket bucket, int count, FollowUp followUp) {
    static AgendaRow group(Bucket bucket, int count) {
        return new AgendaRow(bucket, count, null);
    }

    static AgendaRow of(FollowUp f) {
        return new AgendaRow(null, 0, f);
    }

    boolean isGroup() {
        return followUp == null;
    }
}
